import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

// Read per request: APP_ENV is a setting of the server, not of the build.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  // A preview is a reviewer's copy of a change, with made-up data: nothing in it is for search engines.
  if (env.APP_ENV === 'preview') return { rules: { userAgent: '*', disallow: '/' } };
  return {
    // Residents' own pages are behind sign-in; nothing there is for search engines.
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/fi/folder', '/sv/folder', '/en/folder', '/fi/profile', '/sv/profile', '/en/profile'] },
    sitemap: `${env.PUBLIC_URL}/sitemap.xml`,
  };
}
