import { whenEnabled } from '@/lib/test-idp/http';
import { cancel } from '@/lib/test-idp/steps';

export const dynamic = 'force-dynamic';

export const GET = whenEnabled((request) => cancel(new URL(request.url).searchParams));
