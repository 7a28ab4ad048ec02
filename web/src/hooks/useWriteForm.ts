import { useForm, type UseFormReturnType } from '@mantine/form';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../api/errors';
import { toFormErrors } from '../api/field-paths';

export interface WriteForm<V extends Record<string, unknown>> {
  form: UseFormReturnType<V>;
  submit(e?: FormEvent<HTMLFormElement>): void;
  busy: boolean;
  error: unknown;
  reload?(): Promise<void>;
}

/**
 * A form that writes to the API: field errors from a 422 land next to their fields and what was
 * typed stays; a 412 (someone changed the record meanwhile) is kept until the caller reloads.
 */
export function useWriteForm<V extends Record<string, unknown>>(
  initialValues: V,
  send: (values: V) => Promise<void>,
  opts: { reload?(): Promise<void>; root?: string } = {},
): WriteForm<V> {
  const form = useForm<V>({ mode: 'controlled', initialValues });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(values: V) {
    setBusy(true);
    setError(null);
    form.clearErrors();
    try {
      await send(values);
    } catch (e) {
      setError(e);
      if (isApiError(e)) form.setErrors(toFormErrors(e.fields, opts.root));
    } finally {
      setBusy(false);
    }
  }

  return {
    form,
    submit: form.onSubmit(run),
    busy,
    error,
    reload: opts.reload
      ? async () => {
          await opts.reload!();
          setError(null);
        }
      : undefined,
  };
}
