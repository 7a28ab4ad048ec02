import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

export default function ResubmitForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(c, action, { response: '' }, (v) => v, onDone);
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Textarea label={t('fields.response')} required autosize minRows={3} {...state.form.getInputProps('response')} />
    </ActionFormShell>
  );
}
