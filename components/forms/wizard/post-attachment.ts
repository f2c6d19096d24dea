import type { AttachmentUploadResult } from '@/lib/forms/wizard-state';

const ANSWERS = new Set<AttachmentUploadResult['status']>(['added', 'refused', 'invalid', 'conflict', 'sent', 'expired', 'notFound']);

/**
 * Posts the page with a file to app/api/forms/attachments, with XMLHttpRequest, which (unlike
 * fetch) tells how much of the body has gone: `onProgress` gets the share sent, 0–1. A network
 * failure, or an answer that is not a result, rejects; a refusal is a result.
 */
export function postAttachment(body: FormData, onProgress: (sent: number) => void): Promise<AttachmentUploadResult> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', '/api/forms/attachments');
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const result = request.response as AttachmentUploadResult | null;
      if (result && typeof result === 'object' && ANSWERS.has(result.status)) resolve(result);
      else reject(new Error(`the upload answered ${request.status}`));
    };
    request.onerror = () => reject(new Error('the upload failed'));
    request.onabort = () => reject(new Error('the upload was stopped'));
    request.ontimeout = () => reject(new Error('the upload timed out'));
    request.send(body);
  });
}
