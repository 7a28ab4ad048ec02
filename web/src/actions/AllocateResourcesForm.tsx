import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../components/MoneyInput';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

export default function AllocateResourcesForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { budgetVnd: undefined as number | undefined, people: '', equipment: '', note: '' },
    (v) => ({
      budgetVnd: v.budgetVnd,
      people: v.people.trim() || undefined,
      equipment: v.equipment.trim() || undefined,
      note: v.note.trim() || undefined,
    }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <MoneyInput
        label={t('fields.budgetVnd')}
        value={form.values.budgetVnd}
        onChange={(v) => form.setFieldValue('budgetVnd', v)}
        error={form.errors.budgetVnd}
      />
      <Textarea label={t('fields.people')} autosize minRows={2} {...form.getInputProps('people')} />
      <Textarea label={t('fields.equipment')} autosize minRows={2} {...form.getInputProps('equipment')} />
      <Textarea label={t('fields.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </ActionFormShell>
  );
}
