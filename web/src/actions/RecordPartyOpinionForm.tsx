import { Radio, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AttachmentChooser, uploadStepFor } from '../components/AttachmentChooser';
import { DateField } from '../components/DateField';
import { vietnamDate } from '../format/dates';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

const OPINIONS = ['agree', 'agree_with_conditions', 'disagree'];

export default function RecordPartyOpinionForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const today = vietnamDate();
  const state = useActionForm(
    c,
    action,
    { opinion: '', content: '', givenOn: today as string | undefined, attachmentIds: [] as string[] },
    (v) => ({
      opinion: v.opinion || undefined,
      content: v.content,
      givenOn: v.givenOn,
      attachmentIds: v.attachmentIds,
    }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <Radio.Group label={t('fields.opinion')} required {...form.getInputProps('opinion')}>
        <Stack gap={6} mt={4}>
          {OPINIONS.map((o) => (
            <Radio key={o} value={o} label={t(`case:opinions.opinion.${o}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea label={t('fields.content')} required autosize minRows={3} {...form.getInputProps('content')} />
      <DateField
        label={t('fields.givenOn')}
        required
        maxDate={today}
        value={form.values.givenOn}
        onChange={(v) => form.setFieldValue('givenOn', v)}
        error={form.errors.givenOn}
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
