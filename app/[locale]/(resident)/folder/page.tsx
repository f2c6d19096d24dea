import { cookies } from 'next/headers';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { PageTitle, PageWithSideColumn } from '@/components/layout/page-layout';
import { requireResident } from '@/lib/auth/guards';
import { folderHref, type FolderState } from '@/lib/folder/href';
import { folderItemDetails, markItemSeen } from '@/lib/folder/item';
import { folderPage, folderSorts, readFolderQuery } from '@/lib/folder/list';
import { ownerOf } from '@/lib/forms/owner';
import { readFlash, REPLY_FORM } from '@/lib/matters/flash';
import { folderDrafts } from '@/lib/forms/queries';
import { metadataFrom } from '@/lib/i18n/page-metadata';
import { DraftsSection, draftEntries } from './_components/drafts-section';
import { FolderControls } from './_components/folder-controls';
import { FolderList, type FolderListEntry } from './_components/folder-list';
import { ItemDetailsView } from './_components/item-details';
import { localized } from '@/lib/i18n/localized';
import { shortDateTime } from '@/lib/time/shown-date';
import { FolderPager } from './_components/folder-pager';
import { pagerPages } from '@/lib/folder/pages';
import { folderWords, valuedTexts, type ValuedText } from '@/lib/folder/words';
import { formatItemNumber, parseItemNumber } from '@/lib/matters/item-number';

export const generateMetadata = metadataFrom('FolderPage');

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * The e-services folder (FOL1–FOL8), for a registered resident who identified strongly: the
 * items of whoever the person acts for (themself or an organisation), a page at a time, with
 * one item's information open when the address names it (?item=100123#item-100123), and the
 * unsent drafts at the bottom. Everything is in the address and plain links and form posts, so
 * it works without JavaScript; forms of services kept out of the folder never show (FOL3).
 */
export default async function FolderPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await requireResident();
  const owner = ownerOf(session);
  const raw = await searchParams;
  const query = readFolderQuery(raw);
  const one = (name: string) => (Array.isArray(raw[name]) ? raw[name][0] : raw[name]) ?? '';
  const opened = parseItemNumber(one('item'));
  const state: FolderState = { ...query, item: opened, remove: one('remove') || null };

  // Opening marks the item seen before the list is read, so its "New" is gone in the same view.
  if (opened !== null) await markItemSeen(owner, opened);
  const [page, drafts, details] = await Promise.all([folderPage(owner, query, locale), folderDrafts(owner), opened !== null ? folderItemDetails(owner, opened) : null]);
  const words = await folderWords(locale);
  const openItem = details?.item.itemNumber ?? null;
  const entries = page.items.map(
    (item): FolderListEntry => ({
      itemNumber: item.itemNumber,
      heading: `${localized(item.title, locale)} (${formatItemNumber(item.itemNumber)})`,
      isNew: item.isNew,
      statusAt: item.statusAt.toISOString(),
      statusAtText: shortDateTime(item.statusAt, locale),
      statusName: words.statuses[item.status],
    }),
  );
  // The texts with values, translated once per language and values (lib/folder/words.ts).
  const pages = page.pageCount > 1 ? pagerPages(state.page, page.pageCount) : [];
  const numbered = pages.filter((number): number is number => number !== null);
  const wanted: ValuedText[] = [
    { namespace: 'FolderPage', key: 'itemCount', values: { count: page.total } },
    ...numbered.map((number): ValuedText => ({ namespace: 'FolderPage', key: 'pageNumber', values: { page: number } })),
  ];
  const [texts, draftList, t] = await Promise.all([
    valuedTexts(locale, wanted),
    draftEntries(locale, drafts, state),
    // Texts with what someone typed or an organisation's name are translated for this view only.
    session.actingFor || query.search ? getTranslations('FolderPage') : null,
  ]);
  const itemCount = texts[0]!;
  const pageLabels = Object.fromEntries(numbered.map((number, index) => [number, texts[1 + index]!]));
  const empty = page.total === 0 && !query.search && drafts.length === 0;
  // The opened item's reply form posts to its own route, which comes back here.
  const reply = {
    returnTo: folderHref(locale, { ...state, remove: null }),
    flash: details ? readFlash(await cookies(), REPLY_FORM, one('flash') || undefined) : null,
    sent: one('reply') === 'sent',
  };

  return (
    <PageWithSideColumn>
      <PageTitle>{session.actingFor && t ? t('organisationTitle', { organisation: session.actingFor.name }) : words.title}</PageTitle>
      {one('removed') === '1' && (
        <p role="status" className="mb-6 max-w-prose border-l-8 border-ok bg-ok-light p-4 font-bold">
          {words.draftRemoved}
        </p>
      )}
      {empty ? (
        <>
          <p className="max-w-prose text-lg">{words.empty}</p>
          <p className="mt-4">
            <Link href="/e-services" className="font-bold text-bus underline">{words.findServices}</Link>
          </p>
        </>
      ) : (
        <>
          <section aria-labelledby="sent-heading">
            <h2 id="sent-heading" className="text-xl font-bold">{words.sentHeading}</h2>
            <FolderControls locale={locale} state={state} sorts={folderSorts} problem={page.problem} words={words.controls} />
            {page.items.length === 0 ? (
              <p className="mt-4">{page.problem ? null : query.search && t ? t('searchNoMatch', { search: query.search }) : words.sentEmpty}</p>
            ) : (
              <>
                <p className="mt-4 text-sm text-gray-80">{itemCount}</p>
                <FolderList
                  locale={locale}
                  state={state}
                  entries={entries}
                  words={words.list}
                  openItem={openItem}
                  openDetails={details && <ItemDetailsView locale={locale} details={details} reply={reply} />}
                />
                <FolderPager locale={locale} state={state} pageCount={page.pageCount} pages={pages} pageLabels={pageLabels} words={words.pager} />
              </>
            )}
            {query.search && (
              <p className="mt-4">
                <a href={folderHref(locale, { ...state, search: '', page: 1, item: null, remove: null })} className="font-bold text-bus underline">
                  {words.showAll}
                </a>
              </p>
            )}
          </section>
          <DraftsSection locale={locale} drafts={draftList} state={state} words={words.drafts} />
        </>
      )}
    </PageWithSideColumn>
  );
}
