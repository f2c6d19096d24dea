import 'server-only';
import { getDb, type Database } from '@/db';
import { toGdprTree, type GdprNode } from './gdpr-tree';
import type { MyDataSection } from './sections';
import { myDataSources } from './sources';

/**
 * Everything stored about the person, section by section. Only for the signed-in person's own
 * id (the page and the download pass `session.personId`, never an id from the request).
 */
export async function collectMyData(personId: string, db?: Database): Promise<MyDataSection[]> {
  const database = db ?? (await getDb());
  // One after another: an embedded database answers one query at a time anyway.
  const sections: MyDataSection[] = [];
  for (const source of myDataSources) sections.push(await source.collect(database, personId));
  return sections;
}

/** The download of My data: the city profile's GDPR tree. */
export async function exportMyData(personId: string): Promise<GdprNode> {
  return toGdprTree(await collectMyData(personId));
}
