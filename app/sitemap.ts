import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { locales } from '@/lib/i18n/routing';

export const dynamic = 'force-dynamic';

// The public pages; each is listed once per language, with its translations as alternates.
const publicPaths = ['', '/e-services', '/instructions', '/privacy', '/accessibility', '/cookies', '/feedback', '/sign-in'];

export default function sitemap(): MetadataRoute.Sitemap {
  return publicPaths.flatMap((path) =>
    locales.map((locale) => ({
      url: `${env.PUBLIC_URL}/${locale}${path}`,
      alternates: { languages: Object.fromEntries(locales.map((other) => [other, `${env.PUBLIC_URL}/${other}${path}`])) },
    })),
  );
}
