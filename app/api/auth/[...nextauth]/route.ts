import { handlers } from '@/lib/auth/auth';
import { withoutInvalidCallbackUrl } from '@/lib/auth/callback-url';
import { withSignInLimit } from '@/lib/auth/sign-in-limit';
import { clientAddress } from '@/lib/security/client-address';

const addressOf = (request: Request) => clientAddress(request.headers);

export const GET = withSignInLimit(withoutInvalidCallbackUrl(handlers.GET), addressOf);
export const POST = withSignInLimit(withoutInvalidCallbackUrl(handlers.POST), addressOf);
