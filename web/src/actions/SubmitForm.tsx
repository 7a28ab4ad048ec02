import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

export default function SubmitForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(c, action, {}, () => ({}), onDone);
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Text size="sm">{t('submitConfirm', { version: c.planVersion })}</Text>
    </ActionFormShell>
  );
}
