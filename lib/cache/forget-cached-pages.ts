import { rm } from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

/**
 * Empties Next's page cache when the server starts. A cached page holds what the database said
 * when it was rendered; the database may have changed while the server was down (another
 * instance published, the demo data was written anew), and a page kept from before would be
 * served as it was until its hour is up. Rendering each page once more after a start is cheap.
 */
export async function forgetCachedPages() {
  await rm(path.resolve(env.BUILD_DIR, 'server', 'route-cache'), { recursive: true, force: true });
}
