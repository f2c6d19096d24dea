import { tokenEndpoint } from '@/lib/test-idp/endpoints';
import { whenEnabled } from '@/lib/test-idp/http';

export const dynamic = 'force-dynamic';

export const POST = whenEnabled(tokenEndpoint);
