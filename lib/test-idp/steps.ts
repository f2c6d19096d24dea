import 'server-only';
/**
 * What happens when a screen's form is sent: each step checks what the person gave, and sends
 * the browser on to the next screen with a new ticket (or back to the same one with an error).
 */
import { randomInt } from 'node:crypto';
import { normaliseMobileNumber } from '@/lib/identity/phone';
import { now } from '@/lib/time/clock';
import { checkAuthorizationRequest, localeFrom } from './authorization-request';
import { findBank } from './banks';
import { minutesLocked, recordWrongCode } from './attempt-limit';
import { authorizationResponse, issueAuthorizationCode } from './codes';
import { notFound, seeOther } from './http';
import { errorPageUrl, isScreen, screenUrl } from './screens';
import { cardHolders, findOrganisation, findResident, findStaffMember, representatives, testResidents } from './test-people';
import { continueTicket, epochSeconds, readTicket, signTicket, unverifiedTicketLocale, type Identified, type VerifiedTicket } from './ticket';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

async function identifiedScreen(ticket: VerifiedTicket, identified: DistributiveOmit<Identified, 'authTime'>): Promise<Response> {
  const next = await continueTicket(ticket, { pending: undefined, identified: { ...identified, authTime: epochSeconds(now()) } as Identified });
  return seeOther(screenUrl('success', next));
}

/** GET or POST /authorize. */
export async function authorize(params: URLSearchParams): Promise<Response> {
  const outcome = checkAuthorizationRequest(params);
  if (outcome.kind === 'errorPage') return seeOther(errorPageUrl(outcome.reason, outcome.locale));
  if (outcome.kind === 'errorRedirect') {
    return seeOther(authorizationResponse(outcome.redirectUri, { error: outcome.error, error_description: outcome.description, state: outcome.state }));
  }
  const ticket = await signTicket({ request: outcome.request, locale: outcome.locale });
  return seeOther(screenUrl('identify', ticket));
}

/** GET /cancel: back to the portal, which is told that the person stopped. */
export async function cancel(params: URLSearchParams): Promise<Response> {
  const token = params.get('t') ?? '';
  const ticket = await readTicket(token);
  if (!ticket) return seeOther(errorPageUrl('expired', unverifiedTicketLocale(token)));
  return seeOther(authorizationResponse(ticket.request.redirectUri, { error: 'access_denied', state: ticket.request.state }));
}

/** GET /language: the same screen in another language, with the same pending request. */
export async function changeLanguage(params: URLSearchParams): Promise<Response> {
  const token = params.get('t') ?? '';
  const locale = localeFrom(params.get('lang'));
  const ticket = await readTicket(token);
  if (!ticket) return seeOther(errorPageUrl('expired', locale));
  const screen = params.get('to') ?? '';
  return seeOther(screenUrl(isScreen(screen) ? screen : 'identify', await continueTicket(ticket, { locale })));
}

type Fields = (name: string) => string;

