import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { createAttachmentStorage } from './configured-storage';
import { LocalDiskStorage } from './local-disk-storage';
import { S3Storage } from './s3-storage';

describe('attachment storage settings', () => {
  it('keep files on the local disk under DATA_DIR by default', async () => {
    expect(parseEnv({}).attachmentStorage).toEqual({ kind: 'local', directory: '.data/attachments' });
    expect(parseEnv({ DATA_DIR: '/var/lib/asiointi/' }).attachmentStorage).toEqual({ kind: 'local', directory: '/var/lib/asiointi/attachments' });
    expect(parseEnv({ ATTACHMENTS_DIR: '/srv/files' }).attachmentStorage).toEqual({ kind: 'local', directory: '/srv/files' });
    expect(await createAttachmentStorage(parseEnv({}).attachmentStorage)).toBeInstanceOf(LocalDiskStorage);
  });

  it('use an S3-compatible bucket once one is named, by path when an endpoint is given', async () => {
    const env = parseEnv({
      ATTACHMENTS_S3_BUCKET: 'asiointi-attachments',
      ATTACHMENTS_S3_ENDPOINT: 'https://objects.example.fi',
      ATTACHMENTS_S3_ACCESS_KEY_ID: 'key-id',
      ATTACHMENTS_S3_SECRET_ACCESS_KEY: 'secret',
    });
    expect(env.attachmentStorage).toEqual({
      kind: 's3',
      bucket: 'asiointi-attachments',
      region: 'us-east-1',
      endpoint: 'https://objects.example.fi',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key-id', secretAccessKey: 'secret' },
    });
    expect(await createAttachmentStorage(env.attachmentStorage)).toBeInstanceOf(S3Storage);
  });

  it('address AWS buckets by host name and leave credentials to the SDK when none are given', () => {
    expect(parseEnv({ ATTACHMENTS_S3_BUCKET: 'city-files', ATTACHMENTS_S3_REGION: 'eu-north-1' }).attachmentStorage).toEqual({
      kind: 's3',
      bucket: 'city-files',
      region: 'eu-north-1',
      forcePathStyle: false,
    });
    expect(parseEnv({ ATTACHMENTS_S3_BUCKET: 'city-files', ATTACHMENTS_S3_ENDPOINT: 'https://s3.example.fi', ATTACHMENTS_S3_FORCE_PATH_STYLE: 'false' }).attachmentStorage).toMatchObject({ forcePathStyle: false });
  });

  it('refuse S3 settings without a bucket, half a key pair and a bad bucket name', () => {
    expect(() => parseEnv({ ATTACHMENTS_S3_ENDPOINT: 'https://s3.example.fi' })).toThrow(/ATTACHMENTS_S3_BUCKET: needed with ATTACHMENTS_S3_ENDPOINT/);
    expect(() => parseEnv({ ATTACHMENTS_S3_BUCKET: 'files', ATTACHMENTS_S3_ACCESS_KEY_ID: 'key-id' })).toThrow(/set both, or neither/);
    expect(() => parseEnv({ ATTACHMENTS_S3_BUCKET: 'Files_Of_Residents' })).toThrow(/ATTACHMENTS_S3_BUCKET: must be a bucket name/);
    expect(() => parseEnv({ ATTACHMENTS_S3_BUCKET: 'files', ATTACHMENTS_S3_ENDPOINT: 'not a url' })).toThrow(/ATTACHMENTS_S3_ENDPOINT/);
  });

  it('refuse a production start that would send files over plain http', () => {
    const production = {
      APP_ENV: 'production',
      DATABASE_URL: 'postgresql://app@db.internal/asiointi',
      PUBLIC_URL: 'https://asiointi.example.fi',
      OIDC_ISSUER: 'https://tunnistus.example.fi/auth/realms/helsinki',
      AUTH_SECRET: 'a-production-secret-of-forty-characters!',
      OIDC_CLIENT_SECRET: 'a-client-secret-from-the-broker',
      PERSONAL_ID_ENCRYPTION_KEY: Buffer.alloc(32, 'e').toString('base64'),
      PERSONAL_ID_HASH_KEY: Buffer.alloc(32, 'h').toString('base64'),
      RESEND_API_KEY: 're_123',
      ATTACHMENTS_S3_BUCKET: 'files',
    };
    expect(() => parseEnv({ ...production, ATTACHMENTS_S3_ENDPOINT: 'http://minio.internal:9000' })).toThrow(/ATTACHMENTS_S3_ENDPOINT: production sends residents' files over https:\/\/ only/);
    expect(parseEnv({ ...production, ATTACHMENTS_S3_ENDPOINT: 'https://minio.internal' }).attachmentStorage.kind).toBe('s3');
    // http is fine for a developer's MinIO.
    expect(parseEnv({ ATTACHMENTS_S3_BUCKET: 'files', ATTACHMENTS_S3_ENDPOINT: 'http://127.0.0.1:9000' }).attachmentStorage.kind).toBe('s3');
  });
});
