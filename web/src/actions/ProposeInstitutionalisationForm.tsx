import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** KL14 §2.5: a gap in the rules the initiative revealed, proposed to the competent body. */
export default function ProposeInstitutionalisationForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { addressedTo: '', gap: '', proposal: '' },
    (v) => ({ addressedTo: v.addressedTo.trim(), gap: v.gap.trim(), proposal: v.proposal.trim() }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <TextInput label={t('fields.addressedTo')} required {...form.getInputProps('addressedTo')} />
      <Textarea label={t('fields.gap')} required autosize minRows={3} {...form.getInputProps('gap')} />
      <Textarea label={t('fields.proposal')} required autosize minRows={3} {...form.getInputProps('proposal')} />
    </ActionFormShell>
  );
}
