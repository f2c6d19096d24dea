'use client';

import './globals.css';

// Shown only when the language layout itself fails, so it cannot know the language: all three.
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fi">
      <body className="p-8 font-sans">
        <main className="max-w-prose">
          <h1 className="text-2xl font-bold">Jokin meni vikaan</h1>
          <p className="mt-2">Sivua ei voitu näyttää. Yritä hetken kuluttua uudelleen.</p>
          <p lang="sv" className="mt-4 font-bold">Något gick fel</p>
          <p lang="sv">Sidan kunde inte visas. Försök igen om en stund.</p>
          <p lang="en" className="mt-4 font-bold">Something went wrong</p>
          <p lang="en">The page could not be shown. Please try again in a moment.</p>
          <button type="button" onClick={reset} className="mt-6 bg-bus px-6 py-3 font-bold text-white">
            Yritä uudelleen · Försök igen · Try again
          </button>
        </main>
      </body>
    </html>
  );
}
