import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { eServiceHref } from '@/lib/catalogue/e-service-link';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { localized } from '@/lib/i18n/localized';
import { messageKey } from '@/lib/i18n/message-key';
import { MAIN_CONTENT_ID, PageTitle } from '@/components/layout/page-main';
import { LocalizedBlock, hasText } from './localized-block';
import { ServiceAlternatives } from './service-alternatives';
import { EServiceBox } from './e-service-box';

const mainSections = ['process', 'processingTime', 'validity', 'costs', 'moreInformation', 'contact'] as const;

/**
 * A service description laid out as in the city's guide (CAT3): the description, and beside it
 * how to use it. The public service page and the editors' preview both draw it, so a preview
 * looks exactly like what residents will see.
 */
export async function ServiceDescription({ content, locale, division, feedbackUrl, before }: {
  content: ServiceContent;
  locale: string;
  /** The responsible division's name in the reader's language. */
  division: string | null;
  feedbackUrl: string | null;
  /** Shown at the top of the main column, before the title (structured data, the preview's banner). */
  before?: ReactNode;
}) {
  const t = await getTranslations('ServicePage');
  const tc = await getTranslations('Catalogue');
  const fallbackNote = t('availableInFinnish');
  const eService = eServiceHref(content, locale);

  return (
    <div className="mx-auto grid w-full max-w-7xl grid-cols-1 gap-10 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="min-w-0 focus:outline-none">
        {before}
        <PageTitle>{localized(content.name, locale)}</PageTitle>
        <LocalizedBlock text={content.summary} locale={locale} fallbackNote={fallbackNote} as="p" className="max-w-prose text-lg" />
        {/* On a phone the way to the e-service comes right after the summary, not below everything. */}
        <div className="mt-6 lg:hidden">
          <EServiceBox href={eService.href} strong={content.requiresStrongIdentification} />
        </div>
        {hasText(content.description) && <LocalizedBlock text={content.description} locale={locale} fallbackNote={fallbackNote} className="mt-4 max-w-prose" />}

        <dl className="mt-8 flex max-w-prose flex-col gap-6">
          <div>
            <dt className="text-lg font-bold">{t('targetGroup')}</dt>
            <dd>{[...content.targetGroups.map((group) => tc(`targetGroups.${messageKey(group)}`)), ...content.residentGroups.map((group) => tc(`residentGroups.${messageKey(group)}`))].join(', ')}</dd>
          </div>
          {mainSections
            .filter((section) => hasText(content[section]))
            .map((section) => (
              <div key={section}>
                <dt className="text-lg font-bold">{t(`sections.${section}`)}</dt>
                <dd>
                  <LocalizedBlock text={content[section]} locale={locale} fallbackNote={fallbackNote} />
                </dd>
              </div>
            ))}
          {division && (
            <div>
              <dt className="text-lg font-bold">{t('division')}</dt>
              <dd>{division}</dd>
            </div>
          )}
        </dl>

        <ServiceAlternatives content={content} locale={locale} />
      </main>

      <aside aria-label={t('asideLabel')} className="flex flex-col gap-6 self-start lg:border-l-2 lg:border-gray-20 lg:pl-6">
        <div className="hidden lg:block">
          <EServiceBox href={eService.href} strong={content.requiresStrongIdentification} />
        </div>
        {feedbackUrl && (
          <p>
            <a href={feedbackUrl} className="font-bold text-bus underline">{t('feedback')}</a>
          </p>
        )}
        <section aria-labelledby="service-information-heading">
          <h2 id="service-information-heading" className="text-lg font-bold">{t('serviceInformation')}</h2>
          <ul className="mt-2 flex flex-col gap-1">
            <li>{content.savedToFolder ? t('savedToFolder') : t('notSavedToFolder')}</li>
            <li>{content.decidedElectronically ? t('decidedElectronically') : t('notDecidedElectronically')}</li>
          </ul>
        </section>
        {hasText(content.prerequisites) && (
          <section aria-labelledby="prerequisites-heading">
            <h2 id="prerequisites-heading" className="text-lg font-bold">{t('prerequisites')}</h2>
            <LocalizedBlock text={content.prerequisites} locale={locale} fallbackNote={fallbackNote} className="mt-2" />
          </section>
        )}
        <section aria-labelledby="languages-heading">
          <h2 id="languages-heading" className="text-lg font-bold">{t('availableLanguages')}</h2>
          <p className="mt-2">{content.availableLanguages.map((language) => t(`languages.${language}`)).join(', ')}</p>
        </section>
      </aside>
    </div>
  );
}
