import 'server-only';
import { type AttachmentStorageSettings, env } from '@/lib/env';
import { LocalDiskStorage } from './local-disk-storage';
import type { AttachmentStorage } from './storage';

/**
 * The storage the settings name: an S3 bucket when ATTACHMENTS_S3_BUCKET is set, else the local
 * folder. The AWS SDK is large, so it is loaded only when a bucket is configured.
 */
export async function createAttachmentStorage(settings: AttachmentStorageSettings): Promise<AttachmentStorage> {
  if (settings.kind === 'local') return new LocalDiskStorage(settings.directory);
  const { S3Storage } = await import('./s3-storage');
  return new S3Storage(settings);
}

const shared = globalThis as typeof globalThis & { asiointiAttachmentStorage?: Promise<AttachmentStorage> };

/** The portal's attachment storage, one per process (an S3 client keeps its connections open). */
export function attachmentStorage(): Promise<AttachmentStorage> {
  shared.asiointiAttachmentStorage ??= createAttachmentStorage(env.attachmentStorage);
  return shared.asiointiAttachmentStorage;
}
