import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { postAttachment } from './post-attachment';

/**
 * The network is the one part replaced here: a stand-in for the browser's XMLHttpRequest that
 * the test moves along by hand, under fake timers.
 */
class NetworkStandIn {
  static last: NetworkStandIn;
  upload: { onprogress?: (event: { lengthComputable: boolean; loaded: number; total: number }) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  onabort?: () => void;
  responseType = '';
  response: unknown = null;
  status = 0;
  aborted = false;
  constructor() {
    NetworkStandIn.last = this;
  }
  open() {}
  send() {}
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total: 100 });
  }
  sent() {
    this.upload.onload?.();
  }
  answer(response: unknown) {
    this.status = 200;
    this.response = response;
    this.onload?.();
  }
}

const limits = { stallMs: 30_000, answerMs: 60_000 };
const added = { status: 'added', draftId: 'd', version: 2, file: { id: 'f', fieldName: 'files', fileName: 'a.pdf', size: 10 } };

describe('an upload with its progress', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('XMLHttpRequest', NetworkStandIn);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('goes on as long as bytes move, however slowly, and gives the answer', async () => {
    const shares: number[] = [];
    const upload = postAttachment(new FormData(), (share) => shares.push(share), limits);
    const network = NetworkStandIn.last;
    for (let loaded = 10; loaded <= 100; loaded += 10) {
      await vi.advanceTimersByTimeAsync(25_000);
      network.progress(loaded);
    }
    network.sent();
    await vi.advanceTimersByTimeAsync(50_000);
    network.answer(added);
    await expect(upload).resolves.toEqual(added);
    expect(network.aborted).toBe(false);
    expect(shares.at(-1)).toBe(1);
  });

  it('is given up when no byte has moved for the time allowed, so the page can say so', async () => {
    const upload = postAttachment(new FormData(), () => {}, limits);
    const failed = expect(upload).rejects.toThrow('the upload stalled');
    const network = NetworkStandIn.last;
    await vi.advanceTimersByTimeAsync(20_000);
    network.progress(40);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(network.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(network.aborted).toBe(true);
    await failed;
  });

  it('is given up when the file has gone but no answer comes', async () => {
    const upload = postAttachment(new FormData(), () => {}, limits);
    const failed = expect(upload).rejects.toThrow('the upload stalled');
    const network = NetworkStandIn.last;
    network.progress(100);
    network.sent();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(network.aborted).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await failed;
  });

  it('leaves no timer behind once answered', async () => {
    const upload = postAttachment(new FormData(), () => {}, limits);
    NetworkStandIn.last.answer(added);
    await upload;
    expect(vi.getTimerCount()).toBe(0);
  });
});
