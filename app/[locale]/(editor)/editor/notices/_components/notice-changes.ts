import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { LocalizedText } from '@/db/schema';
import { recentChanges } from '@/lib/audit/queries';
import { localized } from '@/lib/i18n/localized';
import type { RecentChange } from '@/components/audit/recent-changes';

const actionKeys: Record<string, 'noticeCreated' | 'noticeUpdated' | 'noticeDeleted'> = {
  'notice.created': 'noticeCreated',
  'notice.updated': 'noticeUpdated',
  'notice.deleted': 'noticeDeleted',
};

/** The latest changes to the notices, each told in the reader's language. */
export async function noticeChanges(locale: string): Promise<RecentChange[]> {
  const t = await getTranslations('EditorShared');
  const entries = await recentChanges('notice');
  return entries.map((entry) => {
    const title = entry.details?.title as LocalizedText | undefined;
    const key = actionKeys[entry.action] ?? 'noticeUpdated';
    return { id: entry.id, at: entry.at, actorName: entry.actorName, what: t(`actions.${key}`, { title: title ? localized(title, locale) : '' }) };
  });
}
