import type { ReactNode } from 'react';

/** A Business ID never breaks at its hyphen ("2345678-" on one line, "0)" on the next) on a phone. */
export function keepTogether(chunks: ReactNode) {
  return <span className="whitespace-nowrap">{chunks}</span>;
}
