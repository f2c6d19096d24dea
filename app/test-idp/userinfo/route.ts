import { userinfoEndpoint } from '@/lib/test-idp/endpoints';
import { whenEnabled } from '@/lib/test-idp/http';

export const dynamic = 'force-dynamic';

export const GET = whenEnabled(userinfoEndpoint);
export const POST = whenEnabled(userinfoEndpoint);
