import type { AttachmentUploadResult } from '@/lib/forms/wizard-state';

const ANSWERS = new Set<AttachmentUploadResult['status']>(['added', 'refused', 'invalid', 'conflict', 'sent', 'expired', 'notFound']);

/**
 * How long an upload may go without a byte moving, or wait for the answer once the file is sent,
 * before it counts as a lost connection. A slow connection keeps moving; a dead one that the
 * browser has not noticed yet (a phone between cells, a sleeping laptop) would otherwise leave
 * the progress bar standing for as long as the operating system waits, often minutes.
 */
export const UPLOAD_STALL_MS = 30_000;
export const ANSWER_WAIT_MS = 60_000;

/**
 * Posts the page with a file to app/api/forms/attachments, with XMLHttpRequest, which (unlike
 * fetch) tells how much of the body has gone: `onProgress` gets the share sent, 0–1. A network
 * failure, a stall, or an answer that is not a result, rejects; a refusal is a result.
 */
export function postAttachment(
  body: FormData,
  onProgress: (sent: number) => void,
  limits: { stallMs: number; answerMs: number } = { stallMs: UPLOAD_STALL_MS, answerMs: ANSWER_WAIT_MS },
): Promise<AttachmentUploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    let stalled = false;
    // Every sign of life gives the upload its time again.
    const watch = (ms: number) => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        stalled = true;
        request.abort();
      }, ms);
    };
    const settle = () => clearTimeout(watchdog);
    request.open('POST', '/api/forms/attachments');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      watch(limits.stallMs);
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    // Sent: now the server reads the file's type and stores it.
    request.upload.onload = () => watch(limits.answerMs);
    request.onload = () => {
      settle();
      const result = request.response as AttachmentUploadResult | null;
      if (result && typeof result === 'object' && ANSWERS.has(result.status)) resolve(result);
      else reject(new Error(`the upload answered ${request.status}`));
    };
    request.onerror = () => {
      settle();
      reject(new Error('the upload failed'));
    };
    request.onabort = () => {
      settle();
      reject(new Error(stalled ? 'the upload stalled' : 'the upload was stopped'));
    };
    request.send(body);
    watch(limits.stallMs);
  });
}
