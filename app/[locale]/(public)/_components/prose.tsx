import type { ReactNode } from 'react';
import { Link } from '@/lib/i18n/navigation';

/**
 * Building blocks of the public text pages (instructions, privacy notice, accessibility
 * statement, cookies): a titled section that other pages can link to, and readable lists.
 */
export function ProseSection({ id, heading, children }: { id: string; heading: ReactNode; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-4 border-t border-gray-20 pt-8 first-of-type:border-t-0 first-of-type:pt-0">
      <h2 id={`${id}-heading`} className="text-2xl font-bold text-gray-90">
        {heading}
      </h2>
      <div className="mt-3 flex max-w-prose flex-col gap-3">{children}</div>
    </section>
  );
}

export function SubHeading({ children }: { children: ReactNode }) {
  return <h3 className="mt-3 text-xl font-bold text-gray-90">{children}</h3>;
}

export function BulletList({ items }: { items: ReactNode[] }) {
  return (
    <ul className="flex list-disc flex-col gap-2 pl-6">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/** The page's table of contents: in-page links to its sections, in order. */
export function TableOfContents({ label, items }: { label: string; items: { id: string; title: string }[] }) {
  return (
    <nav aria-labelledby="contents-heading" className="max-w-prose border-l-4 border-bus bg-bus-light p-4">
      <h2 id="contents-heading" className="text-lg font-bold">
        {label}
      </h2>
      <ol className="mt-2 flex list-decimal flex-col gap-1 pl-6">
        {items.map((item) => (
          <li key={item.id}>
            <a href={`#${item.id}`} className="text-bus underline">
              {item.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Rich-text tags shared by the pages' messages: <b>…</b> for a term the paragraph explains. */
export const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;

/** A rich-text tag handler that turns <link>…</link> in a message into a link to `href`. */
export function linkTo(href: string) {
  return function LinkedChunks(chunks: ReactNode) {
    return (
      <Link href={href} className="text-bus underline">
        {chunks}
      </Link>
    );
  };
}

/** The same for addresses outside the service (e-mail, telephone, other sites). */
export function externalLink(href: string) {
  return function ExternalChunks(chunks: ReactNode) {
    return (
      <a href={href} className="text-bus underline">
        {chunks}
      </a>
    );
  };
}
