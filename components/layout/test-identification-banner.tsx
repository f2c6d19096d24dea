import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import { Link } from '@/lib/i18n/navigation';

/**
 * The strip above every page that says this is not the real service: while the test
 * identification service is on, and on a preview deployment (APP_ENV=preview), where it also
 * carries the "Preview" marker and a link to the outbox that the preview's messages go to. It is
 * part of the page, never laid over it, so on a narrow phone it only moves the page down.
 */
export async function TestIdentificationBanner() {
  const preview = env.APP_ENV === 'preview';
  if (!preview && !env.TEST_IDP_ENABLED) return null;
  const t = await getTranslations('TestIdentificationBanner');
  if (!preview) {
    return (
      <div role="note" className="no-print bg-engel px-4 py-2 text-center text-sm font-bold text-black">
        {t('text')}
      </div>
    );
  }
  const p = await getTranslations('PreviewMarker');
  return (
    <div role="note" className="no-print bg-engel px-4 py-2 text-center text-sm text-black">
      <PreviewMarker label={p('marker')} /> <span className="font-bold">{p('text')}</span>
      {env.TEST_IDP_ENABLED && <> {p('testIdentification')}</>}{' '}
      <Link href="/outbox" className="font-bold whitespace-nowrap underline hover:no-underline">
        {p('outbox')}
      </Link>
    </div>
  );
}

/** The word "Preview" as a badge; the test identification service's own pages show it too. */
export function PreviewMarker({ label }: { label: string }) {
  return (
    <strong className="mr-1 inline-block border-2 border-black bg-white px-2 align-middle text-base font-bold tracking-wide uppercase">
      {label}
    </strong>
  );
}
