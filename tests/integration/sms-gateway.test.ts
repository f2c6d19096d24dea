import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { outboxMessages } from '@/db/schema';
import { httpSmsGateway, SmsGatewayError, type RetryPolicy } from '@/lib/sms/gateway';
import { sendSms, SmsDeliveryError } from '@/lib/sms/send-sms';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// A stand-in for the operator's gateway at the network's edge, on this machine only: it records
// every request and answers with the statuses a test lines up (200 once they run out).
type Recorded = { at: number; method: string; path: string; headers: Record<string, string | string[] | undefined>; body: string };
let server: Server;
let url: string;
let requests: Recorded[] = [];
let answers: { status: number; body: string }[] = [];

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      requests.push({ at: performance.now(), method: request.method!, path: request.url!, headers: request.headers, body });
      const answer = answers.shift() ?? { status: 200, body: JSON.stringify({ id: `msg-${requests.length}` }) };
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/messages`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await database.dispose();
});
beforeEach(() => {
  requests = [];
  answers = [];
});

const fast: RetryPolicy = { attempts: 4, firstDelayMs: 40, timeoutMs: 2_000 };
const settings = () => ({ url, token: 'gateway-token-123', sender: 'Helsinki' });
const message = { to: '+358401234567', text: 'Helsingin kaupunki: sinulla on uusi tapahtuma asiointikansiossa. https://asiointi.hel.fi/fi/folder' };

async function row(id: string) {
  const [found] = await database.db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  return found!;
}

describe('the HTTP SMS gateway', () => {
  it('posts the sender, the +358 destination and the text as JSON with the bearer token, and records the id', async () => {
    const result = await sendSms(message, httpSmsGateway(settings(), fast));
    expect(requests).toHaveLength(1);
    const [request] = requests;
    expect(request).toMatchObject({ method: 'POST', path: '/v1/messages' });
    expect(request!.headers.authorization).toBe('Bearer gateway-token-123');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request!.body)).toEqual({ sender: 'Helsinki', destination: '+358401234567', text: message.text });
    expect(result).toMatchObject({ deliveredVia: 'sms-gateway', providerMessageId: 'msg-1' });
    expect(await row(result.id)).toMatchObject({ channel: 'sms', recipient: '+358401234567', text: message.text, deliveredVia: 'sms-gateway', providerMessageId: 'msg-1', error: null });
  });

  it('retries 5xx answers with a doubling wait and succeeds when the gateway recovers', async () => {
    answers = [
      { status: 503, body: '{"error":"busy"}' },
      { status: 502, body: '' },
      { status: 500, body: '' },
    ];
    const result = await sendSms(message, httpSmsGateway(settings(), fast));
    expect(requests).toHaveLength(4);
    expect(new Set(requests.map((r) => r.body)).size).toBe(1);
    const waits = requests.slice(1).map((r, i) => r.at - requests[i]!.at);
    // 40, 80 and 160 ms at least: a busy machine only makes them longer.
    expect(waits[0]).toBeGreaterThanOrEqual(35);
    expect(waits[1]).toBeGreaterThanOrEqual(75);
    expect(waits[2]).toBeGreaterThanOrEqual(155);
    expect(result.providerMessageId).toBe('msg-4');
  });

  it('gives up after its attempts on a gateway that keeps failing, as a failure worth retrying later', async () => {
    answers = Array.from({ length: 4 }, () => ({ status: 503, body: 'maintenance' }));
    const error = await sendSms(message, httpSmsGateway(settings(), fast)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsDeliveryError);
    expect((error as SmsDeliveryError).permanent).toBe(false);
    expect(requests).toHaveLength(4);
    expect((await row((error as SmsDeliveryError).outboxMessageId)).error).toMatch(/4 attempts \(HTTP 503: maintenance\)/);
  });

  it.each([400, 401, 403, 422])('does not retry a %i answer, and records it as permanent', async (status) => {
    answers = [{ status, body: '{"error":"no"}' }];
    const error = await sendSms(message, httpSmsGateway(settings(), fast)).catch((e: unknown) => e);
    expect(requests).toHaveLength(1);
    expect(error).toBeInstanceOf(SmsDeliveryError);
    expect((error as SmsDeliveryError).permanent).toBe(true);
    expect(await row((error as SmsDeliveryError).outboxMessageId)).toMatchObject({ deliveredVia: 'sms-gateway', providerMessageId: null, error: expect.stringContaining(`HTTP ${status}`) });
  });

  it('retries 429 Too Many Requests', async () => {
    answers = [{ status: 429, body: '' }];
    await sendSms(message, httpSmsGateway(settings(), fast));
    expect(requests).toHaveLength(2);
  });

  it('retries a gateway that does not answer in time', async () => {
    const slow = createServer((request) => request.resume()); // never answers
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    try {
      const gateway = httpSmsGateway({ ...settings(), url: `http://127.0.0.1:${(slow.address() as AddressInfo).port}/` }, { attempts: 2, firstDelayMs: 10, timeoutMs: 200 });
      await expect(gateway.send(message)).rejects.toMatchObject({ permanent: false, message: expect.stringMatching(/2 attempts \(TimeoutError/) });
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });

  it('refuses a destination that is not a +358 number without calling the gateway', async () => {
    for (const to of ['0401234567', '+46701234567', '+358 40 123 4567', '']) {
      await expect(httpSmsGateway(settings(), fast).send({ ...message, to })).rejects.toBeInstanceOf(SmsGatewayError);
    }
    expect(requests).toHaveLength(0);
  });

  it('keeps the message in the outbox without a gateway, and calls nothing', async () => {
    const result = await sendSms(message, null);
    expect(requests).toHaveLength(0);
    expect(await row(result.id)).toMatchObject({ channel: 'sms', deliveredVia: 'outbox', text: message.text, error: null });
  });
});
