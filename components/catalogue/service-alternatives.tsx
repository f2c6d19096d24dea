import { getTranslations } from 'next-intl/server';
import type { ServiceContent } from '@/lib/catalogue/service-content';
import { localized } from '@/lib/i18n/localized';
import { LocalizedBlock } from './localized-block';

/** Other ways to use the service ("Alternatives", CAT3): printable forms, telephone, a visit, e-mail. */
export async function ServiceAlternatives({ content, locale }: { content: ServiceContent; locale: string }) {
  const t = await getTranslations('ServicePage');
  const { printableForms, telephone, visitingAddress, email } = content.alternatives;
  if (printableForms.length === 0 && !telephone && !visitingAddress && !email) return null;
  const fallbackNote = t('availableInFinnish');
  return (
    <section aria-labelledby="alternatives-heading" className="mt-10 border-t-2 border-gray-20 pt-6">
      <h2 id="alternatives-heading" className="text-2xl font-bold">{t('alternatives.heading')}</h2>
      <p className="mt-2 max-w-prose">{t('alternatives.lead')}</p>
      <dl className="mt-4 flex max-w-prose flex-col gap-4">
        {printableForms.length > 0 && (
          <div>
            <dt className="font-bold">{t('alternatives.printableForms')}</dt>
            <dd>
              <ul className="mt-1 flex flex-col gap-1">
                {printableForms.map((form) => (
                  <li key={form.url}>
                    <a href={form.url} className="text-bus underline">
                      {localized(form.title, locale)} ({t(`alternatives.format.${form.format}`)})
                    </a>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {telephone && (
          <div>
            <dt className="font-bold">{t('alternatives.telephone')}</dt>
            <dd>
              <a href={`tel:${telephone.number.replace(/[^\d+]/g, '')}`} className="text-bus underline">{telephone.number}</a>
              <LocalizedBlock text={telephone.hours} locale={locale} fallbackNote={fallbackNote} as="p" />
              <LocalizedBlock text={telephone.callCharge} locale={locale} fallbackNote={fallbackNote} as="p" className="text-sm text-gray-80" />
            </dd>
          </div>
        )}
        {visitingAddress && (
          <div>
            <dt className="font-bold">{t('alternatives.visitingAddress')}</dt>
            <dd>
              <LocalizedBlock text={visitingAddress} locale={locale} fallbackNote={fallbackNote} className="whitespace-pre-line" />
            </dd>
          </div>
        )}
        {email && (
          <div>
            <dt className="font-bold">{t('alternatives.email')}</dt>
            <dd>
              <a href={`mailto:${email}`} className="text-bus underline">{email}</a>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
