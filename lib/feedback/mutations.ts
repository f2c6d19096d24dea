import 'server-only';
import { getDb } from '@/db';
import { feedback } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import type { FeedbackInput } from './schema';

/** Anyone may call this: feedback is anonymous unless the person gives an e-mail for a reply. */
export async function saveFeedback(input: FeedbackInput, locale: Locale): Promise<void> {
  const db = await getDb();
  // Only what was typed, the page's language and the time: no address, browser or session.
  await db.insert(feedback).values({ category: input.category, message: input.message, email: input.email, locale });
}
