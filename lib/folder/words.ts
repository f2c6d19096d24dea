import 'server-only';
import { getTranslations } from 'next-intl/server';
import { submissionStatuses, type SubmissionStatus } from '@/db/schema';
import { isLocale } from '@/lib/i18n/routing';
import type { SearchProblem } from './list';

/*
 * The folder page's fixed texts, translated once per language for the process rather than on
 * every view. The messages are part of the build and never change while it runs, so a text is
 * the same for everyone who reads the page in that language: nothing here depends on who reads
 * it. The counted texts ("500 items", "Page 3") depend only on the language and the number.
 */

export type FolderWords = {
  title: string;
  draftRemoved: string;
  empty: string;
  findServices: string;
  sentHeading: string;
  sentEmpty: string;
  showAll: string;
  /** What every entry of the list says alike (FolderListWords). */
  list: { new: string; newExplained: string; status: string; openInformation: string; closeInformation: string };
  /** Each status's name. */
  statuses: Record<SubmissionStatus, string>;
  controls: {
    searchLabel: string;
    errorPrefix: string;
    searchProblems: Record<SearchProblem, string>;
    searchPlaceholder: string;
    search: string;
    sortLabel: string;
    sorts: { updated: string; name: string };
  };
  pager: { pages: string; previousPage: string; nextPage: string };
  drafts: { draftsHeading: string; lastUpdate: string; open: string; remove: string; removeExplained: string; removeConfirm: string; removeCancel: string };
};

const wordsByLocale = new Map<string, FolderWords>();

async function translateWords(locale: string): Promise<FolderWords> {
  const t = await getTranslations({ locale, namespace: 'FolderPage' });
  const statuses = await getTranslations({ locale, namespace: 'Statuses' });
  return {
    title: t('title'),
    draftRemoved: t('draftRemoved'),
    empty: t('empty'),
    findServices: t('findServices'),
    sentHeading: t('sentHeading'),
    sentEmpty: t('sentEmpty'),
    showAll: t('showAll'),
    list: { new: t('new'), newExplained: t('newExplained'), status: t('status'), openInformation: t('openInformation'), closeInformation: t('closeInformation') },
    statuses: Object.fromEntries(submissionStatuses.map((status) => [status, statuses(`${status}.name`)])) as Record<SubmissionStatus, string>,
    controls: {
      searchLabel: t('searchLabel'),
      errorPrefix: t('errorPrefix'),
      searchProblems: { notAnItemNumber: t('searchProblems.notAnItemNumber') },
      searchPlaceholder: t('searchPlaceholder'),
      search: t('search'),
      sortLabel: t('sortLabel'),
      sorts: { updated: t('sorts.updated'), name: t('sorts.name') },
    },
    pager: { pages: t('pages'), previousPage: t('previousPage'), nextPage: t('nextPage') },
    drafts: {
      draftsHeading: t('draftsHeading'),
      lastUpdate: t('lastUpdate'),
      open: t('open'),
      remove: t('remove'),
      removeExplained: t('removeExplained'),
      removeConfirm: t('removeConfirm'),
      removeCancel: t('removeCancel'),
    },
  };
}

/** The folder page's fixed texts in `locale`. */
export async function folderWords(locale: string): Promise<FolderWords> {
  const known = wordsByLocale.get(locale);
  if (known) return known;
  const words = await translateWords(locale);
  // Only the app's own languages are kept, so the map never grows past them.
  if (isLocale(locale)) wordsByLocale.set(locale, words);
  return words;
}

/** A text with values: "{count} items", "Page {page}", "Open draft: {form}", "Removed on {date} …". */
export type ValuedText = { namespace: 'FolderPage' | 'DraftRetention'; key: string; values: Record<string, string | number> };

const textsByKey = new Map<string, string>();
const MAX_VALUED_TEXTS = 5_000;

/**
 * Texts with values, each translated once per language, message and values and then kept (up to a
 * few thousand). A text is wholly made of its message and values, so whoever it is kept for, it
 * reads the same for anyone who asks for the same; only the page's own numbers, service names and
 * dates go in.
 */
export async function valuedTexts(locale: string, wanted: ValuedText[]): Promise<string[]> {
  const keys = wanted.map(({ namespace, key, values }) => JSON.stringify([locale, namespace, key, values]));
  const texts = keys.map((key) => textsByKey.get(key));
  if (texts.every((text) => text !== undefined)) return texts as string[];
  const translators = new Map<string, Awaited<ReturnType<typeof getTranslations>>>();
  for (const [index, { namespace, key, values }] of wanted.entries()) {
    if (texts[index] !== undefined) continue;
    let t = translators.get(namespace);
    if (!t) translators.set(namespace, (t = await getTranslations({ locale, namespace })));
    const text = t(key, values);
    texts[index] = text;
    if (isLocale(locale)) {
      if (textsByKey.size >= MAX_VALUED_TEXTS) textsByKey.delete(textsByKey.keys().next().value!);
      textsByKey.set(keys[index]!, text);
    }
  }
  return texts as string[];
}
