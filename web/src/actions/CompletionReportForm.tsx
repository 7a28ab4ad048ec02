import { Checkbox, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentChooser, uploadStepFor } from '../components/AttachmentChooser';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** The written report of results (the evaluation article, cl. 1; its number is open question G5), declared full and truthful. */
export default function CompletionReportForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { results: '', targetsAssessment: '', difficulties: '', truthfulDeclaration: false, attachmentIds: [] as string[] },
    (v) => ({ ...v, difficulties: v.difficulties.trim() || undefined, truthfulDeclaration: v.truthfulDeclaration }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Textarea label={t('fields.results')} required autosize minRows={3} {...form.getInputProps('results')} />
      <Textarea
        label={t('fields.targetsAssessment')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('targetsAssessment')}
      />
      <Textarea label={t('fields.difficulties')} autosize minRows={2} {...form.getInputProps('difficulties')} />
      <AttachmentChooser
        code={c.code}
        uploadStep={uploadStepFor(c, action)}
        legend={t('fields.attachments')}
        attachments={c.attachments}
        value={form.values.attachmentIds}
        onChange={(ids) => form.setFieldValue('attachmentIds', ids)}
      />
      <Checkbox
        label={t('fields.truthfulDeclaration')}
        required
        {...form.getInputProps('truthfulDeclaration', { type: 'checkbox' })}
      />
    </ActionFormShell>
  );
}
