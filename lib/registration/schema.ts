import { z } from 'zod';
import { notificationLanguages } from '@/lib/notifications/languages';
import { normaliseMobileNumber } from '@/lib/identity/phone';

const EMAIL_MAX = 254;

/**
 * Contact details and notification choices, as given in registration and edited in the profile
 * (ID4, PRO3–PRO4). Error messages are keys of the ContactForm messages.
 */
export const contactDetailsSchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(EMAIL_MAX, { error: 'errors.emailInvalid' })
      .refine((value) => value === '' || z.email().safeParse(value).success, { error: 'errors.emailInvalid' })
      .transform((value) => (value === '' ? null : value.toLowerCase())),
    mobile: z.string().trim().transform((value, context) => {
      if (value === '') return null;
      const result = normaliseMobileNumber(value);
      if (result.ok) return result.e164;
      context.addIssue({ code: 'custom', message: `PhoneNumber.errors.${result.reason}` });
      return z.NEVER;
    }),
    notifyByEmail: z.boolean(),
    notifyBySms: z.boolean(),
    notificationLanguage: z.enum(notificationLanguages, { error: 'errors.languageRequired' }),
  })
  .superRefine((value, context) => {
    if (!value.email && !value.mobile) context.addIssue({ code: 'custom', path: ['email'], message: 'errors.contactRequired' });
    if (value.notifyByEmail && !value.email) context.addIssue({ code: 'custom', path: ['email'], message: 'errors.emailNeededForNotifications' });
    if (value.notifyBySms && !value.mobile) context.addIssue({ code: 'custom', path: ['mobile'], message: 'errors.mobileNeededForNotifications' });
  });

export const registrationSchema = contactDetailsSchema.and(
  z.object({ consent: z.literal(true, { error: 'errors.consentRequired' }) }),
);

export type ContactDetails = z.output<typeof contactDetailsSchema>;
export type ContactField = 'email' | 'mobile' | 'notificationLanguage' | 'consent' | 'notifyByEmail' | 'notifyBySms';
export type ContactValues = { email: string; mobile: string; notifyByEmail: boolean; notifyBySms: boolean; notificationLanguage: string; consent: boolean };

/** What the person sent, as they typed it, so a form with errors comes back filled in. */
export function readContactForm(formData: FormData): ContactValues {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === 'string' ? value : '';
  };
  return {
    email: text('email'),
    mobile: text('mobile'),
    notifyByEmail: formData.get('notifyByEmail') === 'on',
    notifyBySms: formData.get('notifyBySms') === 'on',
    notificationLanguage: text('notificationLanguage'),
    consent: formData.get('consent') === 'on',
  };
}

/** The first problem of each field. */
export function contactFieldErrors(error: z.ZodError): Partial<Record<ContactField, string>> {
  const errors: Partial<Record<ContactField, string>> = {};
  for (const issue of error.issues) {
    const field = issue.path[0] as ContactField | undefined;
    if (field && !errors[field]) errors[field] = issue.message;
  }
  return errors;
}

export type ContactFormState =
  | { status: 'idle'; attempt: number }
  | { status: 'error'; attempt: number; values: ContactValues; fieldErrors: Partial<Record<ContactField, string>>; formError?: string };

export const confirmationCodeSchema = z.object({
  code: z
    .string()
    .trim()
    .transform((value) => value.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, { error: 'errors.codeFormat' })),
});
