import { Select, Textarea } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchUnit } from '../api/org';
import { useReceivingUnit } from '../cases/useNames';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** Forwards to a unit above the receiving one: its superiors are the few units on its path to the root. */
export default function ForwardToSuperiorForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const unit = useReceivingUnit(c);
  const superiors = (unit.data?.ancestorIds ?? []).filter((id) => id !== unit.data?.id);
  const units = useQueries({
    queries: superiors.map((id) => ({ queryKey: ['unit', id], queryFn: () => fetchUnit(id), staleTime: 300_000 })),
  });
  const state = useActionForm(
    c,
    action,
    { targetUnitId: '', reasons: '' },
    (v) => ({ targetUnitId: v.targetUnitId || undefined, reasons: v.reasons }),
    onDone,
  );
  const data = units
    .map((q) => q.data)
    .filter((u) => !!u)
    .reverse()
    .map((u) => ({ value: u.id, label: u.name }));
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Select
        label={t('fields.targetUnit')}
        required
        data={data}
        {...state.form.getInputProps('targetUnitId')}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea label={t('fields.reasons')} required autosize minRows={3} {...state.form.getInputProps('reasons')} />
    </ActionFormShell>
  );
}
