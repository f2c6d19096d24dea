'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { getSession } from '@/lib/auth/session';
import { isRegistered, signInPath } from '@/lib/auth/guards';
import { isLocale } from '@/lib/i18n/routing';
import { requestLogger } from '@/lib/log/request-logger';
import { switchRole } from './mutations';
import { roleReturnPath } from './return-to';
import { roleChoiceSchema, type RoleError } from './schema';

/**
 * The role form (ID2, FOL1): act for oneself or for an organisation, then back where the person
 * was. Anyone can post to an action, so who may do what is checked here again, not only on the page.
 */
export async function changeRole(formData: FormData): Promise<void> {
  const current = await getLocale();
  const locale = isLocale(current) ? current : 'fi';
  const returnTo = roleReturnPath(formData.get('returnTo'), locale);
  const rolePage = (error?: RoleError) => `/${locale}/role?${new URLSearchParams({ returnTo, ...(error ? { error } : {}) })}`;

  const session = await getSession();
  if (!session) redirect(signInPath(locale, rolePage(), 'expired'));
  // The role page sends a weak or unregistered session where it must go first.
  if (!session.strong || !(await isRegistered(session.personId))) redirect(rolePage());

  const choice = roleChoiceSchema.safeParse(formData.get('role'));
  if (!choice.success) redirect(rolePage('chooseRole'));
  const result = await switchRole(session, choice.data);
  const log = await requestLogger();
  if (!result.ok) {
    log.warn({ personId: session.personId }, 'role change refused: not a represented organisation');
    redirect(rolePage(result.reason));
  }
  log.info({ personId: session.personId, organisationId: choice.data.kind === 'organisation' ? choice.data.organisationId : null }, 'role changed');
  // The header, in the layout every page shares, says whom the person acts for: render it anew.
  revalidatePath('/', 'layout');
  redirect(returnTo);
}
