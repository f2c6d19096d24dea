/**
 * An identity broker at the edge of the outside world, for tests of the portal's sign-in: a
 * small OpenID Connect issuer on 127.0.0.1 with discovery, keys and a token endpoint. The test
 * decides, code by code, which ID token the token endpoint hands out — a good one or one the
 * portal must refuse.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';

export type FakeIdentityBroker = {
  issuer: string;
  /** Signs claims with the key the broker publishes. */
  sign: (payload: JWTPayload) => Promise<string>;
  /** Signs claims with a key the broker does not publish (the same kid, so only the signature can tell). */
  signWithForeignKey: (payload: JWTPayload) => Promise<string>;
  /** The next token request with `code` answers with this ID token. */
  answerCode: (code: string, idToken: string) => void;
  /** The token requests the broker received, as form fields. */
  tokenRequests: URLSearchParams[];
  close: () => Promise<void>;
};

const KID = 'broker-key-1';

export async function startFakeIdentityBroker(): Promise<FakeIdentityBroker> {
  const published = await generateKeyPair('RS256', { extractable: true });
  const foreign = await generateKeyPair('RS256');
  const publicJwk = { ...(await exportJWK(published.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
  const idTokens = new Map<string, string>();
  const tokenRequests: URLSearchParams[] = [];

  let issuer = '';
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = new URL(request.url ?? '/', issuer).pathname;
      const json = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        response.end(JSON.stringify(body));
      };
      if (request.method === 'GET' && path === '/.well-known/openid-configuration') {
        return json(200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/userinfo`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['pairwise'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic'],
          authorization_response_iss_parameter_supported: true,
        });
      }
      if (request.method === 'GET' && path === '/jwks') return json(200, { keys: [publicJwk] });
      if (request.method === 'POST' && path === '/token') {
        const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
        tokenRequests.push(form);
        const idToken = idTokens.get(form.get('code') ?? '');
        if (!idToken) return json(400, { error: 'invalid_grant' });
        idTokens.delete(form.get('code')!);
        return json(200, { access_token: `access-${form.get('code')}`, token_type: 'Bearer', expires_in: 300, id_token: idToken });
      }
      json(404, { error: 'not_found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const signWith = (key: CryptoKey) => (payload: JWTPayload) =>
    new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: KID, typ: 'JWT' }).sign(key);

  return {
    issuer,
    sign: signWith(published.privateKey),
    signWithForeignKey: signWith(foreign.privateKey),
    answerCode: (code, idToken) => idTokens.set(code, idToken),
    tokenRequests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
