import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

export default function RejectForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(c, action, { reasons: '' }, (v) => v, onDone);
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone} danger>
      <Textarea label={t('fields.reasons')} required autosize minRows={3} {...state.form.getInputProps('reasons')} />
    </ActionFormShell>
  );
}
