import type { ReactNode } from 'react';
import { SideColumn } from './side-column';
import { MAIN_CONTENT_ID } from './page-main';

export { PageMain, PageTitle } from './page-main';

/**
 * A page's main column, with the side column beside it on wide screens and below it on phones.
 * The side column stays outside <main> so that both are landmarks of their own.
 */
export function PageWithSideColumn({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto grid w-full max-w-7xl grid-cols-1 gap-10 px-4 py-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="min-w-0 focus:outline-none">
        {children}
      </main>
      <div className="no-print">
        <SideColumn />
      </div>
    </div>
  );
}
