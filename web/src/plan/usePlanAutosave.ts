import { useEffect, useState } from 'react';
import type { PlanForm } from './plan-form';

export type AutosaveStatus = { kind: 'idle' } | { kind: 'saved'; version: number } | { kind: 'failed' };

/** How long typing must pause before the draft is saved on its own. */
export const AUTOSAVE_DELAY_MS = 3000;

/**
 * Saves a changed draft on its own once typing pauses, as a new draft version, so leaving or a
 * crash loses little. A refused save stays quiet here (the user is mid-sentence); "Save draft" shows why.
 */
export function usePlanAutosave(
  form: PlanForm,
  enabled: boolean,
  save: () => Promise<{ planVersion: number }>,
): AutosaveStatus {
  const [status, setStatus] = useState<AutosaveStatus>({ kind: 'idle' });
  const dirty = form.isDirty();
  // biome-ignore lint/correctness/useExhaustiveDependencies: each change of the values restarts the delay; the save function is new on every render
  useEffect(() => {
    if (!enabled || !dirty) return;
    const timer = setTimeout(() => {
      save().then(
        (saved) => setStatus({ kind: 'saved', version: saved.planVersion }),
        () => setStatus({ kind: 'failed' }),
      );
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [form.values, enabled, dirty]);
  return status;
}
