'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { clientAddress } from '@/lib/security/client-address';
import { sameOriginPath } from '@/lib/security/same-origin-path';
import { IDENTITY_PROVIDER_ID, signIn, signOut } from './auth';
import { consumeSignInAttempt, signInLimitPath } from './sign-in-limit';

/**
 * Starts the identification. Afterwards the person passes registration (which lets a
 * registered person straight on) to where they were going: a form link to the form, the
 * sign-in page to the signed-in front page (ID3).
 */
export async function startSignIn(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const returnTo = sameOriginPath(formData.get('returnTo'), `/${locale}`);
  const attempt = await consumeSignInAttempt('start', clientAddress(await headers()));
  if (!attempt.allowed) redirect(signInLimitPath(attempt.retryAfterSeconds, locale));
  await signIn(
    IDENTITY_PROVIDER_ID,
    { redirectTo: `/${locale}/registration?${new URLSearchParams({ returnTo })}` },
    { ui_locales: locale },
  );
}

/**
 * Starts a member of staff's sign-in with their work account. Afterwards they come back to the
 * staff page they were going to (same-origin paths only), or to the staff tools.
 */
export async function startStaffSignIn(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const returnTo = sameOriginPath(formData.get('returnTo'), `/${locale}/staff`);
  const attempt = await consumeSignInAttempt('start', clientAddress(await headers()));
  if (!attempt.allowed) redirect(signInLimitPath(attempt.retryAfterSeconds, locale));
  await signIn(IDENTITY_PROVIDER_ID, { redirectTo: returnTo }, { ui_locales: locale });
}

/** Ends the session at once, on the server too (ID5). */
export async function endSession(): Promise<void> {
  const locale = await getLocale();
  await signOut({ redirectTo: `/${locale}/signed-out` });
}
