import { getLocale, getTranslations } from 'next-intl/server';
import { PageLink } from './page-link';
import { popularServices } from '@/lib/catalogue/queries';
import { localized } from '@/lib/i18n/localized';
import { SUPPORT_PHONE, SUPPORT_PHONE_URI } from './site-footer';

function SideBox({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="border-t-4 border-bus bg-silver-light p-4">
      <h2 className="mb-2 text-lg font-bold uppercase tracking-wide">{title}</h2>
      {children}
    </section>
  );
}

/** The side column of public pages (UI4): ask for help, health care, popular services, instructions. */
export async function SideColumn() {
  const t = await getTranslations('SideColumn');
  const locale = await getLocale();
  const popular = await popularServices(5);
  return (
    <aside aria-label={t('label')} className="flex flex-col gap-6">
      <SideBox title={t('askHeading')}>
        <p>{t('askText')}</p>
        <p className="mt-2">
          <a href={SUPPORT_PHONE_URI} className="font-bold text-bus underline">{SUPPORT_PHONE}</a>
        </p>
        <p className="text-sm">{t('askHours')}</p>
      </SideBox>
      <SideBox title={t('healthHeading')}>
        <ul className="flex flex-col gap-2">
          <li><PageLink locale={locale} className="text-bus underline" href="/e-services/dental-care">{t('healthDental')}</PageLink></li>
          <li><PageLink locale={locale} className="text-bus underline" href="/instructions#messages">{t('healthMessages')}</PageLink></li>
          <li><PageLink locale={locale} className="text-bus underline" href="/instructions#forms">{t('healthForms')}</PageLink></li>
        </ul>
      </SideBox>
      <SideBox title={t('popularHeading')}>
        {popular.length === 0 ? (
          <p>{t('popularEmpty')}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {popular.map((service) => (
              <li key={service.slug}>
                <PageLink locale={locale} className="text-bus underline" href={`/e-services/${service.slug}`}>{localized(service.name, locale)}</PageLink>
              </li>
            ))}
          </ul>
        )}
      </SideBox>
      <SideBox title={t('instructionsHeading')}>
        <ul className="flex flex-col gap-2">
          <li><PageLink locale={locale} className="text-bus underline" href="/instructions#signing-in">{t('instructionsSignIn')}</PageLink></li>
          <li><PageLink locale={locale} className="text-bus underline" href="/instructions#security">{t('instructionsSecurity')}</PageLink></li>
          <li><PageLink locale={locale} className="text-bus underline" href="/instructions">{t('instructionsAll')}</PageLink></li>
        </ul>
      </SideBox>
    </aside>
  );
}
