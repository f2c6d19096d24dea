'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { signOut } from '@/lib/auth/auth';
import { signInPath } from '@/lib/auth/guards';
import { getSession } from '@/lib/auth/session';
import { logger } from '@/lib/log/logger';
import { deletePersonAndData } from './deletion';

/** Error messages are keys of the DeleteProfilePage messages. */
export type DeleteProfileState = { status: 'idle'; attempt: number } | { status: 'error'; attempt: number; fieldError?: string; formError?: string };

/**
 * "Delete my profile" (PRO6), after the dry run. Re-checks who is calling, as any action can be
 * posted to directly: only the signed-in, strongly identified person's own data is deleted.
 * Then the session cookie is cleared as in signing out, and the person lands on the page that
 * says the profile is gone.
 */
export async function deleteOwnProfile(previous: DeleteProfileState, formData: FormData): Promise<DeleteProfileState> {
  const locale = await getLocale();
  const here = `/${locale}/profile/my-data/delete`;
  const session = await getSession();
  if (!session) redirect(signInPath(locale, here, 'expired'));
  if (!session.strong) redirect(signInPath(locale, here, 'weak'));

  const attempt = previous.attempt + 1;
  if (formData.get('confirm') !== 'on') return { status: 'error', attempt, fieldError: 'errors.confirmRequired' };

  try {
    await deletePersonAndData(session.personId);
  } catch (error) {
    // The deletion is one transaction: nothing was removed, and the person can try again.
    logger.error({ err: error instanceof Error ? { name: error.name, message: error.message } : undefined }, 'profile deletion failed');
    return { status: 'error', attempt, formError: 'errors.failed' };
  }
  logger.info('a person deleted their profile');
  // The session rows went with the person; this clears the cookie and redirects.
  await signOut({ redirectTo: `/${locale}/profile-deleted` });
  return { status: 'idle', attempt };
}
