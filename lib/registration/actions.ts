'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { signInPath } from '@/lib/auth/guards';
import { consumeRateLimit } from '@/lib/rate-limit/consume';
import { isLocale } from '@/lib/i18n/routing';
import { logger } from '@/lib/log/logger';
import { sameOriginPath } from '@/lib/security/same-origin-path';
import { checkConfirmationCode, pendingConfirmation, sendConfirmationCode } from './email-confirmation';
import { findProfile, saveRegistration, adoptConfirmedEmail } from './profile-store';
import { confirmationCodeSchema, contactFieldErrors, readContactForm, registrationSchema, type ContactFormState } from './schema';

export type CodeFormState = { status: 'idle'; attempt: number } | { status: 'error'; attempt: number; error: string };

// Each action re-checks who is calling: any of them can be posted to directly.
async function strongSessionOrSignIn(returnTo: string) {
  const session = await getSession();
  const locale = await getLocale();
  if (!session) redirect(signInPath(locale, returnTo, 'expired'));
  if (!session.strong) redirect(signInPath(locale, returnTo, 'weak'));
  return { session, locale };
}

const confirmPath = (locale: string, returnTo: string) => `/${locale}/registration/confirm?${new URLSearchParams({ returnTo })}`;

/** Registration (ID4): consent, contact details and notification choices. */
export async function register(previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const locale = await getLocale();
  const returnTo = sameOriginPath(formData.get('returnTo'), `/${locale}`);
  const { session } = await strongSessionOrSignIn(`/${locale}/registration?${new URLSearchParams({ returnTo })}`);
  const values = readContactForm(formData);
  const parsed = registrationSchema.safeParse(values);
  const attempt = previous.attempt + 1;
  if (!parsed.success) return { status: 'error', attempt, values, fieldErrors: contactFieldErrors(parsed.error) };

  const { awaitsEmailConfirmation } = await saveRegistration(session.personId, parsed.data);
  if (awaitsEmailConfirmation && parsed.data.email) {
    try {
      const language = isLocale(parsed.data.notificationLanguage) ? parsed.data.notificationLanguage : 'fi';
      await sendConfirmationCode(session.personId, parsed.data.email, language);
    } catch (error) {
      logger.error({ err: error instanceof Error ? { name: error.name } : undefined }, 'confirmation code could not be sent');
      return { status: 'error', attempt, values, fieldErrors: {}, formError: 'errors.codeNotSent' };
    }
    redirect(confirmPath(locale, returnTo));
  }
  redirect(returnTo);
}

/** The six-digit code from the e-mail confirms the address and completes registration. */
export async function confirmEmail(previous: CodeFormState, formData: FormData): Promise<CodeFormState> {
  const attempt = previous.attempt + 1;
  const locale = await getLocale();
  const returnTo = sameOriginPath(formData.get('returnTo'), `/${locale}`);
  const { session } = await strongSessionOrSignIn(confirmPath(locale, returnTo));
  const limit = await consumeRateLimit(`email-code:${session.personId}`, { limit: 10, windowSeconds: 15 * 60 });
  if (!limit.allowed) return { status: 'error', attempt, error: 'errors.tooManyTries' };

  const parsed = confirmationCodeSchema.safeParse({ code: formData.get('code') ?? '' });
  if (!parsed.success) return { status: 'error', attempt, error: 'errors.codeFormat' };
  const check = await checkConfirmationCode(session.personId, parsed.data.code);
  if (check.result !== 'confirmed') return { status: 'error', attempt, error: `errors.code.${check.result}` };
  await adoptConfirmedEmail(session.personId, check.email);
  redirect(returnTo);
}

/** A new code to the address waiting for confirmation, at most a few an hour. */
export async function resendConfirmationCode(formData: FormData): Promise<void> {
  const locale = await getLocale();
  const returnTo = sameOriginPath(formData.get('returnTo'), `/${locale}`);
  const { session } = await strongSessionOrSignIn(confirmPath(locale, returnTo));
  const profile = await findProfile(session.personId);
  const pending = profile?.pendingEmail ?? (await pendingConfirmation(session.personId))?.email;
  const limit = await consumeRateLimit(`email-resend:${session.personId}`, { limit: 3, windowSeconds: 60 * 60 });
  if (pending && limit.allowed) {
    const language = profile && isLocale(profile.notificationLanguage) ? profile.notificationLanguage : 'fi';
    await sendConfirmationCode(session.personId, pending, language);
  }
  redirect(`${confirmPath(locale, returnTo)}&${limit.allowed ? 'resent=1' : 'resendLimited=1'}`);
}