const steps: Record<string, (ticket: VerifiedTicket, token: string, field: Fields) => Promise<Response>> = {
  async bank(ticket, token, field) {
    const bank = findBank(field('bank'));
    if (!bank) return seeOther(screenUrl('identify', token));
    const userId = field('userId').trim();
    // A locked user id is refused whatever the code, so guessing cannot go on (also for unknown ids).
    const locked = await minutesLocked({ kind: 'bank', userId });
    if (locked > 0) return seeOther(screenUrl(`bank/${bank.id}`, token, { error: 'locked', minutes: String(locked) }));
    const resident = testResidents.find((person) => person.bank.userId === userId && person.bank.code === field('code').trim());
    if (!resident) {
      const lockedNow = await recordWrongCode({ kind: 'bank', userId });
      return seeOther(screenUrl(`bank/${bank.id}`, token, lockedNow > 0 ? { error: 'locked', minutes: String(lockedNow) } : { error: 'credentials' }));
    }
    return identifiedScreen(ticket, { kind: 'resident', personId: resident.id, method: 'bank', bank: bank.id });
  },

  async mobile(ticket, token, field) {
    const typed = field('phone');
    if (typed.trim() === '') return seeOther(screenUrl('mobile', token, { error: 'phoneRequired' }));
    const phone = normaliseMobileNumber(typed);
    if (!phone.ok) return seeOther(screenUrl('mobile', token, { error: 'phoneInvalid' }));
    const resident = testResidents.find((person) => person.mobile.phone === phone.e164);
    if (!resident) return seeOther(screenUrl('mobile', token, { error: 'phoneUnknown' }));
    const numberCode = String(randomInt(0, 10_000)).padStart(4, '0');
    return seeOther(screenUrl('mobile/request', await continueTicket(ticket, { pending: { kind: 'mobile', personId: resident.id, numberCode } })));
  },

  async 'mobile-confirm'(ticket, token) {
    const pending = ticket.pending;
    const resident = pending?.kind === 'mobile' ? findResident(pending.personId) : undefined;
    if (!resident) return seeOther(screenUrl('mobile', token));
    if (resident.mobile.timesOut) return seeOther(screenUrl('mobile/interrupted', await continueTicket(ticket, { pending: undefined })));
    return identifiedScreen(ticket, { kind: 'resident', personId: resident.id, method: 'mobile' });
  },

  async card(ticket, token, field) {
    const holder = cardHolders().find((person) => person.id === field('person'));
    if (!holder) return seeOther(screenUrl('card', token, { error: 'chooseCertificate' }));
    return seeOther(screenUrl('card/pin', await continueTicket(ticket, { pending: { kind: 'card', personId: holder.id } })));
  },

  async 'card-pin'(ticket, token, field) {
    const pending = ticket.pending;
    const holder = pending?.kind === 'card' ? findResident(pending.personId) : undefined;
    if (!holder?.card) return seeOther(screenUrl('card', token));
    const card = { kind: 'card', personId: holder.id } as const;
    const locked = await minutesLocked(card);
    if (locked > 0) return seeOther(screenUrl('card/pin', token, { error: 'locked', minutes: String(locked) }));
    if (field('pin').trim() !== holder.card.pin) {
      const lockedNow = await recordWrongCode(card);
      return seeOther(screenUrl('card/pin', token, lockedNow > 0 ? { error: 'locked', minutes: String(lockedNow) } : { error: 'pin' }));
    }
    return identifiedScreen(ticket, { kind: 'resident', personId: holder.id, method: 'card' });
  },

  async corporate(ticket, token, field) {
    const person = representatives().find((candidate) => candidate.id === field('person'));
    if (!person) return seeOther(screenUrl('corporate', token, { error: 'choosePerson' }));
    return seeOther(screenUrl('corporate/organisation', await continueTicket(ticket, { pending: { kind: 'corporate', personId: person.id } })));
  },

  async organisation(ticket, token, field) {
    const pending = ticket.pending;
    const person = pending?.kind === 'corporate' ? findResident(pending.personId) : undefined;
    if (!person) return seeOther(screenUrl('corporate', token));
    const organisation = findOrganisation(field('organisation'));
    if (!organisation || !person.represents.includes(organisation.businessId)) {
      return seeOther(screenUrl('corporate/organisation', token, { error: 'chooseOrganisation' }));
    }
    // Stands for identifying with one's own bank codes before e-authorizations are asked.
    return identifiedScreen(ticket, { kind: 'resident', personId: person.id, method: 'bank', organisation: organisation.businessId });
  },

  async staff(ticket, token, field) {
    const member = findStaffMember(field('person'));
    if (!member) return seeOther(screenUrl('identify', token));
    return identifiedScreen(ticket, { kind: 'staff', personId: member.id });
  },

  async continue(ticket, token) {
    const redirectTo = await issueAuthorizationCode(ticket);
    return seeOther(redirectTo ?? screenUrl('identify', token));
  },
};

/** POST /submit/<step> from one of the screens' forms. */
export async function submitStep(step: string, request: Request): Promise<Response> {
  const handler = Object.hasOwn(steps, step) ? steps[step] : undefined;
  if (!handler) return notFound();
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response('Bad Request', { status: 400 });
  }
  const field: Fields = (name) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const token = field('t');
  const ticket = await readTicket(token);
  if (!ticket) return seeOther(errorPageUrl('expired', unverifiedTicketLocale(token)));
  return handler(ticket, token, field);
}
