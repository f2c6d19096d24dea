import { getTranslations } from 'next-intl/server';

export type ListedFile = { id: string; fileName: string; size: number; href: string };

/** Files of an item as download links with their sizes (only the item's division can fetch them). */
export async function FileList({ files, empty }: { files: ListedFile[]; empty: string }) {
  const t = await getTranslations('Matters');
  if (files.length === 0) return empty ? <p>{empty}</p> : null;
  return (
    <ul className="flex flex-col gap-2">
      {files.map((file) => (
        <li key={file.id}>
          <a href={file.href} download className="font-bold break-all text-bus underline">
            {file.fileName}
            <span className="font-normal text-gray-80"> ({t('fileSize', { size: Math.max(1, Math.round(file.size / 1024)) })})</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
