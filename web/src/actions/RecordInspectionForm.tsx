import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentChooser, uploadStepFor } from '../components/AttachmentChooser';
import { DateField } from '../components/DateField';
import { vietnamDate } from '../format/dates';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

const RECOMMENDATIONS = ['none', 'continue', 'adjust', 'suspend', 'terminate'];

export default function RecordInspectionForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const today = vietnamDate();
  const state = useActionForm(
    c,
    action,
    {
      inspectedOn: today as string | undefined,
      findings: '',
      recommendation: 'none' as string | null,
      attachmentIds: [] as string[],
    },
    (v) => v,
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <DateField
        label={t('fields.inspectedOn')}
        required
        maxDate={today}
        value={form.values.inspectedOn}
        onChange={(v) => form.setFieldValue('inspectedOn', v)}
        error={form.errors.inspectedOn}
      />
      <Textarea label={t('fields.findings')} required autosize minRows={3} {...form.getInputProps('findings')} />
      <Select
        label={t('fields.recommendation')}
        required
        data={RECOMMENDATIONS.map((r) => ({ value: r, label: t(`recommendations.${r}`) }))}
        {...form.getInputProps('recommendation')}
        comboboxProps={{ withinPortal: true }}
      />
      <AttachmentChooser
        code={c.code}
        uploadStep={uploadStepFor(c, action)}
        legend={t('fields.attachments')}
        attachments={c.attachments}
        value={form.values.attachmentIds}
        onChange={(ids) => form.setFieldValue('attachmentIds', ids)}
      />
    </ActionFormShell>
  );
}
