import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { routing } from '@/lib/i18n/routing';
import { TEXT_SIZE_COOKIE } from '@/lib/preferences/text-size';
import { ProseSection, linkTo } from '../_components/prose';
import { metadataFrom } from '@/lib/i18n/page-metadata';

// The session cookie's name is the sign-in library's; on https it carries the __Secure- prefix.
const SESSION_COOKIE = 'authjs.session-token';

// next-intl's own default name applies only if the routing ever stops naming the cookie.
const LANGUAGE_COOKIE = typeof routing.localeCookie === 'object' ? (routing.localeCookie.name ?? 'NEXT_LOCALE') : 'NEXT_LOCALE';

const cookies = [
  { name: LANGUAGE_COOKIE, key: 'language' },
  { name: TEXT_SIZE_COOKIE, key: 'textSize' },
  { name: SESSION_COOKIE, key: 'session' },
] as const;

export const generateMetadata = metadataFrom('CookiesPage', { withDescription: true });

/** Only necessary cookies, so no consent banner: this page lists them. */
export default async function CookiesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('CookiesPage');

  return (
    <PageWithSideColumn>
      <PageTitle>{t('title')}</PageTitle>
      <div className="flex max-w-prose flex-col gap-3">
        <p className="text-lg">{t('lead')}</p>
        <p>{t('onlyNecessary')}</p>
        <p>{t('noBanner')}</p>
      </div>

      <ProseSection id="list" heading={t('list.heading')}>
        {/* A table on wider screens; on a phone each cookie is a card, so nothing scrolls sideways. */}
        <table className="hidden w-full border-collapse text-left sm:table">
          <caption className="sr-only">{t('list.caption')}</caption>
          <thead>
            <tr className="border-b-2 border-gray-90">
              <th scope="col" className="py-2 pr-4">{t('list.name')}</th>
              <th scope="col" className="py-2 pr-4">{t('list.purpose')}</th>
              <th scope="col" className="py-2">{t('list.duration')}</th>
            </tr>
          </thead>
          <tbody>
            {cookies.map(({ name, key }) => (
              <tr key={key} className="border-b border-gray-20 align-top">
                <th scope="row" className="py-3 pr-4 font-normal">
                  <code className="bg-gray-5 px-1 font-mono text-sm">{name}</code>
                </th>
                <td className="py-3 pr-4">{t(`list.${key}.purpose`)}</td>
                <td className="py-3">{t(`list.${key}.duration`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ul className="flex flex-col gap-4 sm:hidden">
          {cookies.map(({ name, key }) => (
            <li key={key} className="border-l-4 border-bus bg-gray-5 p-4">
              <dl className="flex flex-col gap-2">
                <div>
                  <dt className="text-sm font-bold">{t('list.name')}</dt>
                  <dd>
                    <code className="break-all font-mono text-sm">{name}</code>
                  </dd>
                </div>
                <div>
                  <dt className="text-sm font-bold">{t('list.purpose')}</dt>
                  <dd>{t(`list.${key}.purpose`)}</dd>
                </div>
                <div>
                  <dt className="text-sm font-bold">{t('list.duration')}</dt>
                  <dd>{t(`list.${key}.duration`)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      </ProseSection>

      <ProseSection id="remove" heading={t('remove.heading')}>
        <p>{t('remove.text')}</p>
      </ProseSection>

      <ProseSection id="more" heading={t('more.heading')}>
        <p>{t.rich('more.text', { link: linkTo('/privacy') })}</p>
      </ProseSection>
    </PageWithSideColumn>
  );
}
