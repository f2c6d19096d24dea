import NextLink from 'next/link';
import { getTranslations } from 'next-intl/server';

/** Pages of a long queue: previous, the numbers (the current one marked), next. */
export async function QueuePager({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations('Matters');
  const link = 'inline-block min-w-11 border-2 border-bus px-3 py-2 text-center font-bold';
  return (
    <nav aria-label={t('pages')} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <NextLink prefetch={false} href={href(page - 1)} className={`${link} bg-white text-bus underline`}>{t('previousPage')}</NextLink>
          </li>
        )}
        {Array.from({ length: pageCount }, (_, index) => index + 1).map((number) => (
          <li key={number}>
            <NextLink
              prefetch={false}
              href={href(number)}
              aria-current={number === page ? 'page' : undefined}
              aria-label={t('pageNumber', { page: number })}
              className={`${link} ${number === page ? 'bg-bus text-white' : 'bg-white text-bus underline'}`}
            >
              {number}
            </NextLink>
          </li>
        ))}
        {page < pageCount && (
          <li>
            <NextLink prefetch={false} href={href(page + 1)} className={`${link} bg-white text-bus underline`}>{t('nextPage')}</NextLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
