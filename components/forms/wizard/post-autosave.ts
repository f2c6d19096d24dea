import type { AutosaveInput, AutosaveResult } from '@/lib/forms/wizard-state';

/**
 * Sends an autosave to app/api/forms/autosave. A network failure or an answer that is not a
 * result throws, and the autosave tries again later; a refusal is a result.
 */
export async function postAutosave(input: AutosaveInput): Promise<AutosaveResult> {
  const response = await fetch('/api/forms/autosave', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(input),
    credentials: 'same-origin',
    cache: 'no-store',
  });
  if (!response.ok) throw new Error(`autosave answered ${response.status}`);
  return (await response.json()) as AutosaveResult;
}
