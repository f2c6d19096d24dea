import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { PageMain, PageTitle } from '@/components/layout/page-main';
import { attachmentAcceptAttribute, describeAttachmentTypes, DEFAULT_MAX_ATTACHMENT_BYTES, limitInMegabytes } from '@/lib/attachments/allowed-types';
import { requireResident } from '@/lib/auth/guards';
import { getDb } from '@/db';
import { allFields, inputId } from '@/lib/forms/definition';
import { ownerOf } from '@/lib/forms/owner';
import { pickMessages } from '@/lib/i18n/client-messages';
import { localized } from '@/lib/i18n/localized';
import { Link } from '@/lib/i18n/navigation';
import { asksForFiles, complementForm } from '@/lib/matters/complement';
import { COMPLEMENT_FORM, readFlash } from '@/lib/matters/flash';
import { findOwnItem, MAX_FILES_PER_POST, openInformationRequest, type PostProblem } from '@/lib/matters/resident';
import { ComplementFields } from '../../_components/complement-fields';
import { formatItemNumber, parseItemNumber } from '@/lib/matters/item-number';
import { shownDate } from '@/lib/time/shown-date';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; itemNumber: string }>; searchParams: Promise<{ flash?: string; sent?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Complement' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * Complement (FOL6): while an official's request for more information is open on one of the
 * resident's items, its message and exactly the fields it asked for, filled with what was
 * sent, and an upload when files were asked. Only for the item's owner; without an open request
 * (answered already, or never asked) the page is not found, except to thank right after sending.
 */
export default async function ComplementPage({ params, searchParams }: Props) {
  const { locale, itemNumber } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const session = await requireResident();
  const owner = ownerOf(session);
  const number = parseItemNumber(itemNumber);
  if (number === null) notFound();
  const t = await getTranslations('Complement');

  const open = await openInformationRequest(owner, number);
  if (!open) {
    const item = query.sent === '1' ? await findOwnItem(await getDb(), owner, number) : null;
    if (!item) notFound();
    return (
      <PageMain>
        <PageTitle>{t('title', { form: localized(item.title, locale) })}</PageTitle>
        <div role="status" className="mb-8 max-w-prose border-l-8 border-ok bg-ok-light p-4 text-lg">
          <h2 className="font-bold">{t('sentHeading')}</h2>
          <p className="mt-2">{t('sentText', { number: formatItemNumber(item.itemNumber) })}</p>
        </div>
        <Link href="/folder" className="font-bold text-bus underline">{t('toFolder')}</Link>
      </PageMain>
    );
  }

  const { item, request } = open;
  const form = complementForm(item.definition, request.fieldNames);
  const wantsFiles = asksForFiles(item.definition, request);
  const flash = readFlash(await cookies(), COMPLEMENT_FORM, query.flash);
  const tAll = await getTranslations();
  const prefix = (await getTranslations('FormWizard'))('errorPrefix');
  const say = (problem: PostProblem) => tAll(problem.key as never, problem.values as never);

  const fieldErrors = Object.fromEntries(Object.entries(flash?.problems ?? {}).filter(([path]) => !path.startsWith('_')).map(([path, problems]) => [path, problems[0]!.key]));
  const fileErrors = flash?.problems._files?.map(say) ?? [];
  const formErrors = flash?.problems._form?.map((problem) => (problem.key === 'Complement.postTooLarge' ? t('postTooLarge', { max: MAX_FILES_PER_POST }) : say(problem))) ?? [];
  const labelOf = (path: string) => {
    const [name, index, child] = path.split('.');
    const field = allFields(form).find((entry) => entry.name === name);
    if (!field) return '';
    if (field.type === 'group' && child) {
      const childField = field.fields.find((entry) => entry.name === child);
      return `${localized(field.itemLabel, locale)} ${Number(index) + 1}: ${childField ? localized(childField.label, locale) : ''}`;
    }
    return localized(field.label, locale);
  };
  const problems = [
    ...Object.entries(fieldErrors).map(([path, key]) => {
      const label = labelOf(path);
      return { fieldId: inputId(path), message: `${label}${/[?:!]$/.test(label) ? '' : ':'} ${tAll(key as never)}` };
    }),
    ...fileErrors.map((message, index) => ({ fieldId: `complement-files-${index}`, message, href: '#complement-files' })),
  ];
  const values = flash && Object.keys(flash.values).length > 0 ? { ...item.answers, ...flash.values } : item.answers;
  const padded = formatItemNumber(item.itemNumber);

  return (
    <PageMain>
      <p className="mb-4">
        <Link href="/folder" className="font-bold text-bus underline">{t('toFolder')}</Link>
      </p>
      <PageTitle>{t('title', { form: localized(item.title, locale) })}</PageTitle>
      <p className="mb-8 max-w-prose text-lg">{t('lead', { number: padded })}</p>

      <section aria-labelledby="request-heading" className="mb-8 max-w-3xl border-l-8 border-coat bg-gray-5 p-4">
        <h2 id="request-heading" className="text-xl font-bold">{t('requestHeading')}</h2>
        <p className="text-sm text-gray-80">
          {t('requestFrom', {
            division: request.division ? localized(request.division, locale) : tAll('ItemMessages.fromCity'),
            time: shownDate(request.createdAt, locale, 'dateTime'),
          })}
        </p>
        <p className="mt-2 whitespace-pre-wrap break-words">{request.message}</p>
      </section>

      <div id="complement" className="max-w-3xl">
        {flash && (problems.length > 0 || formErrors.length > 0) && (
          <ErrorSummary heading={t('errorHeading')} problems={problems} formError={[...formErrors, t('keptNote')].join(' ')} attempt={0} />
        )}
        <form method="post" action={`/${locale}/folder/${item.itemNumber}/complement/send`} encType="multipart/form-data" className="flex flex-col gap-8">
          <input type="hidden" name="requestId" value={request.id} />
          {form.pages.length > 0 && (
            <section aria-labelledby="fields-heading" className="flex flex-col gap-4">
              <h2 id="fields-heading" className="text-xl font-bold">{t('fieldsHeading')}</h2>
              <p>{t('fieldsLead')}</p>
              <NextIntlClientProvider messages={await pickMessages(['FormWizard', 'FormErrors', 'Attachments'])}>
                <ComplementFields form={form} values={values} errors={fieldErrors} locale={locale} />
              </NextIntlClientProvider>
            </section>
          )}
          {wantsFiles && (
            <section aria-labelledby="files-heading" className={`flex flex-col gap-1 ${fileErrors.length ? 'border-l-4 border-danger pl-3' : ''}`}>
              <h2 id="files-heading" className="mb-2 text-xl font-bold">{t('filesHeading')}</h2>
              <label htmlFor="complement-files" className="font-bold">{t('filesLabel')}</label>
              <p id="complement-files-hint" className="text-sm text-gray-80">
                {tAll('Attachments.hint', { types: describeAttachmentTypes(), limit: limitInMegabytes(DEFAULT_MAX_ATTACHMENT_BYTES) })} {t('filesHint', { max: MAX_FILES_PER_POST })}
              </p>
              {fileErrors.map((message, index) => (
                <FieldError key={index} id={`complement-files-error-${index}`} prefix={prefix} message={message} />
              ))}
              <input
                id="complement-files"
                name="files"
                type="file"
                multiple
                accept={attachmentAcceptAttribute()}
                aria-describedby={['complement-files-hint', ...fileErrors.map((_, index) => `complement-files-error-${index}`)].join(' ')}
                aria-invalid={fileErrors.length ? true : undefined}
                className="max-w-full text-sm"
              />
            </section>
          )}
          <div>
            <button type="submit" className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">{t('send')}</button>
          </div>
        </form>
      </div>
    </PageMain>
  );
}
