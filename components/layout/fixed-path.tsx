'use client';

import { createContext, useContext, type ReactNode } from 'react';

const FixedPathContext = createContext<string | undefined>(undefined);

/**
 * A page served from the cache is rendered once, at an internal address, for everyone who asks
 * for its public one. Its header cannot read the address from the router (the server would see
 * the internal one, the browser the public one), so the page names it here: the public path
 * without the language prefix, such as `/e-services/dog-declaration`.
 */
export function FixedPath({ path, children }: { path: string | undefined; children: ReactNode }) {
  return <FixedPathContext value={path}>{children}</FixedPathContext>;
}

/** The path a cached page was rendered for, or undefined on a page rendered per request. */
export function useFixedPath(): string | undefined {
  return useContext(FixedPathContext);
}
