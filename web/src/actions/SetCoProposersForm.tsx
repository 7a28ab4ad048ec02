import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../components/PersonPicker';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

export default function SetCoProposersForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const state = useActionForm(c, action, { coProposerIds: c.coProposers.map((p) => p.id) }, (v) => v, onDone);
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <PersonPicker
        caseCode={c.code}
        label={t('fields.coProposers')}
        known={c.coProposers}
        value={form.values.coProposerIds}
        onChange={(ids) => form.setFieldValue('coProposerIds', ids)}
        error={
          Object.entries(form.errors)
            .filter(([k]) => k.startsWith('coProposerIds'))
            .map(([, v]) => v)
            .join(' ') || undefined
        }
      />
    </ActionFormShell>
  );
}
