import { useTranslation } from 'react-i18next';
import { PersonPicker } from '../components/PersonPicker';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** Implementers (anyone) or inspectors (holders of the inspector role). */
export default function AssignPeopleForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const inspectors = action === 'assign_inspectors';
  const field = inspectors ? 'inspectorIds' : 'implementerIds';
  const state = useActionForm(c, action, { ids: [] as string[] }, (v) => ({ [field]: v.ids }), onDone);
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      <PersonPicker
        caseCode={c.code}
        label={t(inspectors ? 'fields.inspectors' : 'fields.implementers')}
        role={inspectors ? 'inspector' : undefined}
        required
        value={form.values.ids}
        onChange={(ids) => form.setFieldValue('ids', ids)}
        error={
          Object.entries(form.errors)
            .filter(([k]) => k.startsWith(field))
            .map(([, v]) => v)
            .join(' ') || undefined
        }
      />
    </ActionFormShell>
  );
}
