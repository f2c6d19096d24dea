'use server';

import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { signInPath } from '@/lib/auth/guards';
import { requestLogger } from '@/lib/log/request-logger';
import { saveOrganisationNotifications } from './mutations';
import {
  organisationNotificationsFieldErrors,
  organisationNotificationsSchema,
  readOrganisationNotificationsForm,
  RESULT_PARAM,
  type OrganisationNotificationsState,
} from './schema';

/**
 * "Notifications of <organisation>" on My profile. Anyone can post to an action, so who may do
 * this is found out here again from the session, not from what the form says. A refusal the
 * person can mend comes back into the form with their choices; one that took the organisation
 * away from them (the role changed in another tab) goes back to the profile with a notice,
 * since the form is no longer there. No audit entry: it is the representative's own choice,
 * like their own contact details.
 */
export async function saveOrganisationNotificationsAction(previous: OrganisationNotificationsState, formData: FormData): Promise<OrganisationNotificationsState> {
  const locale = await getLocale();
  const profilePage = `/${locale}/profile`;
  const session = await getSession();
  if (!session) redirect(signInPath(locale, profilePage, 'expired'));
  // The profile page sends a weak or unregistered session where it must go first.
  if (!session.strong || !session.registered) redirect(profilePage);

  const attempt = previous.attempt + 1;
  const sent = readOrganisationNotificationsForm(formData);
  const values = { recipient: sent.recipient, language: sent.language };
  const parsed = organisationNotificationsSchema.safeParse(sent);
  if (!parsed.success) {
    const fieldErrors = organisationNotificationsFieldErrors(parsed.error);
    if (Object.keys(fieldErrors).length > 0) return { status: 'error', attempt, values, fieldErrors };
    redirect(`${profilePage}?${RESULT_PARAM}=notActingFor`);
  }

  const result = await saveOrganisationNotifications(session, parsed.data);
  const log = await requestLogger();
  if (!result.ok) {
    log.warn({ personId: session.personId, organisationId: parsed.data.organisationId, reason: result.reason }, 'organisation notifications refused');
    if (result.reason === 'notActingFor') redirect(`${profilePage}?${RESULT_PARAM}=notActingFor`);
    return { status: 'error', attempt, values, fieldErrors: { recipient: `errors.${result.reason}` } };
  }
  log.info({ personId: session.personId, organisationId: parsed.data.organisationId, recipient: parsed.data.recipient }, 'organisation notifications saved');
  // To the section, where the message that it was saved is.
  redirect(`${profilePage}?${RESULT_PARAM}=saved#organisation-notifications`);
}
