import 'server-only';
import { getMessages } from 'next-intl/server';

/** Only these namespaces of the page's language, for a client component's provider. */
export async function pickMessages(namespaces: readonly string[]) {
  const messages = await getMessages();
  return Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
}
