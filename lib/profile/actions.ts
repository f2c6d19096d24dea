'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db';
import { profiles } from '@/db/schema';
import { getSession } from '@/lib/auth/session';
import { isRegistered, signInPath } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/routing';
import { logger } from '@/lib/log/logger';
import { sendConfirmationCode } from '@/lib/registration/email-confirmation';
import { findProfile } from '@/lib/registration/profile-store';
import { contactDetailsSchema, contactFieldErrors, readContactForm, type ContactFormState } from '@/lib/registration/schema';
import { now } from '@/lib/time/clock';

/**
 * Edit in My profile (PRO4). A new e-mail address is confirmed before it is used: until then the
 * old one stays and the new one waits.
 */
export async function updateContactDetails(previous: ContactFormState, formData: FormData): Promise<ContactFormState> {
  const locale = await getLocale();
  const session = await getSession();
  if (!session) redirect(signInPath(locale, `/${locale}/profile/edit`, 'expired'));
  if (!session.strong || !(await isRegistered(session.personId))) redirect(`/${locale}/profile`);

  const attempt = previous.attempt + 1;
  const values = readContactForm(formData);
  const parsed = contactDetailsSchema.safeParse(values);
  if (!parsed.success) return { status: 'error', attempt, values, fieldErrors: contactFieldErrors(parsed.error) };
  const details = parsed.data;
  const current = await findProfile(session.personId);
  const emailChanged = Boolean(details.email) && details.email !== current?.email;

  const db = await getDb();
  await db
    .update(profiles)
    .set({
      mobile: details.mobile,
      notifyBySms: details.notifyBySms,
      // Notifications by e-mail need a confirmed address; with only a new one waiting, they wait too.
      notifyByEmail: details.notifyByEmail,
      notificationLanguage: details.notificationLanguage,
      email: details.email === null ? null : current?.email ?? null,
      emailConfirmedAt: details.email === null ? null : current?.emailConfirmedAt ?? null,
      pendingEmail: emailChanged ? details.email : null,
      updatedAt: now(),
    })
    .where(eq(profiles.personId, session.personId));

  if (emailChanged && details.email) {
    try {
      await sendConfirmationCode(session.personId, details.email, isLocale(details.notificationLanguage) ? details.notificationLanguage : 'fi');
    } catch (error) {
      logger.error({ err: error instanceof Error ? { name: error.name } : undefined }, 'confirmation code could not be sent');
      return { status: 'error', attempt, values, fieldErrors: {}, formError: 'errors.codeNotSent' };
    }
    redirect(`/${locale}/registration/confirm?${new URLSearchParams({ returnTo: `/${locale}/profile?saved=1` })}`);
  }
  redirect(`/${locale}/profile?saved=1`);
}
