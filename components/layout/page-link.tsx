import type { AnchorHTMLAttributes } from 'react';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  locale: string;
  /** The page's path without the language, as for next-intl's Link: "/e-services/dog-declaration". */
  href: string;
};

/**
 * A link to another page of the portal in the page's language, as a plain anchor. next-intl's
 * Link is a client component: the server renders each one twice (as markup and as data for the
 * browser), which in lists of results and side-column links costs more than the rest of the
 * item. These links open a whole page anyway, as they do without JavaScript.
 */
export function PageLink({ locale, href, ...anchor }: Props) {
  return <a href={`/${locale}${href}`} {...anchor} />;
}
