import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

export default function robots(): MetadataRoute.Robots {
  return {
    // Residents' own pages are behind sign-in; nothing there is for search engines.
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/fi/folder', '/sv/folder', '/en/folder', '/fi/profile', '/sv/profile', '/en/profile'] },
    sitemap: `${env.PUBLIC_URL}/sitemap.xml`,
  };
}
