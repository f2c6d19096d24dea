/**
 * Sends a captured browser request again, from this process: the browser's own headers, cookie
 * included, with the address changed from the browser's localhost to 127.0.0.1 (Origin and
 * Referer too, or the portal refuses the post as cross-site), as bench/autosave.ts does.
 */
import { AUTOSAVE_FIELD, type AutosaveInput, type CapturedRequest } from './browser';

export function replayHeaders(captured: CapturedRequest, browserBase: string, loadBase: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(captured.headers)) {
    if (name.startsWith(':') || ['host', 'content-length', 'connection', 'accept-encoding'].includes(name)) continue;
    headers[name] = name === 'origin' || name === 'referer' ? value.replace(browserBase, loadBase) : value;
  }
  return headers;
}

export type AutosaveAnswer =
  | { kind: 'saved'; draftId: string; version: number }
  /** Answered, but not a save: a refusal (conflict, expired…) or a status outside 2xx. */
  | { kind: 'refused'; status: number; body: string }
  /** No answer: the connection failed or the time ran out. */
  | { kind: 'no answer'; error: string };

/** The wizard's autosave of its first step, with the draft, its version and the street address changed. */
export class AutosaveClient {
  private readonly headers: Record<string, string>;
  private readonly url: string;

  constructor(
    private readonly captured: CapturedRequest & { input: AutosaveInput },
    browserBase: string,
    loadBase: string,
  ) {
    this.headers = replayHeaders(captured, browserBase, loadBase);
    this.url = captured.url.replace(browserBase, loadBase);
  }

  async save(draftId: string | null, version: number | null, text: string, timeoutMs = 30_000): Promise<AutosaveAnswer> {
    const input: AutosaveInput = { ...this.captured.input, draftId, version, answers: { ...this.captured.input.answers, [AUTOSAVE_FIELD]: text } };
    let response: Response;
    let body: string;
    try {
      response = await fetch(this.url, { method: 'POST', headers: this.headers, body: JSON.stringify(input), signal: AbortSignal.timeout(timeoutMs) });
      body = await response.text();
    } catch (error) {
      return { kind: 'no answer', error: error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error) };
    }
    if (response.ok) {
      try {
        const result = JSON.parse(body) as { status?: string; draftId?: string; version?: number };
        if (result.status === 'saved' && typeof result.draftId === 'string' && typeof result.version === 'number') return { kind: 'saved', draftId: result.draftId, version: result.version };
      } catch {
        // Not the route's JSON: a refusal below.
      }
    }
    return { kind: 'refused', status: response.status, body: body.slice(0, 200) };
  }
}
