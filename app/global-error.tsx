'use client';

import { usePathname } from 'next/navigation';
import './globals.css';

type Language = 'fi' | 'sv' | 'en';

const WORDING: Record<Language, { title: string; text: string; retry: string }> = {
  fi: { title: 'Jokin meni vikaan', text: 'Sivua ei voitu näyttää. Yritä hetken kuluttua uudelleen.', retry: 'Yritä uudelleen' },
  sv: { title: 'Något gick fel', text: 'Sidan kunde inte visas. Försök igen om en stund.', retry: 'Försök igen' },
  en: { title: 'Something went wrong', text: 'The page could not be shown. Please try again in a moment.', retry: 'Try again' },
};

/**
 * Shown only when the language layout itself fails (as when the database is out of reach and the
 * header cannot ask who is signed in), so no translations can be loaded: the page's language is
 * read from its address and comes first, and the other two follow for anyone who arrived elsewhere.
 */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const first = /^\/(fi|sv|en)(\/|$)/.exec(usePathname() ?? '')?.[1] as Language | undefined;
  const language: Language = first ?? 'fi';
  const others = (['fi', 'sv', 'en'] as const).filter((other) => other !== language);
  return (
    <html lang={language}>
      <body className="p-8 font-sans">
        <main className="max-w-prose">
          <h1 className="text-2xl font-bold">{WORDING[language].title}</h1>
          <p className="mt-2">{WORDING[language].text}</p>
          <button type="button" onClick={reset} className="mt-6 bg-bus px-6 py-3 font-bold text-white">
            {WORDING[language].retry}
          </button>
          {others.map((other) => (
            <div key={other} lang={other} className="mt-6">
              <p className="font-bold">{WORDING[other].title}</p>
              <p>{WORDING[other].text}</p>
            </div>
          ))}
        </main>
      </body>
    </html>
  );
}
