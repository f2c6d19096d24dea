import type { ReactNode } from 'react';
import type { LocalizedText } from '@/db/schema/localized-text';

/**
 * A text of the service description in the reader's language. Where that translation is still
 * missing, the Finnish text is shown, marked as Finnish for screen readers, with a visible note.
 */
export function LocalizedBlock({ text, locale, fallbackNote, as: Tag = 'div', className }: {
  text: LocalizedText;
  locale: string;
  fallbackNote: string;
  as?: 'div' | 'p' | 'span';
  className?: string;
}): ReactNode {
  const own = text[locale as keyof LocalizedText]?.trim();
  if (own) return <Tag className={className}>{paragraphs(own)}</Tag>;
  return (
    <Tag className={className}>
      <span lang="fi">{paragraphs(text.fi)}</span>{' '}
      <em className="text-sm text-gray-80 not-italic">({fallbackNote})</em>
    </Tag>
  );
}

/** Editors separate paragraphs with an empty line. */
function paragraphs(text: string): ReactNode {
  const parts = text.split(/\n\s*\n/).map((part) => part.trim()).filter(Boolean);
  if (parts.length <= 1) return text.trim();
  return parts.map((part, index) => (
    <span key={index} className="mb-3 block last:mb-0">
      {part}
    </span>
  ));
}

/** Whether a text has anything in any language: empty sections are left out of the page. */
export function hasText(text: LocalizedText): boolean {
  return Boolean(text.fi.trim() || text.sv.trim() || text.en.trim());
}
