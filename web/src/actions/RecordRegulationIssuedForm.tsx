import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../components/DateField';
import { vietnamDate } from '../format/dates';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** The regulation that institutionalised the initiative: its number, date, issuer and title. */
export default function RecordRegulationIssuedForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const today = vietnamDate();
  const state = useActionForm(
    c,
    action,
    { documentNumber: '', issuedOn: today as string | undefined, issuer: '', title: '' },
    (v) => ({
      documentNumber: v.documentNumber.trim(),
      issuedOn: v.issuedOn,
      issuer: v.issuer.trim(),
      title: v.title.trim(),
    }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <TextInput label={t('fields.documentNumber')} required {...form.getInputProps('documentNumber')} />
      <DateField
        label={t('fields.issuedOn')}
        required
        maxDate={today}
        value={form.values.issuedOn}
        onChange={(v) => form.setFieldValue('issuedOn', v)}
        error={form.errors.issuedOn}
      />
      <TextInput label={t('fields.issuer')} required {...form.getInputProps('issuer')} />
      <TextInput label={t('fields.documentTitle')} required {...form.getInputProps('title')} />
    </ActionFormShell>
  );
}
