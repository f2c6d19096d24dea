import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pdfSample } from '@/tests/fixtures/attachments/samples';
import { S3Storage } from './s3-storage';
import { InvalidAttachmentKeyError, newAttachmentKey } from './storage';

type Recorded = { method: string; path: string; headers: IncomingHttpHeaders; body: Buffer };

/**
 * A stand-in for an S3-compatible service on the loopback address: it keeps objects in memory,
 * answers as S3 does (404 NoSuchKey, 204 on delete) and records every request it gets.
 */
function startS3Stub() {
  const objects = new Map<string, { body: Buffer; contentType: string }>();
  const requests: Recorded[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://stub').pathname);
      const body = Buffer.concat(chunks);
      requests.push({ method: request.method ?? '', path, headers: request.headers, body });
      if (path.endsWith('/forbidden-object-1')) {
        response.writeHead(403, { 'content-type': 'application/xml' });
        response.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Access Denied</Message></Error>');
        return;
      }
      if (request.method === 'PUT') {
        objects.set(path, { body, contentType: request.headers['content-type'] ?? '' });
        response.writeHead(200, { etag: '"stub"' });
        response.end();
      } else if (request.method === 'GET') {
        const object = objects.get(path);
        if (!object) {
          response.writeHead(404, { 'content-type': 'application/xml' });
          response.end('<?xml version="1.0" encoding="UTF-8"?><Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>');
          return;
        }
        response.writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length, etag: '"stub"' });
        response.end(object.body);
      } else if (request.method === 'DELETE') {
        objects.delete(path);
        response.writeHead(204);
        response.end();
      } else {
        response.writeHead(405);
        response.end();
      }
    });
  });
  return { server, objects, requests };
}

describe('S3Storage against an S3-compatible service', () => {
  const stub = startS3Stub();
  let storage: S3Storage;

  beforeAll(async () => {
    await new Promise<void>((resolve) => stub.server.listen(0, '127.0.0.1', resolve));
    const { port } = stub.server.address() as AddressInfo;
    storage = new S3Storage({
      bucket: 'asiointi-attachments',
      region: 'eu-north-1',
      endpoint: `http://127.0.0.1:${port}`,
      forcePathStyle: true,
      credentials: { accessKeyId: 'test-key-id', secretAccessKey: 'test-secret' },
    });
  });

  afterAll(async () => {
    await new Promise((resolve) => stub.server.close(resolve));
  });

  beforeEach(() => {
    stub.requests.length = 0;
  });

  it('puts the bytes in the bucket under the key, with the content type, signed with the configured key', async () => {
    const key = newAttachmentKey();
    const pdf = pdfSample();
    await storage.put(key, pdf, { contentType: 'application/pdf' });

    expect(stub.requests).toHaveLength(1);
    const [put] = stub.requests;
    expect(put).toMatchObject({ method: 'PUT', path: `/asiointi-attachments/${key}` });
    expect(put?.headers['content-type']).toBe('application/pdf');
    expect(put?.headers['content-length']).toBe(String(pdf.length));
    expect(put?.body.equals(pdf)).toBe(true);
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test-key-id\/\d{8}\/eu-north-1\/s3\/aws4_request/);
    // A plain body, not the aws-chunked encoding several S3-compatible services refuse.
    expect(put?.headers['content-encoding']).toBeUndefined();
    expect(put?.headers['x-amz-content-sha256'] ?? '').not.toMatch(/^STREAMING/);
  });

  it('gets the object back as a stream, with its content type and size', async () => {
    const key = newAttachmentKey();
    const pdf = pdfSample();
    await storage.put(key, new Blob([new Uint8Array(pdf)]).stream(), { contentType: 'application/pdf' });
    const stored = await storage.get(key);
    expect(stored?.contentType).toBe('application/pdf');
    expect(stored?.size).toBe(pdf.length);
    expect(Buffer.from(await new Response(stored!.body).arrayBuffer()).equals(pdf)).toBe(true);
    expect(stub.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`PUT /asiointi-attachments/${key}`, `GET /asiointi-attachments/${key}`]);
  });

  it('answers null for a missing object, and deletes by key', async () => {
    const key = newAttachmentKey();
    expect(await storage.get(key)).toBeNull();
    await storage.put(key, pdfSample(), { contentType: 'application/pdf' });
    await storage.delete(key);
    expect(stub.objects.has(`/asiointi-attachments/${key}`)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    expect(stub.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /asiointi-attachments/${key}`,
      `PUT /asiointi-attachments/${key}`,
      `DELETE /asiointi-attachments/${key}`,
      `GET /asiointi-attachments/${key}`,
    ]);
  });

  it('passes on an error other than a missing object', async () => {
    await expect(storage.get('forbidden-object-1')).rejects.toThrow(/Access Denied/);
  });

  it('refuses a key it could not have made, before any request', async () => {
    await expect(storage.put('../other-bucket/x', pdfSample(), { contentType: 'application/pdf' })).rejects.toBeInstanceOf(InvalidAttachmentKeyError);
    await expect(storage.get('a/b/../../c-object')).rejects.toBeInstanceOf(InvalidAttachmentKeyError);
    await expect(storage.delete('?list-type=2')).rejects.toBeInstanceOf(InvalidAttachmentKeyError);
    expect(stub.requests).toEqual([]);
  });
});
