import { jwksDocument } from '@/lib/test-idp/endpoints';
import { json, whenEnabled } from '@/lib/test-idp/http';

export const dynamic = 'force-dynamic';

export const GET = whenEnabled(async () => json(await jwksDocument()));
