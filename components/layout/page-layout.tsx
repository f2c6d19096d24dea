import type { ReactNode } from 'react';
import { SideColumn } from './side-column';

/** A page's main column, with the side column beside it on wide screens and below it on phones. */
export function PageWithSideColumn({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto grid max-w-7xl gap-10 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0">{children}</div>
      <div className="no-print">
        <SideColumn />
      </div>
    </div>
  );
}

/** A page's title, sized by HDS's heading scale. */
export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="mb-6 text-3xl font-bold text-gray-90 md:text-[2.5rem] md:leading-tight">{children}</h1>;
}
