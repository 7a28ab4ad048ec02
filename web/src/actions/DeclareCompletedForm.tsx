import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import { vietnamDate } from '../format/dates';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

export default function DeclareCompletedForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const today = vietnamDate();
  const state = useActionForm(
    c,
    action,
    { completedOn: today as string | undefined, note: '' },
    (v) => ({ completedOn: v.completedOn, note: v.note.trim() || undefined }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <DateField
        label={t('fields.completedOn')}
        required
        maxDate={today}
        value={form.values.completedOn}
        onChange={(v) => form.setFieldValue('completedOn', v)}
        error={form.errors.completedOn}
      />
      <Textarea label={t('fields.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </ActionFormShell>
  );
}
