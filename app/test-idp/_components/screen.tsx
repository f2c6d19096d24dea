import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { env } from '@/lib/env';
import type { ErrorPageReason } from '@/lib/test-idp/authorization-request';
import { testIdpConfig } from '@/lib/test-idp/config';
import { readTicket, unverifiedTicketLocale, type TestIdpLocale, type VerifiedTicket } from '@/lib/test-idp/ticket';
import { TestIdpShell } from './shell';
import { secondaryButton } from './ui';

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

type Opened =
  | { ok: true; token: string; ticket: VerifiedTicket; locale: TestIdpLocale; error: string | undefined }
  | { ok: false; locale: TestIdpLocale };

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Every screen starts here: 404 while the service is off, the pending request otherwise. */
export async function openScreen(searchParams: SearchParams): Promise<Opened> {
  if (!testIdpConfig.isEnabled()) notFound();
  const params = await searchParams;
  const token = single(params.t) ?? '';
  const ticket = await readTicket(token);
  if (!ticket) return { ok: false, locale: unverifiedTicketLocale(token) };
  return { ok: true, token, ticket, locale: ticket.locale, error: single(params.error) };
}

/** The minutes a locked user id or card waits, from the address: a whole number the lock can last. */
export async function lockedMinutes(searchParams: SearchParams): Promise<number> {
  const minutes = Number(single((await searchParams).minutes));
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= 15 ? minutes : 15;
}

/** Shown instead of a screen when the request cannot go on; it never sends anyone to a client. */
export async function ErrorScreen({ reason, locale }: { reason: ErrorPageReason; locale: TestIdpLocale }) {
  const t = await getTranslations({ locale, namespace: 'TestIdp.error' });
  return (
    <TestIdpShell locale={locale} title={t('title')}>
      <p className="mt-4">{t(reason)}</p>
      <p className="mt-6">
        <a href={`${env.PUBLIC_URL.replace(/\/$/, '')}/${locale}`} className={secondaryButton}>{t('toPortal')}</a>
      </p>
    </TestIdpShell>
  );
}
