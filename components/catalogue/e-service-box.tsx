import { getTranslations } from 'next-intl/server';

/** "Go to the e-service", and what signing in to it takes. */
export async function EServiceBox({ href, strong }: { href: string; strong: boolean }) {
  const t = await getTranslations('ServicePage');
  return (
    // Shown in one of two places by screen width, so the heading carries no id of its own.
    <section aria-label={t('eServiceHeading')} className="bg-bus-light p-4">
      <h2 className="text-lg font-bold">{t('eServiceHeading')}</h2>
      <a href={href} className="mt-3 inline-block bg-bus px-5 py-3 font-bold text-white hover:bg-bus-dark">
        {t('goToService')}
      </a>
      {strong && <p className="mt-3 text-sm">{t('requiresStrongIdentification')}</p>}
    </section>
  );
}
