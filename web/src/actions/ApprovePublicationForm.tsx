import { Checkbox, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** What the public showcase may show: only what is written here, names only if ticked. */
export default function ApprovePublicationForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { summary: '', results: '', showProposerNames: false },
    (v) => ({ summary: v.summary.trim(), results: v.results.trim(), showProposerNames: v.showProposerNames }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Textarea label={t('fields.publicSummary')} required autosize minRows={3} {...form.getInputProps('summary')} />
      <Textarea label={t('fields.publicResults')} required autosize minRows={3} {...form.getInputProps('results')} />
      <Checkbox
        label={t('fields.showProposerNames')}
        {...form.getInputProps('showProposerNames', { type: 'checkbox' })}
      />
    </ActionFormShell>
  );
}
