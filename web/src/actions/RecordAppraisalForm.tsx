import { Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentChooser, uploadStepFor } from '../components/AttachmentChooser';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

const OPINIONS = ['supports', 'supports_with_conditions', 'does_not_support'];

export default function RecordAppraisalForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { opinion: '', content: '', attachmentIds: [] as string[] },
    (v) => ({ ...v, opinion: v.opinion || undefined }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Radio.Group label={t('fields.opinion')} required {...form.getInputProps('opinion')}>
        <Stack gap={6} mt={4}>
          {OPINIONS.map((o) => (
            <Radio key={o} value={o} label={t(`case:opinions.appraisal.${o}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea label={t('fields.content')} required autosize minRows={3} {...form.getInputProps('content')} />
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
