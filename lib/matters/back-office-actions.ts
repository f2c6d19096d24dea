'use server';

import { notFound, redirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import { withoutNul } from '@/db/text';
import { staffFor } from '@/lib/auth/guards';
import { defaultLocale, isLocale } from '@/lib/i18n/routing';
import { officialActor, type CityActor } from './actor';
import type { HandlingDone, HandlingFormState, HandlingProblem } from './back-office-form';

import { changeStatus, requestInformation, settableStatuses, uploadDecision, type HandlingRefusal, type HandlingResult } from './handling';
import { parseItemNumber } from '@/lib/matters/item-number';

/*
 * The back office's server actions (USE4). Any action can be posted to directly, so each one
 * finds the official again from the session; an editor, a resident, a signed-out caller and an
 * official of another division all get the same 404 as for an item that does not exist. The
 * rules themselves are in handling.ts, the same for the API.
 */

/** The official and the item number the form names, or a 404. */
async function officialAndItem(formData: FormData): Promise<{ actor: CityActor; itemNumber: number }> {
  const actor = officialActor(await staffFor(['official']));
  const itemNumber = parseItemNumber(formData.get('itemNumber'));
  if (!actor || itemNumber === null) notFound();
  return { actor, itemNumber };
}

async function itemPath(itemNumber: number, done: HandlingDone): Promise<string> {
  const locale = await getLocale();
  return `/${isLocale(locale) ? locale : defaultLocale}/matters/${itemNumber}?done=${done}`;
}

const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? withoutNul(value) : '';
};

/**
 * Files the form carries under `name`. An empty file input still posts one empty part: nameless
 * from a plain form post, named "undefined" once React has sent the form for the action. Neither
 * is a file the official chose; an empty file they did choose keeps its name and is refused.
 */
const files = (formData: FormData, name: string) =>
  formData.getAll(name).filter((value): value is File => value instanceof File && !(value.size === 0 && (value.name === '' || value.name === 'undefined')));

/** Which field a refusal is about; the rest are about the item, not one field. */
const refusalField: Partial<Record<HandlingRefusal, string>> = {
  emptyMessage: 'message',
  messageTooLong: 'message',
  unknownField: 'fieldNames',
  nothingRequested: 'fieldNames',
  unknownFile: 'file',
};

/** The result of a change as the form's next state, or off to the item page (done) or a 404. */
async function answer(
  result: HandlingResult,
  previous: HandlingFormState,
  values: Record<string, string | string[]>,
  itemNumber: number,
  done: HandlingDone,
): Promise<HandlingFormState> {
  if (result.status === 'notFound') notFound();
  if (result.status === 'done') redirect(await itemPath(itemNumber, done));
  const problem: HandlingProblem =
    result.reason === 'fileRefused'
      ? { field: 'file', key: `Attachments.${result.message.key}`, values: result.message.values }
      : { field: refusalField[result.reason] ?? 'form', key: `Matters.errors.${result.reason}` };
  return refused(previous, values, [problem]);
}

const refused = (previous: HandlingFormState, values: Record<string, string | string[]>, problems: HandlingProblem[]): HandlingFormState => ({
  status: 'error',
  attempt: previous.attempt + 1,
  problems,
  values,
});

/** Sets the item's status (received, processing, decided, cancelled) by the rules of handling.ts. */
export async function changeStatusAction(previous: HandlingFormState, formData: FormData): Promise<HandlingFormState> {
  const { actor, itemNumber } = await officialAndItem(formData);
  const status = text(formData, 'status');
  const values = { status };
  if (!(settableStatuses as readonly string[]).includes(status)) return refused(previous, values, [{ field: 'status', key: 'Matters.errors.chooseStatus' }]);
  return answer(await changeStatus(actor, itemNumber, status as (typeof settableStatuses)[number]), previous, values, itemNumber, 'status');
}

/** Asks the owner for more information: fields of the form to answer again, attachments or not, a message. */
export async function requestInformationAction(previous: HandlingFormState, formData: FormData): Promise<HandlingFormState> {
  const { actor, itemNumber } = await officialAndItem(formData);
  const fieldNames = formData.getAll('fieldNames').filter((value): value is string => typeof value === 'string');
  const attachmentsRequested = formData.get('attachmentsRequested') === 'yes';
  const message = text(formData, 'message');
  const values = { fieldNames, attachmentsRequested: attachmentsRequested ? 'yes' : '', message };
  return answer(await requestInformation(actor, itemNumber, { fieldNames, attachmentsRequested, message }), previous, values, itemNumber, 'information');
}

/** Uploads and attaches a decision document. */
export async function attachDecisionAction(previous: HandlingFormState, formData: FormData): Promise<HandlingFormState> {
  const { actor, itemNumber } = await officialAndItem(formData);
  const [file] = files(formData, 'file');
  if (!file) return refused(previous, {}, [{ field: 'file', key: 'Matters.errors.noFile' }]);
  return answer(await uploadDecision(actor, itemNumber, file), previous, {}, itemNumber, 'decision');
}
