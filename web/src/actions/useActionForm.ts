import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifySuccess } from '../components/notify';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCase, performAction, type ActionEvent } from '../api/cases';
import { isApiError } from '../api/errors';
import { toFormErrors } from '../api/field-paths';
import type { CaseDetail } from '../api/types';
import { caseKey, eventsKey } from '../cases/useCase';

export type ActionResult = CaseDetail & { event: ActionEvent };

export interface ActionForm<V extends Record<string, unknown>> {
  form: UseFormReturnType<V>;
  submit(e?: FormEvent<HTMLFormElement>): void;
  busy: boolean;
  error: unknown;
  version: number;
  reload(): Promise<void>;
}

/**
 * The life of one action form: the case version the user saw goes in If-Match; field errors from
 * the API land next to their fields and what was typed stays; a 412 asks the user to reload.
 */
export function useActionForm<V extends Record<string, unknown>>(
  c: CaseDetail,
  action: string,
  initialValues: V,
  toBody: (values: V) => unknown,
  onSuccess: (result: ActionResult) => void,
): ActionForm<V> {
  const { t } = useTranslation('actions');
  const client = useQueryClient();
  const form = useForm<V>({ mode: 'controlled', initialValues });
  const version = useRef(c.version);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run(values: V) {
    setBusy(true);
    setError(null);
    form.clearErrors();
    try {
      const result = await performAction(c.code, action, version.current, toBody(values));
      const { event: _event, ...detail } = result;
      client.setQueryData(caseKey(c.code), detail);
      void client.invalidateQueries({ queryKey: eventsKey(c.code) });
      void client.invalidateQueries({ queryKey: ['worklist'] });
      void client.invalidateQueries({ queryKey: ['cases'] });
      notifySuccess(t('done', { action: t(`names.${action}`) }));
      onSuccess(result);
    } catch (e) {
      setError(e);
      if (isApiError(e)) {
        form.setErrors(toFormErrors(e.fields));
        if (e.status === 409) void client.invalidateQueries({ queryKey: caseKey(c.code) });
      }
    } finally {
      setBusy(false);
    }
  }

  return {
    form,
    submit: form.onSubmit(run),
    busy,
    error,
    version: version.current,
    async reload() {
      const fresh = await client.fetchQuery({
        queryKey: caseKey(c.code),
        staleTime: 0,
        queryFn: () => fetchCase(c.code),
      });
      void client.invalidateQueries({ queryKey: eventsKey(c.code) });
      version.current = fresh.version;
      setError(null);
    },
  };
}
