import type { LocalizedText } from '@/db/schema';
import { PageLink } from '@/components/layout/page-link';
import { localized } from '@/lib/i18n/localized';

type Props = {
  locale: string;
  services: { slug: string; name: LocalizedText; summary: LocalizedText }[];
  heading: string;
  allServices: string;
};

/** The front page's popular services (UI4, UI7), for visitors and signed-in residents alike. */
export function PopularServices({ locale, services, heading, allServices }: Props) {
  return (
    <section aria-labelledby="popular-heading" className="mt-10">
      <h2 id="popular-heading" className="text-2xl font-bold">{heading}</h2>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2">
        {services.map((service) => (
          <li key={service.slug} className="border-2 border-gray-20 p-4">
            <h3 className="text-lg font-bold">
              <PageLink locale={locale} href={`/e-services/${service.slug}`} className="text-bus underline">
                {localized(service.name, locale)}
              </PageLink>
            </h3>
            <p className="mt-1">{localized(service.summary, locale)}</p>
          </li>
        ))}
      </ul>
      <p className="mt-4">
        <PageLink locale={locale} href="/e-services" className="font-bold text-bus underline">{allServices}</PageLink>
      </p>
    </section>
  );
}
