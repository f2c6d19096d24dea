import { NextRequest } from 'next/server';

/** Whether Auth.js takes `value` for a callbackUrl: an http(s) address, or a path on this site. */
function isCallbackAddress(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

/**
 * Auth.js answers any request whose `callbackUrl` query parameter is not an address with a 500
 * ("server configuration"). A made-up one is bad input, not a fault of the server: the request
 * goes on without it, and the person lands on the front page as for any address off the site
 * (the redirect callback in auth.ts).
 */
export function withoutInvalidCallbackUrl<Req extends Request, Args extends unknown[]>(handler: (request: Req, ...rest: Args) => Promise<Response>) {
  return async (request: Req, ...rest: Args): Promise<Response> => {
    const url = new URL(request.url);
    const value = url.searchParams.get('callbackUrl');
    if (value === null || isCallbackAddress(value, url.origin)) return handler(request, ...rest);
    url.searchParams.delete('callbackUrl');
    const cleaned = new NextRequest(url, { method: request.method, headers: request.headers, body: request.body, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]);
    return handler(cleaned as unknown as Req, ...rest);
  };
}
