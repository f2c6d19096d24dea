import { NextRequest } from 'next/server';
import { POST } from '@/app/api/forms/autosave/route';
import type { AutosaveInput, AutosaveResult } from '@/lib/forms/wizard-state';

/** Posts an autosave to its route as the wizard does, as whoever `callAs` made the caller. */
export async function autosaveDraft(input: AutosaveInput): Promise<AutosaveResult> {
  const request = new NextRequest('http://localhost:3000/api/forms/autosave', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
    body: JSON.stringify(input),
  });
  const response = await POST(request);
  if (!response.ok) throw new Error(`autosave answered ${response.status}`);
  return (await response.json()) as AutosaveResult;
}
