'use client';

import { useActionState, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { ErrorSummary } from '@/components/forms/error-summary';
import { useBrowserCheck } from '@/components/forms/use-browser-check';
import { DEFAULT_MAX_ATTACHMENT_BYTES, limitInMegabytes } from '@/lib/attachments/allowed-types';
import { localized } from '@/lib/i18n/localized';
import { inputId, isVisible, pageOfField, type Answers, type FormDefinition, type GroupItem } from '@/lib/forms/definition';
import { readPageAnswers } from '@/lib/forms/form-data';
import type { FieldErrors } from '@/lib/forms/schema';
import { stepHref, idleWizardState, type WizardState } from '@/lib/forms/wizard-state';
import { applyToForm, forgetBrowserCopy, keepInBrowser, readBrowserCopy, sweepOldBrowserCopies } from './browser-copy';
import { FieldInput, type UploadProgress } from './field-input';
import { pageSchema } from './page-check';
import { postAttachment } from './post-attachment';
import { SummaryView } from './summary-view';
import { postAutosave } from './post-autosave';
import { useAutosave } from './use-autosave';

type Props = {
  definition: FormDefinition;
  locale: string;
  /** 0-based; the number of pages means the summary. */
  pageIndex: number;
  draftId: string | null;
  version: number | null;
  visitedPages: number;
  /** The draft's answers (or the prefilled ones of a new form). */
  answers: Answers;
  /** Problems to show at once: a link from the summary's error list ("check"). */
  initialErrors: FieldErrors;
  ownerKey: string;
  signInHref: string;
  returnToSummary: boolean;
  notice?: 'saved' | 'separate';
  /** The draft's attached files. */
  files: { id: string; fieldName: string; fileName: string; size: number }[];
  action: (previous: WizardState, formData: FormData) => Promise<WizardState>;
};

const buttonClass = 'px-6 py-3 font-bold disabled:opacity-60';
const primary = `${buttonClass} bg-bus text-white hover:bg-bus-dark`;
const secondary = `${buttonClass} border-2 border-bus bg-white text-bus hover:bg-gray-5`;

/**
 * The form wizard (FRM1, FRM3, FRM5): numbered steps, one page of questions at a time, the
 * summary, Save as draft and Send. Every button is a plain post to the server action, so it all
 * works without JavaScript; with it, react-hook-form checks a page before Next with the same
 * schema as the server action (`page-check.ts`), and the draft saves itself.
 */
export function WizardForm(props: Props) {
  const { definition, locale, pageIndex, visitedPages, ownerKey, signInHref, returnToSummary, action } = props;
  const t = useTranslations('FormWizard');
  const messages = useTranslations();
  const format = useFormatter();
  const [state, formAction, pending] = useActionState(action, idleWizardState);
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const pages = definition.pages;
  const onSummary = pageIndex >= pages.length;
  const page = pages[pageIndex];
  const slug = definition.slug;

  // The newest of: the page's draft, what the last post answered, what the last autosave answered.
  const [savedIds, setSavedIds] = useState<{ draftId: string; version: number; attempt: number } | null>(null);
  const ids =
    savedIds && savedIds.attempt >= state.attempt
      ? savedIds
      : state.draftId
        ? { draftId: state.draftId, version: state.version ?? null }
        : (savedIds ?? { draftId: props.draftId, version: props.version });
  const [clientErrors, setClientErrors] = useState<{ errors: FieldErrors; values?: WizardState['errorValues']; attempt: number } | null>(null);
  const [restored, setRestored] = useState(false);
  const values: Answers = useMemo(() => ({ ...props.answers, ...(state.values ?? {}) }), [props.answers, state.values]);
  const [live, setLive] = useState<Answers>(values);

  // Files attached on this page with JavaScript since the server last drew it: a new drawing lists them itself.
  const [attached, setAttached] = useState<{ base: Props['files']; files: Props['files'] }>({ base: props.files, files: [] });
  const files = attached.base === props.files ? [...props.files, ...attached.files.filter((file) => !props.files.some((entry) => entry.id === file.id))] : props.files;
  const [upload, setUpload] = useState<UploadProgress | null>(null);
  // What the attachment field's live region says: that an upload started, and that it ended well.
  const [announcement, setAnnouncement] = useState<{ field: string; text: string } | null>(null);
  const [uploadStop, setUploadStop] = useState<'conflict' | 'expired' | null>(null);
  const [focusFile, setFocusFile] = useState<{ field: string; id: string } | null>(null);

  const read = useCallback((): Answers => (formRef.current && page ? readPageAnswers(page, new FormData(formRef.current)) : {}), [page]);
  // The page's check before Next. Its errors stay until the person types again or posts the page.
  const schema = useMemo(() => pageSchema(definition, pageIndex), [definition, pageIndex]);
  const readPage = useCallback((formData: FormData): Answers => ({ ...values, ...(page ? readPageAnswers(page, formData) : {}) }), [values, page]);
  const pageCheck = useBrowserCheck(schema, readPage);
  const checkErrors = pageCheck.errors;
  const checkFailed = pageCheck.failed;
  const saver = useAutosave({
    slug,
    page: pageIndex,
    draftId: ids.draftId,
    version: ids.version,
    read,
    save: postAutosave,
    onSaved: (draftId, version) => {
      setSavedIds({ draftId, version, attempt: state.attempt });
      // Saved: neither this draft's copy nor, had the form no draft yet, this tab's is needed.
      forgetBrowserCopy(slug, ownerKey, draftId);
      forgetBrowserCopy(slug, ownerKey, null);
    },
    onExpired: (answers) => keepInBrowser(slug, ownerKey, { draftId: ids.draftId, version: ids.version, page: pageIndex, answers }),
  });

  // Edits kept in the browser when the session ended come back once the person is signed in again.
  useEffect(() => {
    sweepOldBrowserCopies();
    // The form is a draft now: what this tab kept before its first save has been saved.
    if (props.draftId) forgetBrowserCopy(slug, ownerKey, null);
    const copy = readBrowserCopy(slug, ownerKey, props.draftId);
    if (!copy) return;
    if (copy.version !== props.version) {
      // Saved since: nothing to bring back.
      forgetBrowserCopy(slug, ownerKey, props.draftId);
      return;
    }
    // The same version's other page keeps it.
    if (!formRef.current || onSummary || copy.page !== pageIndex) return;
    applyToForm(formRef.current, copy.answers);
    // The browser's storage is the outside system this effect reads once.
    setLive((current) => ({ ...current, ...copy.answers }));
    setRestored(true);
    saver.changed();
    void saver.flush();
    // Once, when the page opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const errors = checkFailed ? checkErrors : (clientErrors?.errors ?? (state.status === 'errors' ? state.fieldErrors : state.attempt === 0 ? props.initialErrors : {}));
  const attempt = pageCheck.attempt + (clientErrors?.attempt ?? 0) + state.attempt;
  const problems = Object.entries(errors).map(([path, key]) => {
    const field = path.split('.')[0]!;
    const { label, question } = (() => {
      const found = definition.pages.flatMap((entry) => entry.fields).find((entry) => entry.name === field);
      if (!found) return { label: '', question: undefined };
      if (found.type === 'group' && path.includes('.')) {
        const [, index, child] = path.split('.');
        const childField = found.fields.find((entry) => entry.name === child);
        return { label: `${localized(found.itemLabel, locale)} ${Number(index) + 1}: ${childField ? localized(childField.label, locale) : ''}`, question: childField };
      }
      return { label: localized(found.label, locale), question: found };
    })();
    const values = checkFailed ? undefined : clientErrors ? clientErrors.values?.[path] : state.status === 'errors' ? state.errorValues?.[path] : undefined;
    // A field with a format of its own says what the format is, in the list as beside the field.
    const text = key === 'FormErrors.invalidFormat' && question?.type === 'text' && question.pattern ? localized(question.pattern.message, locale) : messages(key, values);
    // A question that ends in its own mark needs no colon after it.
    const message = `${label}${/[?:!]$/.test(label) ? '' : ':'} ${text}`;
    if (!onSummary) return { fieldId: inputId(path), message };
    // On the summary a problem leads to its field on its own page.
    const step = pageOfField(definition, field) + 1;
    return { fieldId: inputId(path), href: `${stepHref(locale, slug, ids.draftId, step, { check: '1', from: 'summary' })}#${inputId(path)}`, message };
  });

  const onInput = () => {
    setClientErrors(null);
    pageCheck.clear();
    if (!onSummary) {
      setLive((current) => ({ ...current, ...read() }));
      saver.changed();
    }
  };

  // A field that is full once its file is attached no longer has the button that was pressed:
  // the new file's Remove button takes the focus, rather than nothing.
  useEffect(() => {
    if (!focusFile || (document.activeElement && document.activeElement !== document.body)) return;
    const remove = formRef.current?.querySelector<HTMLButtonElement>(`button[name="intent"][value="remove-file:${focusFile.field}:${focusFile.id}"]`);
    remove?.focus();
  }, [focusFile]);

  /**
   * "Attach the file" with JavaScript: the page goes to app/api/forms/attachments as the server
   * action would get it, with XMLHttpRequest so that its progress shows, and the page stays as
   * it is: the file joins the field's list, or its refusal is shown as the server action shows it.
   */
  const uploadFile = async (form: HTMLFormElement, fieldName: string, file: File | undefined) => {
    const name = file?.name ?? '';
    // With no file chosen the post only brings back the message that asks for one.
    setUpload(file ? { field: fieldName, name, percent: 0 } : null);
    setAnnouncement(file ? { field: fieldName, text: t('upload.started', { name }) } : null);
    const raise = (errors: FieldErrors, values?: WizardState['errorValues']) => setClientErrors((current) => ({ errors, values, attempt: (current?.attempt ?? 0) + 1 }));
    try {
      const result = await saver.alone(async ({ draftId, version }) => {
        const body = new FormData(form);
        // Only this field's file travels; a file chosen in another field waits for its own button.
        for (const key of [...body.keys()]) if (key.endsWith('__file') && key !== `${fieldName}__file`) body.delete(key);
        body.set('intent', `upload:${fieldName}`);
        body.set('draftId', draftId ?? '');
        body.set('version', version === null ? '' : String(version));
        const answer = await postAttachment(body, (sent) => {
          const percent = Math.min(100, Math.floor(sent * 100));
          setUpload((current) => (current && current.percent !== percent ? { ...current, percent } : current));
        });
        if (answer.status === 'added') {
          // In the form before anything waiting for this upload goes on: a post of the page (Next
          // pressed meanwhile) must carry the new file with the others, or it would leave it out.
          flushSync(() => setAttached((current) => ({ base: props.files, files: [...(current.base === props.files ? current.files : []), answer.file] })));
        }
        return { result: answer, saved: answer.status === 'added' || answer.status === 'refused' ? { draftId: answer.draftId, version: answer.version } : undefined };
      });
      switch (result.status) {
        case 'added': {
          setClientErrors(null);
          const input = form.elements.namedItem(`${fieldName}__file`);
          if (input instanceof HTMLInputElement) input.value = '';
          setAnnouncement({ field: fieldName, text: t('upload.done', { name: result.file.fileName }) });
          setFocusFile({ field: fieldName, id: result.file.id });
          return;
        }
        case 'refused':
          setAnnouncement(null);
          return raise(result.fieldErrors, result.errorValues);
        case 'invalid':
          setAnnouncement(null);
          return raise(result.fieldErrors);
        case 'conflict':
          setAnnouncement(null);
          return setUploadStop('conflict');
        case 'expired':
          setAnnouncement(null);
          keepInBrowser(slug, ownerKey, { ...saver.latest(), page: pageIndex, answers: read() });
          return setUploadStop('expired');
        case 'sent':
          // Sent meanwhile, from another tab: as after any post of the page.
          router.push(`/${locale}/folder`);
          return;
        default:
          throw new Error(`the upload answered ${result.status}`);
      }
    } catch {
      // The connection broke (or the server failed): the page stays as it is, and says so.
      setAnnouncement(null);
      raise({ [fieldName]: 'Attachments.uploadFailed' }, { [fieldName]: { name } });
    } finally {
      setUpload(null);
    }
  };

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const intent = submitter?.value ?? 'next';
    if (intent.startsWith('upload:') && upload) {
      // One file at a time: the button says so while a file is on its way.
      event.preventDefault();
      return;
    }
    if (!onSummary && saver.saving()) {
      // An autosave is on its way (typing, then Next at once): post when it has landed, with the
      // version it gave, or the post would be refused as coming from a stale tab.
      event.preventDefault();
      saver.settle();
      const form = event.currentTarget;
      void saver.landed().then(() => {
        const { draftId, version } = saver.latest();
        for (const [name, value] of [['draftId', draftId], ['version', version]] as const) {
          const input = form.elements.namedItem(name);
          if (input instanceof HTMLInputElement && value !== null) input.value = String(value);
        }
        form.requestSubmit(submitter ?? undefined);
      });
      return;
    }
    if (!onSummary) {
      saver.settle();
      // Should the session have ended, the post goes to the sign-in: keep the page in the browser first.
      keepInBrowser(slug, ownerKey, { draftId: ids.draftId, version: ids.version, page: pageIndex, answers: read() });
    }
    if (intent.startsWith('upload:') && page) {
      // A file past the field's limit is refused here, before its bytes travel; the server checks again.
      const name = intent.slice('upload:'.length);
      const field = page.fields.find((entry) => entry.name === name);
      const input = formRef.current?.elements.namedItem(`${name}__file`);
      const file = input instanceof HTMLInputElement ? input.files?.[0] : undefined;
      const maxBytes = field?.type === 'attachment' ? (field.maxBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES) : Infinity;
      if (file && file.size > maxBytes) {
        event.preventDefault();
        forgetBrowserCopy(slug, ownerKey, ids.draftId);
        setClientErrors({
          errors: { [name]: 'Attachments.refused.tooLarge' },
          values: { [name]: { name: file.name, limit: limitInMegabytes(maxBytes), types: '', declared: '' } },
          attempt: (clientErrors?.attempt ?? 0) + 1,
        });
        return;
      }
      if (typeof XMLHttpRequest === 'function') {
        event.preventDefault();
        void uploadFile(event.currentTarget, name, file);
      }
      return;
    }
    if (intent !== 'next' || onSummary) return;
    pageCheck.onSubmit(event, () => {
      forgetBrowserCopy(slug, ownerKey, ids.draftId);
      setClientErrors(null);
      // Required fields missing never stop the draft from saving.
      saver.changed();
      void saver.flush();
    });
  };

  const statusText = (() => {
    switch (saver.status.kind) {
      case 'saving':
        return t('autosave.saving');
      case 'saved':
        return t('autosave.saved', { time: format.dateTime(saver.status.at, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Helsinki' }) });
      case 'retrying':
        return t('autosave.retrying');
      case 'invalid':
        return t('autosave.invalid');
      default:
        return '';
    }
  })();
  const conflict = state.status === 'conflict' || saver.status.kind === 'conflict' || uploadStop === 'conflict';
  const expired = saver.status.kind === 'expired' || uploadStop === 'expired';
  const visibleScope = (scope: Answers | GroupItem) => scope as Record<string, string | string[] | GroupItem[] | undefined>;

  return (
    <>
      {(checkFailed || clientErrors || state.status === 'errors' || (state.attempt === 0 && Object.keys(props.initialErrors).length > 0)) && problems.length > 0 && (
        <ErrorSummary heading={t('errorSummaryHeading')} attempt={attempt} problems={problems} formError={state.formError ? messages(state.formError) : undefined} />
      )}
      {props.notice === 'saved' && state.attempt === 0 && <p role="status" className="mb-6 border-l-8 border-ok bg-ok-light p-4">{t('savedAsDraft')}</p>}
      {props.notice === 'separate' && state.attempt === 0 && <p role="status" className="mb-6 border-l-8 border-ok bg-ok-light p-4">{t('separateDraft')}</p>}
      {restored && <p role="status" className="mb-6 border-l-8 border-ok bg-ok-light p-4">{t('restored')}</p>}

      <form ref={formRef} key={state.attempt} action={formAction} onSubmit={onSubmit} onInput={onInput} noValidate className="flex flex-col gap-6">
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="draftId" value={ids.draftId ?? ''} />
        <input type="hidden" name="version" value={ids.version ?? ''} />
        <input type="hidden" name="page" value={pageIndex} />
        {returnToSummary && <input type="hidden" name="returnToSummary" value="1" />}

        <nav aria-label={t('stepsLabel')}>
          <ol className="flex flex-wrap gap-2">
            {[...pages.map((entry) => localized(entry.title, locale)), t('summary')].map((title, index) => {
              const current = index === pageIndex;
              // The summary is always open: it shows what is still missing.
              const reachable = index < visitedPages || index === pages.length;
              const box = `flex h-11 min-w-11 items-center justify-center border-2 px-3 font-bold ${current ? 'border-bus bg-bus text-white' : reachable ? 'border-bus bg-white text-bus underline' : 'border-gray-60 bg-white text-gray-80'}`;
              return (
                <li key={index}>
                  {current || !reachable ? (
                    <span className={box} aria-current={current ? 'step' : undefined}>
                      <span aria-hidden="true">{index + 1}</span>
                      <span className="sr-only">{t('stepSr', { number: index + 1, title })}</span>
                    </span>
                  ) : (
                    <button type="submit" name="intent" value={`goto:${index === pages.length ? 'summary' : index + 1}`} formNoValidate className={box}>
                      <span aria-hidden="true">{index + 1}</span>
                      <span className="sr-only">{t('stepSr', { number: index + 1, title })}</span>
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        </nav>

        <h2 className="text-xl font-bold uppercase" id="step-heading">
          {onSummary ? `${pages.length + 1}/${pages.length + 1} ${t('summary')}` : `${pageIndex + 1}/${pages.length} ${localized(page!.title, locale)}`}
        </h2>

        {conflict && (
          <div role="alert" className="border-4 border-notice bg-notice-light p-4">
            <h3 className="text-lg font-bold">{t('conflict.heading')}</h3>
            <p className="mt-2 max-w-prose">{t('conflict.text')}</p>
            <div className="mt-4 flex flex-wrap gap-4">
              <button type="submit" name="intent" value="load-newer" className={primary}>{t('conflict.loadNewer')}</button>
              {!onSummary && <button type="submit" name="intent" value="keep-mine" className={secondary}>{t('conflict.keepMine')}</button>}
            </div>
          </div>
        )}
        {expired && (
          <div role="alert" className="border-4 border-notice bg-notice-light p-4">
            <h3 className="text-lg font-bold">{t('expired.heading')}</h3>
            <p className="mt-2 max-w-prose">{t('expired.text')}</p>
            <p className="mt-4"><a href={signInHref} className="font-bold text-bus underline">{t('expired.signIn')}</a></p>
          </div>
        )}

        {onSummary ? (
          <>
            <p className="max-w-prose">{t('summaryLead')}</p>
            <SummaryView definition={definition} answers={props.answers} errors={errors} files={props.files} locale={locale} changeHref={(step) => stepHref(locale, slug, ids.draftId, step, { from: 'summary' })} />
          </>
        ) : (
          page!.fields.map((field) => {
            const hidden = !isVisible(field, visibleScope(live));
            if (field.type !== 'group') {
              return (
                <FieldInput
                  key={field.name}
                  field={field}
                  path={field.name}
                  value={values[field.name] as string | string[] | undefined}
                  error={errors[field.name]}
                  errorValues={checkFailed ? undefined : clientErrors ? clientErrors.values?.[field.name] : state.status === 'errors' ? state.errorValues?.[field.name] : undefined}
                  files={files.filter((file) => file.fieldName === field.name)}
                  upload={upload?.field === field.name ? upload : null}
                  announcement={announcement?.field === field.name ? announcement.text : ''}
                  locale={locale}
                  hidden={hidden}
                />
              );
            }
            const items = (Array.isArray(values[field.name]) ? values[field.name] : []) as GroupItem[];
            const shownItems = items.length > 0 ? items : [{}];
            const liveItems = (Array.isArray(live[field.name]) ? live[field.name] : shownItems) as GroupItem[];
            return (
              <fieldset key={field.name} id={inputId(field.name)} tabIndex={-1} hidden={hidden} className={`flex flex-col gap-4 ${errors[field.name] ? 'border-l-4 border-danger pl-3' : ''}`}>
                <legend className="mb-2 text-lg font-bold">
                  {localized(field.label, locale)}
                  {field.required && <><span aria-hidden="true" className="text-danger"> *</span><span className="sr-only">{t('requiredSr')}</span></>}
                </legend>
                {errors[field.name] && <p className="font-bold text-danger">{messages(errors[field.name]!)}</p>}
                {shownItems.map((item, index) => (
                  <fieldset key={index} className="flex flex-col gap-4 border-2 border-gray-20 p-4">
                    <legend className="px-1 font-bold">{localized(field.itemLabel, locale)} {index + 1}</legend>
                    {field.fields.map((child) => (
                      <FieldInput
                        key={child.name}
                        field={child}
                        path={`${field.name}.${index}.${child.name}`}
                        value={item[child.name]}
                        error={errors[`${field.name}.${index}.${child.name}`]}
                        locale={locale}
                        hidden={!isVisible(child, visibleScope(liveItems[index] ?? item))}
                      />
                    ))}
                    {shownItems.length > 1 && (
                      <button type="submit" name="intent" value={`remove:${field.name}:${index}`} formNoValidate className="self-start font-bold text-bus underline">
                        {t('removeItem', { item: `${localized(field.itemLabel, locale)} ${index + 1}` })}
                      </button>
                    )}
                  </fieldset>
                ))}
                {shownItems.length < (field.maxItems ?? 10) && (
                  <button type="submit" name="intent" value={`add:${field.name}`} formNoValidate className={`${secondary} self-start`}>
                    {t('addItem', { item: localized(field.itemLabel, locale).toLowerCase() })}
                  </button>
                )}
              </fieldset>
            );
          })
        )}

        <div className="flex flex-col-reverse gap-4 sm:flex-row sm:flex-wrap sm:items-center">
          {pageIndex > 0 && (
            <button type="submit" name="intent" value={onSummary ? `goto:${pages.length}` : 'back'} formNoValidate className={secondary}>
              {t('back')}
            </button>
          )}
          {onSummary ? (
            <button type="submit" name="intent" value="send" disabled={pending} className={primary}>{t('send')}</button>
          ) : (
            <button type="submit" name="intent" value="next" disabled={pending} className={primary}>
              {returnToSummary || pageIndex === pages.length - 1 ? t('toSummary') : t('next')}
            </button>
          )}
          {!onSummary && (
            <button type="submit" name="intent" value="save" formNoValidate className="px-2 py-3 font-bold text-bus underline">{t('saveDraft')}</button>
          )}
        </div>
        <p role="status" aria-live="polite" className="min-h-6 text-sm text-gray-80">{statusText}</p>
      </form>
    </>
  );
}
