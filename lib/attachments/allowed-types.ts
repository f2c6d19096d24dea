/**
 * The kinds of file a resident may attach, and the default size limit. Free of Node imports, so a
 * form in the browser can use it for its `accept` attribute and its hint text.
 */

export const ATTACHMENT_TYPES = ['pdf', 'jpg', 'png', 'doc', 'docx', 'odt', 'txt'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

type TypeInfo = {
  /** Name endings a person's file may have for this type, lower case, without the dot. */
  extensions: readonly string[];
  /** Content-Type the file is stored and served with. */
  contentType: string;
  /** How the type is named to people: the same in Finnish, Swedish and English. */
  label: string;
};

export const ATTACHMENT_TYPE_INFO: Record<AttachmentType, TypeInfo> = {
  pdf: { extensions: ['pdf'], contentType: 'application/pdf', label: 'PDF' },
  jpg: { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', label: 'JPG' },
  png: { extensions: ['png'], contentType: 'image/png', label: 'PNG' },
  doc: { extensions: ['doc'], contentType: 'application/msword', label: 'DOC' },
  docx: {
    extensions: ['docx'],
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'DOCX',
  },
  odt: { extensions: ['odt'], contentType: 'application/vnd.oasis.opendocument.text', label: 'ODT' },
  // The charset is part of the type because only valid UTF-8 is accepted as text.
  txt: { extensions: ['txt'], contentType: 'text/plain; charset=utf-8', label: 'TXT' },
};

/**
 * 2 MiB, the limit the old portal promised ("at most 2 MB"): exactly 2,097,152 bytes are accepted,
 * one more is refused. People are told "2 MB", as they count it.
 */
export const DEFAULT_MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024;

/** The type a name ending (`pdf`, `JPEG`) stands for among `allowed`, or undefined. */
export function typeForExtension(extension: string, allowed: readonly AttachmentType[] = ATTACHMENT_TYPES): AttachmentType | undefined {
  const lower = extension.toLowerCase();
  return allowed.find((type) => ATTACHMENT_TYPE_INFO[type].extensions.includes(lower));
}

/** "PDF, JPG, PNG, DOC, DOCX, ODT, TXT": the allowed types as a message value. */
export function describeAttachmentTypes(allowed: readonly AttachmentType[] = ATTACHMENT_TYPES): string {
  return allowed.map((type) => ATTACHMENT_TYPE_INFO[type].label).join(', ');
}

/** Value for `<input type="file" accept>`: a hint to the browser's picker, never a check. */
export function attachmentAcceptAttribute(allowed: readonly AttachmentType[] = ATTACHMENT_TYPES): string {
  return allowed.flatMap((type) => ATTACHMENT_TYPE_INFO[type].extensions.map((extension) => `.${extension}`)).join(',');
}

/**
 * A byte limit in megabytes for messages ("2 MB"); MiB shown as MB, as people and the old portal
 * say it. Rounded to one decimal so 512 KiB reads 0.5.
 */
export function limitInMegabytes(maxBytes: number): number {
  return Math.round((maxBytes / (1024 * 1024)) * 10) / 10;
}
