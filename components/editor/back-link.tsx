import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';

/** The way back from an editor's page: to the staff tools, or to the list it belongs to. */
export async function BackLink({ href, label }: { href: string; label?: string }) {
  const t = await getTranslations('EditorShared');
  return (
    <p className="mb-4">
      <Link href={href} className="text-bus underline">
        <span aria-hidden="true">‹ </span>
        {label ?? t('staffTools')}
      </Link>
    </p>
  );
}
