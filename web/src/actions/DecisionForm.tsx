import { Alert, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentChooser, uploadStepFor } from '../components/AttachmentChooser';
import { DateField } from '../components/DateField';
import { vietnamDate } from '../format/dates';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** A written decision (approve, or override a rejection): number, date, reasons, the signed document. */
export default function DecisionForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const today = vietnamDate();
  const state = useActionForm(
    c,
    action,
    { decisionNumber: '', decisionDate: today as string | undefined, reasons: '', attachmentIds: [] as string[] },
    (v) => v,
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      {action === 'override_rejection' && (
        <Alert color="orange" variant="light">
          {t('override.warning')}
        </Alert>
      )}
      <TextInput label={t('fields.decisionNumber')} required {...form.getInputProps('decisionNumber')} />
      <DateField
        label={t('fields.decisionDate')}
        required
        maxDate={today}
        value={form.values.decisionDate}
        onChange={(v) => form.setFieldValue('decisionDate', v)}
        error={form.errors.decisionDate}
      />
      <Textarea label={t('fields.reasons')} required autosize minRows={3} {...form.getInputProps('reasons')} />
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
