import { getTranslations } from 'next-intl/server';
import type { ItemFile } from '@/lib/matters/resident';

/** A file of the resident's own item: its name and size, a link that downloads it (only for the owner). */
export async function FileLink({ locale, itemNumber, file }: { locale: string; itemNumber: number; file: ItemFile }) {
  const t = await getTranslations('ItemMessages');
  return (
    <a href={`/${locale}/folder/${itemNumber}/files/${file.id}`} download className="break-all font-bold text-bus underline">
      {file.name}
      <span className="font-normal text-gray-80"> ({t('fileSize', { size: Math.max(1, Math.round(file.size / 1024)) })})</span>
    </a>
  );
}
