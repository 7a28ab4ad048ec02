import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../components/PersonPicker';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

export default function AssignAppraisersForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(
    c,
    action,
    { appraiserIds: [] as string[], council: '' },
    (v) => ({ appraiserIds: v.appraiserIds, council: v.council.trim() || undefined }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <PersonPicker
        caseCode={c.code}
        label={t('fields.appraisers')}
        role="appraiser"
        required
        value={form.values.appraiserIds}
        onChange={(ids) => form.setFieldValue('appraiserIds', ids)}
        error={form.errors.appraiserIds}
      />
      <TextInput label={t('fields.council')} {...form.getInputProps('council')} />
    </ActionFormShell>
  );
}
