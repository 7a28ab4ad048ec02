import { Button, Paper, Textarea } from '@mantine/core';
import { notifySuccess } from '../components/notify';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { performAction } from '../api/cases';
import { isApiError } from '../api/errors';
import type { CaseDetail } from '../api/types';
import { caseKey, eventsKey } from '../cases/useCase';
import { PlanEditor } from './PlanEditor';
import { toPlan } from './plan-values';
import { usePlanForm } from './usePlanForm';

/** A change to the approved plan, sent with its reasons for the head to decide. */
export function AdjustmentEditor({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('plan');
  const client = useQueryClient();
  const navigate = useNavigate();
  const [reasons, setReasons] = useState('');
  const { form, error, busy, attempt } = usePlanForm(c.plan, c.urgent);
  const reasonsError = isApiError(error) ? error.fields.find((f) => f.path === 'reasons')?.message : undefined;

  const send = () =>
    attempt('send', async () => {
      const res = await performAction(c.code, 'propose_adjustment', c.version, { plan: toPlan(form.values), reasons });
      const { event: _e, ...detail } = res;
      client.setQueryData(caseKey(c.code), detail);
      void client.invalidateQueries({ queryKey: eventsKey(c.code) });
      notifySuccess(t('adjustmentSent'));
      navigate(`/cases/${c.code}`);
    });

  return (
    <PlanEditor
      title={t('adjustTitle', { code: c.code })}
      form={form}
      error={error}
      showUrgent={false}
      before={
        <Paper withBorder p="md" radius="md">
          <Textarea
            label={t('adjustmentReasons')}
            required
            autosize
            minRows={3}
            value={reasons}
            onChange={(e) => setReasons(e.currentTarget.value)}
            error={reasonsError}
          />
        </Paper>
      }
      actions={
        <>
          <Button component={Link} to={`/cases/${c.code}`} variant="subtle">
            {t('common:back')}
          </Button>
          <Button loading={busy === 'send'} onClick={send}>
            {t('proposeAdjustment')}
          </Button>
        </>
      }
    />
  );
}
