/**
 * The page every address answers while the instance has no usable database (see
 * db/availability.ts): 503, in the language of the address first and the other two after it, with
 * the support number. Plain HTML with its own small style, so it shows without JavaScript and
 * without anything the database would have given.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isCachedPageRequest } from '@/lib/cache/cached-pages';
import { databaseUnavailableSince } from '@/db/availability';

type Language = 'fi' | 'sv' | 'en';

const WORDING: Record<Language, { title: string; text: string; support: string }> = {
  fi: {
    title: 'Asiointi on tilapäisesti poissa käytöstä',
    text: 'Palvelu ei juuri nyt saa yhteyttä tietoihinsa. Tallentamasi tiedot eivät ole kadonneet. Yritä muutaman minuutin kuluttua uudelleen.',
    support: 'Sähköisen asioinnin tuki: <a href="tel:+358931088800">(09) 310 88800</a>, ma–pe 8–18.',
  },
  sv: {
    title: 'E-tjänsterna är tillfälligt ur bruk',
    text: 'Tjänsten når just nu inte sina uppgifter. Det du har sparat har inte gått förlorat. Försök igen om några minuter.',
    support: 'Stöd för e-tjänsterna: <a href="tel:+358931088800">(09) 310 88800</a>, mån–fre 8–18.',
  },
  en: {
    title: 'E-services are temporarily unavailable',
    text: 'The service cannot reach its data just now. Nothing you have saved was lost. Please try again in a few minutes.',
    support: 'E-services support: <a href="tel:+358931088800">(09) 310 88800</a>, Mon–Fri 8 AM – 6 PM.',
  },
};

/** Seconds a browser or a client is told to wait before trying again (Retry-After). */
const RETRY_AFTER_SECONDS = 30;

/** The page's headers besides its Content Security Policy, which its server gives it. */
export const UNAVAILABLE_HEADERS = { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) } as const;

export function unavailablePageLanguage(pathname: string): Language {
  return (/^\/(fi|sv|en)(\/|$)/.exec(pathname)?.[1] as Language | undefined) ?? 'fi';
}

export function unavailablePage(language: Language, nonce: string): string {
  const others = (['fi', 'sv', 'en'] as const).filter((other) => other !== language);
  const first = WORDING[language];
  return `<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${first.title} – Helsinki</title>
<style nonce="${nonce}">
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;line-height:1.5}
header{background:#0000bf;color:#fff;padding:1rem;font-weight:700;font-size:1.25rem}
main{max-width:40rem;padding:1rem}
h1{font-size:1.75rem;line-height:1.2;margin:1.5rem 0 1rem}
section{margin-top:2rem;border-top:1px solid #ccc;padding-top:1rem}
h2{font-size:1.125rem;margin:0 0 .5rem}
a{color:#0000bf;font-weight:700;white-space:nowrap}
</style>
</head>
<body>
<header>Helsinki</header>
<main>
<h1>${first.title}</h1>
<p>${first.text}</p>
<p>${first.support}</p>
${others.map((other) => `<section lang="${other}"><h2>${WORDING[other].title}</h2><p>${WORDING[other].text}</p><p>${WORDING[other].support}</p></section>`).join('\n')}
</main>
</body>
</html>
`;
}

/**
 * The same page for an anonymous service description, which the proxy never sees (the production
 * server answers it from the page store, or Next from app/cached/): served by server.mjs when the
 * store has no copy.
 */
export function serveUnavailablePage(request: IncomingMessage, response: ServerResponse): boolean {
  if (!databaseUnavailableSince() || !isCachedPageRequest(request)) return false;
  const nonce = randomBytes(16).toString('base64');
  const pathname = (request.url ?? '').split('?')[0]!;
  const body = Buffer.from(unavailablePage(unavailablePageLanguage(pathname), nonce));
  response.statusCode = 503;
  for (const [name, value] of Object.entries(UNAVAILABLE_HEADERS)) response.setHeader(name, value);
  response.setHeader('Content-Security-Policy', `default-src 'none'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`);
  response.setHeader('Content-Length', body.length);
  response.end(request.method === 'HEAD' ? undefined : body);
  return true;
}
