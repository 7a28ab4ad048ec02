import { Button } from '@mantine/core';
import { notifySuccess } from '../components/notify';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { createProposal, performAction } from '../api/cases';
import { isApiError } from '../api/errors';
import { toErrorData } from '../api/error-state';
import { PlanEditor } from '../plan/PlanEditor';
import { toPlan } from '../plan/plan-values';
import { useLeaveGuard } from '../plan/useLeaveGuard';
import { usePlanForm } from '../plan/usePlanForm';
import { CampaignChoice } from '../campaigns/CampaignChoice';
import { useState } from 'react';

/** A new draft: saved as a case on the first save; "save and submit" also sends it to the head. */
export default function NewProposalPage() {
  const { t } = useTranslation('plan');
  const navigate = useNavigate();
  const { search } = useLocation();
  const client = useQueryClient();
  const { form, error, busy, attempt } = usePlanForm(null);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  // A new proposal has no case to autosave into until its first save: warn before it is left.
  useLeaveGuard(form.isDirty() && !busy, t('leaveUnsaved'));

  const save = (submit: boolean) =>
    attempt(submit ? 'submit' : 'save', async () => {
      const created = await createProposal(toPlan(form.values), form.values.urgent, campaignId);
      void client.invalidateQueries({ queryKey: ['cases'] });
      void client.invalidateQueries({ queryKey: ['worklist'] });
      notifySuccess(t('created', { code: created.code }));
      if (!submit) {
        // The draft's own page opens on the same section, with focus back on "Save draft".
        navigate(`/cases/${created.code}/plan${search}`, { replace: true, state: { focus: 'saveDraft' } });
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
      before={<CampaignChoice value={campaignId} onChange={setCampaignId} />}
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
