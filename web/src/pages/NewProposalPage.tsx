import { Button } from '@mantine/core';
import { notifySuccess } from '../components/notify';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createProposal, performAction } from '../api/cases';
import { isApiError } from '../api/errors';
import { toErrorData } from '../api/error-state';
import { PlanEditor } from '../plan/PlanEditor';
import { toPlan } from '../plan/plan-values';
import { usePlanForm } from '../plan/usePlanForm';

/** A new draft: saved as a case on the first save; "save and submit" also sends it to the head. */
export default function NewProposalPage() {
  const { t } = useTranslation('plan');
  const navigate = useNavigate();
  const client = useQueryClient();
  const { form, error, busy, attempt } = usePlanForm(null);

  const save = (submit: boolean) =>
    attempt(submit ? 'submit' : 'save', async () => {
      const created = await createProposal(toPlan(form.values), form.values.urgent);
      void client.invalidateQueries({ queryKey: ['cases'] });
      void client.invalidateQueries({ queryKey: ['worklist'] });
      notifySuccess(t('created', { code: created.code }));
      if (!submit) {
        navigate(`/cases/${created.code}/plan`, { replace: true });
        return;
      }
      try {
        await performAction(created.code, 'submit', created.version, {});
        notifySuccess(t('submitted', { code: created.code }));
        navigate(`/cases/${created.code}`, { replace: true });
      } catch (e) {
        if (!isApiError(e)) throw e;
        navigate(`/cases/${created.code}/plan`, { replace: true, state: { submitError: toErrorData(e) } });
      }
    });

  return (
    <PlanEditor
      title={t('newTitle')}
      form={form}
      error={error}
      showUrgent
      actions={
        <>
          <Button variant="default" loading={busy === 'save'} disabled={!!busy} onClick={() => save(false)}>
            {t('saveDraft')}
          </Button>
          <Button loading={busy === 'submit'} disabled={!!busy} onClick={() => save(true)}>
            {t('submit')}
          </Button>
        </>
      }
    />
  );
}
