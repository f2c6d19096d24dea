import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getTranslations } from 'next-intl/server';
import { SummaryView } from '@/components/forms/wizard/summary-view';
import type { FormDefinition } from '@/lib/forms/definition';
import { pickMessages } from '@/lib/i18n/client-messages';
import { localized } from '@/lib/i18n/localized';
import type { CityItem } from '@/lib/matters/city-queries';
import { FileList } from './file-list';
import { shownDate } from '@/lib/time/shown-date';

/* The parts of an item page that tell what has happened to it: requests, complements, messages, history. */

/** Message keys are camelCase; the actor column says "case_system". */
const authorKey = (actor: string) => (actor === 'case_system' ? 'caseSystem' : actor);

async function formatters() {
  const locale = await getLocale();
  return (date: Date) => shownDate(date, locale, 'dateTime');
}

/** The form with only the named fields, for showing a complement's answers as the application is shown. */
function onlyFields(definition: FormDefinition, names: string[]): FormDefinition {
  return {
    ...definition,
    pages: definition.pages.map((page) => ({ ...page, fields: page.fields.filter((field) => names.includes(field.name)) })).filter((page) => page.fields.length > 0),
  };
}

/** What the city has asked the applicant to add, and whether they have answered. */
export async function ItemRequests({ item, locale }: { item: CityItem; locale: string }) {
  if (item.informationRequests.length === 0) return null;
  const t = await getTranslations('Matters');
  const when = await formatters();
  // A decided or cancelled matter takes no complement any more (lib/matters/resident.ts).
  const final = item.status === 'decided' || item.status === 'cancelled';
  const labels = new Map(item.definition.pages.flatMap((page) => page.fields).map((field) => [field.name, localized(field.label, locale)]));
  return (
    <section aria-labelledby="requests-heading">
      <h2 id="requests-heading" className="mb-3 text-2xl font-bold">{t('requests')}</h2>
      <ul className="flex flex-col gap-4">
        {item.informationRequests.map((request) => (
          <li key={request.id} className="border-l-8 border-notice bg-notice-light p-4">
            <p className="font-bold">{t('requestAsked', { at: when(request.createdAt) })}</p>
            {request.fieldNames.length > 0 && <p className="mt-1">{t('requestFieldsList', { fields: request.fieldNames.map((name) => labels.get(name) ?? name).join(', ') })}</p>}
            {request.attachmentsRequested && <p className="mt-1">{t('requestAttachmentsAsked')}</p>}
            <p className="mt-2 break-words whitespace-pre-line">{request.message}</p>
            <p className="mt-2 text-sm">{request.answeredAt ? t('requestAnswered', { at: when(request.answeredAt) }) : final ? t('requestClosed') : t('requestWaiting')}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The applicant's complements: the answers they gave again, and the files they added. */
export async function ItemComplements({ item, locale, fileHref }: { item: CityItem; locale: string; fileHref: (id: string) => string }) {
  if (item.complements.length === 0) return null;
  const t = await getTranslations('Matters');
  const when = await formatters();
  const messages = await pickMessages(['FormWizard', 'FormErrors']);
  return (
    <section aria-labelledby="complements-heading">
      <h2 id="complements-heading" className="mb-3 text-2xl font-bold">{t('complements')}</h2>
      <ul className="flex flex-col gap-6">
        {item.complements.map((complement) => {
          const files = item.files.filter((file) => file.complementId === complement.id);
          return (
            <li key={complement.id} className="border-2 border-gray-20 p-4">
              <p className="mb-3 font-bold">{t('complementSent', { at: when(complement.sentAt) })}</p>
              <NextIntlClientProvider messages={messages}>
                <SummaryView definition={onlyFields(item.definition, Object.keys(complement.answers))} answers={complement.answers} errors={{}} files={item.attachments} locale={locale} />
              </NextIntlClientProvider>
              {files.length > 0 && (
                <div className="mt-3">
                  <FileList files={files.map((file) => ({ ...file, href: fileHref(file.id) }))} empty="" />
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The conversation on the item (MSG1–MSG2), oldest first, with each message's files. */
export async function ItemMessages({ item, fileHref }: { item: CityItem; fileHref: (id: string) => string }) {
  const t = await getTranslations('Matters');
  const when = await formatters();
  return (
    <section aria-labelledby="messages-heading">
      <h2 id="messages-heading" className="mb-3 text-2xl font-bold">{t('messages')}</h2>
      {item.messages.length === 0 ? (
        <p>{t('noMessages')}</p>
      ) : (
        <ol className="flex flex-col gap-4">
          {item.messages.map((message) => {
            const files = item.files.filter((file) => file.messageId === message.id);
            const fromCity = message.author !== 'resident';
            return (
              <li key={message.id} className={`border-l-8 p-4 ${fromCity ? 'border-coat bg-info-light' : 'border-gray-60 bg-gray-5'}`}>
                <p className="text-sm font-bold">
                  {t(`author.${authorKey(message.author)}`)} · {when(message.createdAt)}
                </p>
                <p className="mt-2 break-words whitespace-pre-line">{message.body}</p>
                {files.length > 0 && (
                  <div className="mt-3">
                    <FileList files={files.map((file) => ({ ...file, href: fileHref(file.id) }))} empty="" />
                  </div>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** Every event of the item, oldest first: statuses, messages, decisions, complements. */
export async function ItemHistory({ item }: { item: CityItem }) {
  const t = await getTranslations('Matters');
  const tStatus = await getTranslations('Statuses');
  const when = await formatters();
  const fileName = (id: string | null) => item.files.find((file) => file.id === id)?.fileName ?? '';
  const describe = (event: CityItem['events'][number]) => {
    if (event.type === 'status' && event.status) return t('events.status', { status: tStatus(`${event.status}.name`) });
    if (event.type === 'decision') return t('events.decision', { name: fileName(event.fileId) });
    if (event.type === 'complement') return t('events.complement');
    return t('events.message');
  };
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading" className="mb-3 text-2xl font-bold">{t('history')}</h2>
      <ol className="flex flex-col">
        {item.events.map((event) => (
          <li key={event.id} className="grid gap-1 border-b border-gray-20 py-2 sm:grid-cols-[10rem_1fr]">
            <span className="text-sm text-gray-80">{when(event.at)}</span>
            <span>
              {describe(event)} <span className="text-sm text-gray-80">({t(`author.${authorKey(event.actor)}`)})</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
