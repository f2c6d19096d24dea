import { handlers } from '@/lib/auth/auth';
import { withSignInLimit } from '@/lib/auth/sign-in-limit';
import { clientAddress } from '@/lib/security/client-address';

const addressOf = (request: Request) => clientAddress(request.headers);

export const GET = withSignInLimit(handlers.GET, addressOf);
export const POST = withSignInLimit(handlers.POST, addressOf);
