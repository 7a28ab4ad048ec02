import { useForm } from '@mantine/form';
import { useState } from 'react';
import { isApiError } from '../api/errors';
import { toFormErrors } from '../api/field-paths';
import type { Plan } from '../api/plan';
import type { PlanForm } from './plan-form';
import { toPlanValues } from './plan-values';

/** The plan form with the last answer of the server; its field errors (`plan.…`) are put on the fields. */
export function usePlanForm(plan: Plan | null | undefined, urgent = false) {
  const form: PlanForm = useForm({ mode: 'controlled', initialValues: toPlanValues(plan, urgent) });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function attempt(kind: string, run: () => Promise<void>): Promise<void> {
    setBusy(kind);
    setError(null);
    form.clearErrors();
    try {
      await run();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  }

  function showError(e: unknown) {
    setError(e);
    if (isApiError(e)) form.setErrors(toFormErrors(e.fields, 'plan'));
  }

  return { form, error, busy, attempt, showError, clearError: () => setError(null) };
}
