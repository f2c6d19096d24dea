import { getTranslations } from 'next-intl/server';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { inputClass } from '@/components/forms/input-class';
import { attachmentAcceptAttribute } from '@/lib/attachments/allowed-types';
import { CITY_MESSAGE_FORM, type Flash } from '@/lib/matters/flash';
import { MESSAGE_MAX_LENGTH } from '@/lib/matters/handling';
import { MAX_FILES_PER_POST, type PostProblem } from '@/lib/matters/resident';

const wideInput = inputClass.replace('max-w-md', 'max-w-none');
const fileInput = 'block w-full max-w-full text-sm file:mr-3 file:border-2 file:border-bus file:bg-white file:px-3 file:py-2 file:font-bold file:text-bus';

type Props = {
  locale: string;
  itemNumber: number;
  /** Whether the city has written on the item already (the heading says "write" rather than "start"). */
  started: boolean;
  /** What the last refused post left (lib/matters/flash.ts `readFlash(…, CITY_MESSAGE_FORM, searchParams.flash)`). */
  flash: Flash | null;
};

/**
 * Write to the applicant: start or continue the conversation, with up to as many files as a
 * resident's reply may carry. One plain multipart post to the item's messages route (a server
 * action takes too small a body for several files), so it works without JavaScript. After a
 * refusal the page shows every problem at the top of the form and beside its input, each refused
 * file by its name, and the typed message again; files must be chosen again (no browser keeps them).
 */
export async function MessageForm({ locale, itemNumber, started, flash }: Props) {
  const t = await getTranslations('Matters');
  const tAll = await getTranslations();
  const say = (problem: PostProblem) => tAll(problem.key as never, problem.values as never);
  const id = (field: string) => `${CITY_MESSAGE_FORM}-${field}`;
  const messageErrors = flash?.problems.message?.map(say) ?? [];
  const fileErrors = flash?.problems.files?.map(say) ?? [];
  const formErrors = flash?.problems._form?.map(say) ?? [];
  const fileErrorId = (index: number) => (index === 0 ? `${id('files')}-error` : `${id('files')}-error-${index}`);
  const typed = typeof flash?.values.message === 'string' ? flash.values.message : '';
  const problems = [
    ...messageErrors.map((message) => ({ fieldId: id('message'), message })),
    ...fileErrors.map((message, index) => ({ fieldId: index === 0 ? id('files') : `${id('files')}-${index}`, message, href: `#${id('files')}` })),
  ];
  const messageDescribedBy = messageErrors.length ? `${id('message')}-error` : undefined;
  const filesDescribedBy = [`${id('files')}-hint`, ...fileErrors.map((_, index) => fileErrorId(index))].join(' ');

  return (
    <section id={CITY_MESSAGE_FORM} aria-labelledby={id('heading')} className="scroll-mt-4 border-2 border-gray-20 p-4">
      <h3 id={id('heading')} className="mb-3 text-lg font-bold">{started ? t('actions.messageContinueTitle') : t('actions.messageStartTitle')}</h3>
      {flash && (problems.length > 0 || formErrors.length > 0) && (
        <ErrorSummary
          heading={t('errorSummaryHeading')}
          problems={problems}
          formError={[...formErrors, typed && fileErrors.length ? t('actions.messageKept') : ''].filter(Boolean).join(' ') || undefined}
          attempt={0}
        />
      )}
      <form method="post" action={`/${locale}/matters/${itemNumber}/messages`} encType="multipart/form-data" noValidate className="flex flex-col gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={id('message')} className="font-bold">{t('actions.messageBody')}</label>
          <FieldError id={`${id('message')}-error`} prefix={t('errorPrefix')} message={messageErrors.join(' ') || undefined} />
          <textarea
            id={id('message')}
            name="message"
            rows={5}
            maxLength={MESSAGE_MAX_LENGTH}
            defaultValue={typed}
            aria-invalid={messageErrors.length ? true : undefined}
            aria-describedby={messageDescribedBy}
            className={wideInput}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={id('files')} className="font-bold">{t('actions.messageFiles')}</label>
          <p id={`${id('files')}-hint`} className="text-sm text-gray-80">
            {t('actions.fileHint')} {t('actions.messageFilesHint', { max: MAX_FILES_PER_POST })}
          </p>
          {fileErrors.map((message, index) => (
            <FieldError key={index} id={fileErrorId(index)} prefix={t('errorPrefix')} message={message} />
          ))}
          <input
            id={id('files')}
            name="files"
            type="file"
            multiple
            accept={attachmentAcceptAttribute()}
            aria-invalid={fileErrors.length ? true : undefined}
            aria-describedby={filesDescribedBy}
            className={fileInput}
          />
        </div>
        <button type="submit" className="self-start bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">{t('actions.messageSubmit')}</button>
      </form>
    </section>
  );
}
