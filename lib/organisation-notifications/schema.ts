import { z } from 'zod';
import { notificationLanguages } from '@/lib/notifications/languages';

/**
 * Where an organisation's folder notifications go (NOT1, NOT3), as a person acting for it
 * chooses on My profile:
 * - `own`: to the chooser's own confirmed e-mail address (sent along, so that an address changed
 *   in another tab since the page was shown is not taken unseen);
 * - `keep`: the address someone else acting for the organisation chose stays, only the language
 *   may change;
 * - `none`: no notifications, the events only in the organisation's folder.
 * Error messages are keys of the OrganisationNotifications messages.
 */
export const recipientChoices = ['own', 'keep', 'none'] as const;
export type RecipientChoice = (typeof recipientChoices)[number];

export const organisationNotificationsSchema = z.object({
  organisationId: z.uuid({ error: 'errors.notActingFor' }),
  recipient: z.enum(recipientChoices, { error: 'errors.chooseRecipient' }),
  address: z.string().trim().max(254),
  language: z.enum(notificationLanguages, { error: 'errors.chooseLanguage' }),
});

export type OrganisationNotificationsChoice = z.output<typeof organisationNotificationsSchema>;

export type OrganisationNotificationsField = 'recipient' | 'language';

/** Refusals that come from the data rather than the form: keys of OrganisationNotifications.errors. */
export const refusals = ['notActingFor', 'noConfirmedEmail', 'addressChanged'] as const;
export type Refusal = (typeof refusals)[number];

export type OrganisationNotificationsValues = { recipient: string; language: string };

export type OrganisationNotificationsState =
  | { status: 'idle'; attempt: number }
  | { status: 'error'; attempt: number; values: OrganisationNotificationsValues; fieldErrors: Partial<Record<OrganisationNotificationsField, string>> };

/** What the person sent, as sent, so that a refused form comes back with their choices. */
export function readOrganisationNotificationsForm(formData: FormData) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  return { organisationId: text('organisationId'), recipient: text('recipient'), address: text('address'), language: text('language') };
}

/** The first problem of each field, as message keys. */
export function organisationNotificationsFieldErrors(error: z.ZodError): Partial<Record<OrganisationNotificationsField, string>> {
  const errors: Partial<Record<OrganisationNotificationsField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0];
    if ((field === 'recipient' || field === 'language') && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

/** The profile page's query parameter after a save or a refusal that left the form behind. */
export const RESULT_PARAM = 'organisationNotifications';
