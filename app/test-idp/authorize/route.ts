import { whenEnabled } from '@/lib/test-idp/http';
import { authorize } from '@/lib/test-idp/steps';

export const dynamic = 'force-dynamic';

export const GET = whenEnabled((request) => authorize(new URL(request.url).searchParams));

// OpenID Connect lets the client send the same request as a form post.
export const POST = whenEnabled(async (request) => authorize(new URLSearchParams(await request.text())));
