import Link from 'next/link';
import './globals.css';

// Reached only for paths the proxy does not give a locale (such as a missing file); the proxy
// sends every page address to a language, where app/[locale]/not-found.tsx answers.
export default function GlobalNotFound() {
  return (
    <html lang="fi">
      <body className="p-8 font-sans">
        <main>
          <h1 className="text-2xl font-bold">Sivua ei löytynyt · Sidan hittades inte · Page not found</h1>
          <p className="mt-4"><Link href="/" className="text-bus underline">Asiointi</Link></p>
        </main>
      </body>
    </html>
  );
}
