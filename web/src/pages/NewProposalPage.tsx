import { Alert, Button } from '@mantine/core';
import { notifySuccess } from '../components/notify';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ModelDetail } from '@contract/programme';
import { fetchModel } from '../api/programme';
import type { Plan } from '../api/plan';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
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

/**
 * A new draft: saved as a case on the first save; "save and submit" also sends it to the head.
 * With `?from=<code>` it adopts a model to replicate (KL14 §2.5): the model's plan is copied in to
 * be adapted, and the case keeps the link to its origin.
 */
export default function NewProposalPage() {
  const { search } = useLocation();
  const from = new URLSearchParams(search).get('from');
  const model = useQuery({
    queryKey: ['models', from],
    queryFn: ({ signal }) => fetchModel(from!, signal),
    enabled: !!from,
  });
  if (from && model.isPending) return <LoadingBlock />;
  if (from && model.error) return <ErrorAlert error={model.error} />;
  return <NewProposalEditor origin={from ? model.data : undefined} />;
}

function NewProposalEditor({ origin }: { origin?: ModelDetail }) {
  const { t } = useTranslation('plan');
  const { t: tp } = useTranslation('programme');
  const navigate = useNavigate();
  const { search } = useLocation();
  const client = useQueryClient();
  const { form, error, busy, attempt } = usePlanForm((origin?.plan as Plan | undefined) ?? null);
  const [campaignId, setCampaignId] = useState<string | null>(null);
  // A new proposal has no case to autosave into until its first save: warn before it is left.
  useLeaveGuard(form.isDirty() && !busy, t('leaveUnsaved'));

  const save = (submit: boolean) =>
    attempt(submit ? 'submit' : 'save', async () => {
      const created = await createProposal(toPlan(form.values), form.values.urgent, {
        campaignId,
        replicatedFrom: origin?.code,
      });
      void client.invalidateQueries({ queryKey: ['cases'] });
      void client.invalidateQueries({ queryKey: ['worklist'] });
      notifySuccess(t('created', { code: created.code }));
      if (!submit) {
        // The draft's own page opens on the same section, with focus back on "Save draft".
        const section = new URLSearchParams(search).get('section');
        navigate(`/cases/${created.code}/plan${section ? `?section=${encodeURIComponent(section)}` : ''}`, {
          replace: true,
          state: { focus: 'saveDraft' },
        });
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
      before={
        <>
          {origin && (
            <Alert color="blue" data-testid="adopted-from">
              {tp('models.adoptedFrom', { code: origin.code, title: origin.title })}
            </Alert>
          )}
          <CampaignChoice value={campaignId} onChange={setCampaignId} />
        </>
      }
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
