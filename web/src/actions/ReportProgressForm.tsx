import { NumberInput, Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentChooser, uploadStepFor } from '../components/AttachmentChooser';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** Progress against a milestone of the plan, with evidence. */
export default function ReportProgressForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const milestones = (c.plan?.timeline?.milestones ?? []).map((m) => m.title);
  const state = useActionForm(
    c,
    action,
    {
      milestone: '' as string | null,
      percentComplete: 0 as number | string,
      content: '',
      evidenceAttachmentIds: [] as string[],
    },
    (v) => ({
      milestone: v.milestone || undefined,
      percentComplete: Number(v.percentComplete),
      content: v.content,
      evidenceAttachmentIds: v.evidenceAttachmentIds,
    }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Select
        label={t('fields.milestone')}
        data={milestones}
        clearable
        clearButtonProps={{ 'aria-label': t('common:clear') }}
        {...form.getInputProps('milestone')}
        comboboxProps={{ withinPortal: true }}
      />
      <NumberInput
        label={t('fields.percentComplete')}
        required
        min={0}
        max={100}
        clampBehavior="strict"
        allowDecimal={false}
        suffix=" %"
        {...form.getInputProps('percentComplete')}
      />
      <Textarea label={t('fields.content')} required autosize minRows={3} {...form.getInputProps('content')} />
      <AttachmentChooser
        code={c.code}
        uploadStep={uploadStepFor(c, action)}
        legend={t('fields.evidence')}
        attachments={c.attachments}
        value={form.values.evidenceAttachmentIds}
        onChange={(ids) => form.setFieldValue('evidenceAttachmentIds', ids)}
      />
    </ActionFormShell>
  );
}
