import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import { vietnamDate } from '../format/dates';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

export default function RequestPartyOpinionForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const today = vietnamDate();
  const state = useActionForm(
    c,
    action,
    { requestedOn: today as string | undefined, note: '' },
    (v) => ({ requestedOn: v.requestedOn, note: v.note.trim() || undefined }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <DateField
        label={t('fields.requestedOn')}
        maxDate={today}
        value={form.values.requestedOn}
        onChange={(v) => form.setFieldValue('requestedOn', v)}
        error={form.errors.requestedOn}
      />
      <Textarea label={t('fields.note')} autosize minRows={2} {...form.getInputProps('note')} />
    </ActionFormShell>
  );
}
