import { NextResponse, type NextRequest } from 'next/server';
import { autosave, isAutosaveInput } from '@/lib/forms/autosave';
import { isSameOriginRequest } from '@/lib/security/same-origin-request';

export const dynamic = 'force-dynamic';

const noStore = { 'Cache-Control': 'no-store' };
/** Far more than a page of answers; a bigger body is not a save of this wizard. */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * The wizard's autosave (components/forms/wizard/use-autosave.ts) posts a page's answers here
 * as JSON: a route of its own rather than a server action on the form's page, because it is the
 * most frequent write of the portal and a page's address costs it the page's whole machinery.
 * Answers with lib/forms/wizard-state.ts's AutosaveResult; a refusal is a result too (200), so
 * that the browser can tell "save again later" from "stop".
 */
export async function POST(request: NextRequest) {
  // Another site cannot make a signed-in browser save into a draft.
  if (!isSameOriginRequest(request)) return NextResponse.json({ status: 'forbidden' }, { status: 403, headers: noStore });
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_BODY_BYTES) return NextResponse.json({ status: 'tooLarge' }, { status: 413, headers: noStore });
  let input: unknown;
  try {
    const body = await request.text();
    if (body.length > MAX_BODY_BYTES) return NextResponse.json({ status: 'tooLarge' }, { status: 413, headers: noStore });
    input = JSON.parse(body);
  } catch {
    return NextResponse.json({ status: 'invalidRequest' }, { status: 400, headers: noStore });
  }
  if (!isAutosaveInput(input)) return NextResponse.json({ status: 'invalidRequest' }, { status: 400, headers: noStore });
  return NextResponse.json(await autosave(input), { headers: noStore });
}
