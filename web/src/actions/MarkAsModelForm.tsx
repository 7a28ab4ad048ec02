import { Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** KL14 §2.5: a completed initiative offered to other units as a model to adopt. */
export default function MarkAsModelForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(c, action, { summary: '' }, (v) => ({ summary: v.summary.trim() }), onDone);
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Textarea
        label={t('fields.modelSummary')}
        required
        autosize
        minRows={3}
        {...state.form.getInputProps('summary')}
      />
    </ActionFormShell>
  );
}
