import type { ReactNode } from 'react';

// The skip link in the header jumps here; tabIndex lets focus land on the content itself.
export const MAIN_CONTENT_ID = 'main-content';

/** A page without the side column (errors, focused tasks). Safe to use from client components. */
export function PageMain({ children }: { children: ReactNode }) {
  return (
    <main id={MAIN_CONTENT_ID} tabIndex={-1} className="mx-auto w-full max-w-7xl px-4 py-12 focus:outline-none">
      {children}
    </main>
  );
}

/** A page's title, sized by HDS's heading scale. */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="mb-6 text-2xl font-bold text-gray-90 sm:text-3xl md:text-[2.5rem] md:leading-tight">{children}</h1>;
}
