import { NextIntlClientProvider } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { pickMessages } from '@/lib/i18n/client-messages';
import { saveOrganisationNotificationsAction } from '@/lib/organisation-notifications/actions';
import type { OrganisationNotifications } from '@/lib/organisation-notifications/queries';
import type { RecipientChoice } from '@/lib/organisation-notifications/schema';
import { OrganisationNotificationsForm, SavedMessage } from './organisation-notifications-form';

const languageNames = { fi: 'Suomi', sv: 'Svenska', en: 'English' } as const;

/**
 * "Notifications of <organisation>" on My profile, shown only while the person acts for the
 * organisation: where its folder notifications go now, and the form to change that. The only
 * address a person can give is their own confirmed one, so without one they are sent to add it.
 * After a save the page opens here (the address ends in #organisation-notifications), with the
 * message that it was saved right under the heading.
 */
export async function OrganisationNotificationsSection({ settings, saved }: { settings: OrganisationNotifications; saved: boolean }) {
  const t = await getTranslations('OrganisationNotifications');
  const { organisation, address, addressReaches, language, ownConfirmedEmail, ownPendingEmail } = settings;
  const isOwn = Boolean(address && ownConfirmedEmail && address.toLowerCase() === ownConfirmedEmail.toLowerCase());
  const otherAddress = address && !isOwn ? address : null;
  const recipient: RecipientChoice = isOwn ? 'own' : otherAddress ? 'keep' : 'none';
  // With no address of their own to give and none to keep, there is nothing to choose yet.
  const canChoose = Boolean(ownConfirmedEmail || otherAddress);
  const savedMessage = saved ? t('saved', { organisation: organisation.name }) : undefined;

  const current = (
    <>
      <p className="mt-2 max-w-prose">{t('lead', { organisation: organisation.name })}</p>
      <dl className="mt-2">
        <div className="grid gap-1 border-b border-gray-20 py-3 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">{t('address')}</dt>
          <dd className="min-w-0 break-words">
            {address ?? t('noAddress')}
            {address && !addressReaches && <p className="mt-1 border-l-8 border-notice bg-notice-light p-2 text-sm">{t('notReaching')}</p>}
          </dd>
        </div>
        <div className="grid gap-1 border-b border-gray-20 py-3 sm:grid-cols-[14rem_1fr]">
          <dt className="font-bold">{t('language')}</dt>
          <dd lang={language}>{languageNames[language]}</dd>
        </div>
      </dl>
      {!ownConfirmedEmail && (
        <div className="mt-6 max-w-prose border-l-8 border-coat bg-coat-light p-4">
          <p>{t('noConfirmedEmail')}</p>
          {ownPendingEmail && <p className="mt-2 break-words">{t('pendingEmail', { email: ownPendingEmail })}</p>}
          <p className="mt-2">
            <Link href="/profile/edit" className="font-bold text-bus underline">{t('editContactDetails')}</Link>
          </p>
        </div>
      )}
    </>
  );

  return (
    <section id="organisation-notifications" aria-labelledby="organisation-notifications-heading" className="mt-8">
      <h2 id="organisation-notifications-heading" className="text-xl font-bold break-words">{t('heading', { organisation: organisation.name })}</h2>
      {canChoose ? (
        <NextIntlClientProvider messages={await pickMessages(['OrganisationNotifications'])}>
          <OrganisationNotificationsForm
            action={saveOrganisationNotificationsAction}
            organisationId={organisation.id}
            ownConfirmedEmail={ownConfirmedEmail}
            otherAddress={otherAddress}
            initial={{ recipient, language }}
            savedMessage={savedMessage}
          >
            {current}
          </OrganisationNotificationsForm>
        </NextIntlClientProvider>
      ) : (
        <>
          {savedMessage && <SavedMessage text={savedMessage} />}
          {current}
        </>
      )}
    </section>
  );
}
