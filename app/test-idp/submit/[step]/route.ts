import { whenEnabled } from '@/lib/test-idp/http';
import { submitStep } from '@/lib/test-idp/steps';

export const dynamic = 'force-dynamic';

export const POST = whenEnabled(async (request: Request, context: { params: Promise<{ step: string }> }) =>
  submitStep((await context.params).step, request),
);
