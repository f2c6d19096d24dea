import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fi from '@/messages/fi.json';
import sv from '@/messages/sv.json';
import { DEFAULT_MAX_ATTACHMENT_BYTES, attachmentAcceptAttribute, describeAttachmentTypes, limitInMegabytes } from './allowed-types';
import { ATTACHMENT_REFUSAL_REASONS, type AttachmentRefusal } from './check-attachment';
import { attachmentRefusalMessage } from './refusal-message';

const messages = { fi, sv, en };
const refusal = (reason: AttachmentRefusal['reason'], more: Partial<AttachmentRefusal> = {}): AttachmentRefusal => ({
  reason,
  name: 'hakemus.pdf',
  maxBytes: DEFAULT_MAX_ATTACHMENT_BYTES,
  allowedTypes: ['pdf', 'jpg', 'png', 'doc', 'docx', 'odt', 'txt'],
  declared: 'pdf',
  ...more,
});

describe('attachment refusal messages', () => {
  it.each(['fi', 'sv', 'en'] as const)('say every reason in %s with the name and no placeholder left', (locale) => {
    const t = createTranslator({ locale, messages: messages[locale], namespace: 'Attachments' });
    for (const reason of ATTACHMENT_REFUSAL_REASONS) {
      const { key, values } = attachmentRefusalMessage(refusal(reason));
      const text = t(key, values);
      expect(text).toContain('hakemus.pdf');
      expect(text).not.toMatch(/[{}]|Attachments\./);
    }
  });

  it('give the limit in megabytes and list the allowed types', () => {
    const t = createTranslator({ locale: 'en', messages: en, namespace: 'Attachments' });
    const tooLarge = attachmentRefusalMessage(refusal('too-large'));
    expect(t(tooLarge.key, tooLarge.values)).toBe('The file hakemus.pdf is larger than 2 MB. Make the file smaller or choose another file.');
    const notAllowed = attachmentRefusalMessage(refusal('type-not-allowed', { name: 'ohjelma.exe', declared: undefined }));
    expect(t(notAllowed.key, notAllowed.values)).toBe('Files of this type cannot be attached (ohjelma.exe). Allowed file types: PDF, JPG, PNG, DOC, DOCX, ODT, TXT.');
    const mismatch = attachmentRefusalMessage(refusal('type-mismatch', { detected: 'png' }));
    expect(t(mismatch.key, mismatch.values)).toContain('is not a PDF file');
  });

  it('write a limit below a megabyte the Finnish way', () => {
    const t = createTranslator({ locale: 'fi', messages: fi, namespace: 'Attachments' });
    const { key, values } = attachmentRefusalMessage(refusal('too-large', { maxBytes: 512 * 1024 }));
    expect(t(key, values)).toBe('Tiedosto hakemus.pdf on suurempi kuin 0,5 Mt. Pienennä tiedostoa tai valitse toinen tiedosto.');
    expect(t('hint', { types: describeAttachmentTypes(['pdf', 'png']), limit: limitInMegabytes(DEFAULT_MAX_ATTACHMENT_BYTES) })).toBe(
      'Sallitut tiedostotyypit: PDF, PNG. Yksi tiedosto voi olla enintään 2 Mt.',
    );
  });

  it('give the browser a list of endings for its file picker', () => {
    expect(attachmentAcceptAttribute()).toBe('.pdf,.jpg,.jpeg,.png,.doc,.docx,.odt,.txt');
    expect(attachmentAcceptAttribute(['pdf'])).toBe('.pdf');
  });
});
