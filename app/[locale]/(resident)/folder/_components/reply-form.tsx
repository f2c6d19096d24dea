import { getTranslations } from 'next-intl/server';
import { ErrorSummary, FieldError } from '@/components/forms/error-summary';
import { attachmentAcceptAttribute, describeAttachmentTypes, DEFAULT_MAX_ATTACHMENT_BYTES, limitInMegabytes } from '@/lib/attachments/allowed-types';
import type { Flash } from '@/lib/matters/flash';
import { MAX_FILES_PER_POST, REPLY_MAX_LENGTH, type PostProblem } from '@/lib/matters/resident';

// The forms' input look (components/forms/error-summary.tsx keeps it in a client module, which a server component cannot read).
const textareaClass = 'w-full max-w-2xl border-2 border-gray-60 bg-white px-3 py-2 text-gray-90 aria-invalid:border-4 aria-invalid:border-danger';

type Props = {
  locale: string;
  itemNumber: number;
  /** The page the post returns to (this page with the item open); a folder page of this language. */
  returnTo: string;
  /** What the last refused post left (lib/matters/flash.ts `readFlash(…, REPLY_FORM, searchParams.flash)`). */
  flash: Flash | null;
  /**
   * The heading's level where the form stands: under the messages page's h2 (3, the default), or
   * in the folder under an item's h3 and its Messages h4 (5).
   */
  headingLevel?: 3 | 5;
};

/**
 * The resident's reply on an item whose conversation the city has started (MSG2): text and up
 * to four files in one plain multipart post to the item's reply route, so it works without
 * JavaScript. After a refusal the page shows what was wrong at the top and beside each input,
 * and the typed text again; chosen files must be chosen again (no browser keeps them).
 */
export async function ReplyForm({ locale, itemNumber, returnTo, flash, headingLevel = 3 }: Props) {
  const Heading = headingLevel === 5 ? 'h5' : 'h3';
  const t = await getTranslations('ItemMessages');
  const tAll = await getTranslations();
  const prefix = (await getTranslations('FormWizard'))('errorPrefix');
  const say = (problem: PostProblem) => tAll(problem.key as never, problem.values as never);
  const bodyError = flash?.problems.body?.map(say).join(' ');
  const fileErrors = flash?.problems.files?.map(say) ?? [];
  const formErrors = flash?.problems._form?.map((problem) => (problem.key === 'ItemMessages.postTooLarge' ? t('postTooLarge', { max: MAX_FILES_PER_POST }) : say(problem))) ?? [];
  const problems = [
    ...(bodyError ? [{ fieldId: 'reply-body', message: bodyError }] : []),
    ...fileErrors.map((message, index) => ({ fieldId: index === 0 ? 'reply-files' : `reply-files-${index}`, message, href: '#reply-files' })),
  ];
  const typed = typeof flash?.values.body === 'string' ? flash.values.body : '';
  const describedBy = ['reply-body-hint', bodyError ? 'reply-body-error' : null].filter(Boolean).join(' ');

  return (
    <section aria-labelledby="reply-heading" id="reply" className="mt-8 max-w-3xl">
      <Heading id="reply-heading" className="text-xl font-bold">{t('replyHeading')}</Heading>
      {flash && (problems.length > 0 || formErrors.length > 0) && (
        <div className="mt-4">
          <ErrorSummary heading={t('errorHeading')} problems={problems} formError={[...formErrors, typed ? t('keptNote') : ''].filter(Boolean).join(' ')} attempt={0} />
        </div>
      )}
      <form method="post" action={`/${locale}/folder/${itemNumber}/messages/reply`} encType="multipart/form-data" className="mt-4 flex flex-col gap-6">
        <input type="hidden" name="returnTo" value={returnTo} />
        <div className={`flex flex-col gap-1 ${bodyError ? 'border-l-4 border-danger pl-3' : ''}`}>
          <label htmlFor="reply-body" className="font-bold">{t('bodyLabel')}</label>
          <p id="reply-body-hint" className="text-sm text-gray-80">{t('bodyHint', { max: REPLY_MAX_LENGTH })}</p>
          <FieldError id="reply-body-error" prefix={prefix} message={bodyError} />
          <textarea
            id="reply-body"
            name="body"
            rows={6}
            maxLength={REPLY_MAX_LENGTH}
            defaultValue={typed}
            aria-describedby={describedBy}
            aria-invalid={bodyError ? true : undefined}
            className={textareaClass}
          />
        </div>
        <div className={`flex flex-col gap-1 ${fileErrors.length ? 'border-l-4 border-danger pl-3' : ''}`}>
          <label htmlFor="reply-files" className="font-bold">{t('filesLabel')}</label>
          <p id="reply-files-hint" className="text-sm text-gray-80">
            {tAll('Attachments.hint', { types: describeAttachmentTypes(), limit: limitInMegabytes(DEFAULT_MAX_ATTACHMENT_BYTES) })} {t('filesHint', { max: MAX_FILES_PER_POST })}
          </p>
          {fileErrors.map((message, index) => (
            <FieldError key={index} id={index === 0 ? 'reply-files-error' : `reply-files-error-${index}`} prefix={prefix} message={message} />
          ))}
          <input
            id="reply-files"
            name="files"
            type="file"
            multiple
            accept={attachmentAcceptAttribute()}
            aria-describedby={['reply-files-hint', ...fileErrors.map((_, index) => (index === 0 ? 'reply-files-error' : `reply-files-error-${index}`))].join(' ')}
            aria-invalid={fileErrors.length ? true : undefined}
            className="max-w-full text-sm"
          />
        </div>
        <div>
          <button type="submit" className="bg-bus px-6 py-3 font-bold text-white hover:bg-bus-dark">{t('send')}</button>
        </div>
      </form>
    </section>
  );
}
