import 'server-only';
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { type AttachmentStorage, type StoredAttachment, assertAttachmentKey } from './storage';
import { streamChunks } from './stream-chunks';

export type S3StorageConfig = {
  bucket: string;
  region: string;
  /** An S3-compatible service's address (MinIO, Ceph, a cloud's object storage); unset for AWS. */
  endpoint?: string;
  /** `https://host/bucket/key` instead of `https://bucket.host/key`; most S3-compatible services want it. */
  forcePathStyle: boolean;
  /** Unset: the SDK's own chain (instance role, its AWS_* variables). */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

/**
 * Attachments as objects in one bucket of S3 or an S3-compatible service, named by their key, so
 * any number of app instances share them.
 */
export class S3Storage implements AttachmentStorage {
  private readonly client: S3Client;

  constructor(private readonly config: S3StorageConfig) {
    this.client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      credentials: config.credentials,
      // The SDK's default adds CRC32 checksums in aws-chunked uploads, which several
      // S3-compatible services refuse; checksums only where the API demands them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, body: Uint8Array | ReadableStream<Uint8Array>, options: { contentType: string }): Promise<void> {
    assertAttachmentKey(key);
    // S3 refuses a body of unknown length; attachments are small and already bounded by
    // checkAttachment, so a stream is gathered first.
    const bytes = body instanceof Uint8Array ? body : await gather(body);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.config.bucket,
        Key: key,
        Body: bytes,
        ContentLength: bytes.length,
        ContentType: options.contentType,
      }),
    );
  }

  async get(key: string): Promise<StoredAttachment | null> {
    assertAttachmentKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.config.bucket, Key: key }));
      if (!object.Body) return null;
      return {
        body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
        contentType: object.ContentType ?? 'application/octet-stream',
        size: object.ContentLength ?? 0,
      };
    } catch (error) {
      if (error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    assertAttachmentKey(key);
    // S3 answers 204 for a key that is not there, which is what the interface promises.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.config.bucket, Key: key }));
  }
}

async function gather(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of streamChunks(stream)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
