import { ATTACHMENT_TYPE_INFO, describeAttachmentTypes, limitInMegabytes } from './allowed-types';
import type { AttachmentRefusal } from './check-attachment';
import { messageKey } from '@/lib/i18n/message-key';

/**
 * The message for a refused file, as a key in the `Attachments` namespace and its values:
 * `t(message.key, message.values)` with `getTranslations('Attachments')` or
 * `useTranslations('Attachments')`.
 */
export function attachmentRefusalMessage(refusal: AttachmentRefusal) {
  return {
    key: `refused.${messageKey(refusal.reason)}` as `refused.${'tooLarge' | 'empty' | 'typeNotAllowed' | 'typeMismatch' | 'badName'}`,
    values: {
      name: refusal.name,
      limit: limitInMegabytes(refusal.maxBytes),
      types: describeAttachmentTypes(refusal.allowedTypes),
      declared: refusal.declared ? ATTACHMENT_TYPE_INFO[refusal.declared].label : '',
    },
  };
}
