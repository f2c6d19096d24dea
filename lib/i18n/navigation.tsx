import type { ComponentProps } from 'react';
import { createNavigation } from 'next-intl/navigation';
import { routing } from './routing';

const navigation = createNavigation(routing);

export const { redirect, usePathname, useRouter, getPathname } = navigation;

/**
 * next-intl's Link, without prefetching unless a link asks for it. Next would otherwise fetch
 * every page a visible link leads to as soon as it is seen: most of the portal's pages are
 * rendered per request, so one page view became some twenty renders on the server, and the
 * browser's main thread was busy with answers nobody asked for.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof navigation.Link>) {
  return <navigation.Link prefetch={prefetch} {...props} />;
}
