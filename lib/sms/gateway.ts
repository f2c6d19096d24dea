/**
 * A text-message gateway over HTTP. Operators' gateways differ in details, so the portal speaks
 * one small, common form and a thin adapter at the operator's side (or the operator itself)
 * answers it: POST `{ sender, destination, text }` as JSON with `Authorization: Bearer <token>`;
 * any 2xx is accepted, and its JSON `id` (or `messageId`), if any, is kept as the provider's id.
 *
 * A 5xx answer, 408, 429 or a network failure is retried here a few times with a doubling wait,
 * since gateways drop requests under load; any other 4xx means the request itself is wrong (bad
 * number, bad token) and sending it again cannot help, so it is not retried.
 */

export type SmsMessage = { to: string; text: string };
export type SmsGatewaySettings = { url: string; token: string; sender: string };

export type SmsGateway = {
  /** Written in outbox_messages.delivered_via. */
  readonly name: string;
  send(message: SmsMessage): Promise<{ providerMessageId: string | null }>;
};

export class SmsGatewayError extends Error {
  constructor(
    message: string,
    /** True when trying again later cannot help (a 4xx answer, a number the gateway cannot take). */
    readonly permanent: boolean,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'SmsGatewayError';
  }
}

/** International form of a Finnish number (+358 and 5 to 12 digits), as the profile stores it. */
export const FINNISH_MOBILE = /^\+358\d{5,12}$/;

export type RetryPolicy = {
  /** Requests in all, the first included. */
  attempts: number;
  /** The wait before the second request; it doubles before each one after. */
  firstDelayMs: number;
  /** A request that has not answered in this time counts as a failure that may be retried. */
  timeoutMs: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 4, firstDelayMs: 1_000, timeoutMs: 10_000 };

function retryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 429;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function httpSmsGateway(settings: SmsGatewaySettings, policy: RetryPolicy = DEFAULT_RETRY_POLICY): SmsGateway {
  return {
    name: 'sms-gateway',
    async send({ to, text }) {
      if (!FINNISH_MOBILE.test(to)) throw new SmsGatewayError('the destination is not a +358 mobile number', true);
      const body = JSON.stringify({ sender: settings.sender, destination: to, text });
      let lastFailure = '';
      for (let attempt = 1; attempt <= policy.attempts; attempt++) {
        if (attempt > 1) await sleep(policy.firstDelayMs * 2 ** (attempt - 2));
        let response: Response;
        try {
          response = await fetch(settings.url, {
            method: 'POST',
            headers: { authorization: `Bearer ${settings.token}`, 'content-type': 'application/json', accept: 'application/json' },
            body,
            signal: AbortSignal.timeout(policy.timeoutMs),
          });
        } catch (error) {
          lastFailure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          continue;
        }
        if (response.ok) {
          const answer = (await response.json().catch(() => null)) as { id?: unknown; messageId?: unknown } | null;
          const id = answer?.id ?? answer?.messageId;
          return { providerMessageId: typeof id === 'string' || typeof id === 'number' ? String(id) : null };
        }
        // The gateway's own words help whoever reads the failure; the text we sent is not in them.
        const detail = (await response.text().catch(() => '')).slice(0, 200);
        lastFailure = `HTTP ${response.status}${detail ? `: ${detail}` : ''}`;
        if (!retryable(response.status)) throw new SmsGatewayError(`the gateway refused the message (${lastFailure})`, true, response.status);
      }
      throw new SmsGatewayError(`the gateway did not take the message in ${policy.attempts} attempts (${lastFailure})`, false);
    },
  };
}
