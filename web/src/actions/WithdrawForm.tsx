import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

const REASONS = [
  'no_longer_needed',
  'resolved_otherwise',
  'insufficient_resources',
  'beyond_authority',
  'personal_reasons',
  'other',
];

export default function WithdrawForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { reason: '', note: '' },
    (v) => ({ reason: v.reason || undefined, note: v.note.trim() || undefined }),
    onDone,
  );
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone} danger>
      <Select
        label={t('fields.reason')}
        required
        data={REASONS.map((r) => ({ value: r, label: t(`withdrawReasons.${r}`) }))}
        {...state.form.getInputProps('reason')}
        comboboxProps={{ withinPortal: true }}
      />
      <Textarea label={t('fields.note')} autosize minRows={2} {...state.form.getInputProps('note')} />
    </ActionFormShell>
  );
}
