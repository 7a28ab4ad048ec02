import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** A written directive of the head: continue, suspend, resume or terminate (Art. 6(4)). */
export default function DirectiveForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { reasons: '', directiveNumber: '' },
    (v) => ({ reasons: v.reasons, directiveNumber: v.directiveNumber.trim() || undefined }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell
      action={action}
      state={state}
      onCancel={onDone}
      danger={action === 'terminate' || action === 'suspend'}
    >
      <TextInput label={t('fields.directiveNumber')} {...form.getInputProps('directiveNumber')} />
      <Textarea label={t('fields.reasons')} required autosize minRows={3} {...form.getInputProps('reasons')} />
    </ActionFormShell>
  );
}
