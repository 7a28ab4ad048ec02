import { Button, Text } from '@mantine/core';
import { notifySuccess } from '../components/notify';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { fetchCase, performAction } from '../api/cases';
import { fromErrorData, type ApiErrorData } from '../api/error-state';
import type { CaseDetail } from '../api/types';
import { caseKey, eventsKey } from '../cases/useCase';
import { PlanEditor } from './PlanEditor';
import { toPlan } from './plan-values';
import { useLeaveGuard } from './useLeaveGuard';
import { usePlanAutosave } from './usePlanAutosave';
import { usePlanForm } from './usePlanForm';

/** Editing the plan of a draft (or of a plan returned for completion): save as a new version, and submit a draft. */
export function CasePlanEditor({ c, initialError }: { c: CaseDetail; initialError?: ApiErrorData }) {
  const { t } = useTranslation('plan');
  const client = useQueryClient();
  const navigate = useNavigate();
  const version = useRef(c.version);
  const { form, error, busy, attempt, showError, clearError } = usePlanForm(c.plan, c.urgent);
  const maySubmit = c.allowedActions.includes('submit');
  const saveButton = useRef<HTMLButtonElement>(null);
  const location = useLocation();

  // Saved from the new-proposal page: focus goes back to the button that was pressed.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the focus is restored once, when the page opens
  useEffect(() => {
    if ((location.state as { focus?: string } | null)?.focus === 'saveDraft') saveButton.current?.focus();
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: an error is shown once, when a new one arrives
  useEffect(() => {
    if (initialError) showError(fromErrorData(initialError));
  }, [initialError]);

  // Saves run one after another, so an autosave and a click never race for the same version.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  function savePlan() {
    const run = async () => {
      const values = form.getValues();
      const saved = await performAction(c.code, 'update_plan', version.current, {
        plan: toPlan(values),
        urgent: values.urgent,
      });
      version.current = saved.version;
      form.resetDirty(values);
      const { event: _e, ...detail } = saved;
      client.setQueryData(caseKey(c.code), detail);
      void client.invalidateQueries({ queryKey: eventsKey(c.code) });
      return saved;
    };
    const next = queue.current.then(run, run);
    queue.current = next.catch(() => undefined);
    return next;
  }

  const autosave = usePlanAutosave(form, !busy, savePlan);
  useLeaveGuard(form.isDirty() && busy !== 'submit', t('leaveUnsaved'));

  const save = () =>
    attempt('save', async () => {
      const saved = await savePlan();
      notifySuccess(t('saved', { version: saved.planVersion }));
    });

  const submit = () =>
    attempt('submit', async () => {
      await savePlan();
      const sent = await performAction(c.code, 'submit', version.current, {});
      const { event: _e, ...detail } = sent;
      client.setQueryData(caseKey(c.code), detail);
      void client.invalidateQueries({ queryKey: ['worklist'] });
      notifySuccess(t('submitted', { code: c.code }));
      navigate(`/cases/${c.code}`);
    });

  async function reload() {
    const fresh = await client.fetchQuery({
      queryKey: caseKey(c.code),
      queryFn: () => fetchCase(c.code),
      staleTime: 0,
    });
    version.current = fresh.version;
    clearError();
  }

  return (
    <PlanEditor
      title={t('editTitle', { code: c.code })}
      form={form}
      error={error}
      showUrgent
      onReload={reload}
      actions={
        <>
          <Text size="sm" c="dimmed" aria-live="polite" mr="auto" data-testid="autosave-status">
            {autosave.kind === 'failed'
              ? t('autosaveFailed')
              : form.isDirty()
                ? t('unsavedChanges')
                : autosave.kind === 'saved'
                  ? t('autosaved', { version: autosave.version })
                  : ''}
          </Text>
          <Button component={Link} to={`/cases/${c.code}`} variant="subtle">
            {t('common:back')}
          </Button>
          <Button ref={saveButton} variant="default" loading={busy === 'save'} disabled={!!busy} onClick={save}>
            {t('saveDraft')}
          </Button>
          {maySubmit && (
            <Button loading={busy === 'submit'} disabled={!!busy} onClick={submit}>
              {t('submit')}
            </Button>
          )}
        </>
      }
    />
  );
}
