import { whenEnabled } from '@/lib/test-idp/http';
import { changeLanguage } from '@/lib/test-idp/steps';

export const dynamic = 'force-dynamic';

export const GET = whenEnabled((request) => changeLanguage(new URL(request.url).searchParams));
