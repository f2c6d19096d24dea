import { redirect } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { ConfirmationCodeForm } from '@/components/profile/confirmation-code-form';
import { requireSession, signInPath } from '@/lib/auth/guards';
import { pickMessages } from '@/lib/i18n/client-messages';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { confirmEmail, resendConfirmationCode } from '@/lib/registration/actions';
import { pendingConfirmation } from '@/lib/registration/email-confirmation';
import { sameOriginPath } from '@/lib/security/same-origin-path';

export const generateMetadata = metadataFrom('ConfirmEmailPage');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ returnTo?: string; resent?: string; resendLimited?: string }> };

/** The e-mail address is confirmed with the code sent to it (ID4); a new code on request. */
export default async function ConfirmEmailPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const returnTo = sameOriginPath(query.returnTo, `/${locale}`);
  const session = await requireSession();
  if (!session.strong) redirect(signInPath(locale, returnTo, 'weak'));
  const pending = await pendingConfirmation(session.personId);
  const t = await getTranslations('ConfirmEmailPage');

  return (
    <PageMain>
      <PageTitle>{t('title')}</PageTitle>
      {query.resent && <p role="status" className="mb-6 border-l-8 border-ok bg-ok-light p-4">{t('resent')}</p>}
      {query.resendLimited && <p role="status" className="mb-6 border-l-8 border-notice bg-notice-light p-4">{t('resendLimited')}</p>}
      <p className="max-w-prose text-lg">{pending ? t('lead', { email: pending.email }) : t('noPending')}</p>
      <div className="mt-8">
        <NextIntlClientProvider messages={await pickMessages(['ConfirmEmailPage'])}>
          <ConfirmationCodeForm action={confirmEmail} returnTo={returnTo} />
        </NextIntlClientProvider>
      </div>
      <form action={resendConfirmationCode} className="mt-8 max-w-prose">
        <input type="hidden" name="returnTo" value={returnTo} />
        <p>{t('notReceived')}</p>
        <button type="submit" className="mt-2 font-bold text-bus underline">{t('resend')}</button>
      </form>
      <p className="mt-4 max-w-prose">
        <a href={`/${locale}/registration?${new URLSearchParams({ returnTo })}`} className="text-bus underline">{t('changeAddress')}</a>
      </p>
    </PageMain>
  );
}
