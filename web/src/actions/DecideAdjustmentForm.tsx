import { Radio, Stack, Textarea } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchPlanVersion } from '../api/cases';
import { PlanChanges } from '../cases/PlanChanges';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

/** Shows the proposed changes to the approved plan and records the decision on them. */
export default function DecideAdjustmentForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const version = c.pendingAdjustmentVersion;
  const pending = useQuery({
    queryKey: ['plan', c.code, version],
    queryFn: ({ signal }) => fetchPlanVersion(c.code, version!, signal),
    enabled: !!version,
  });
  const state = useActionForm(
    c,
    action,
    { decision: '', reasons: '' },
    (v) => ({ decision: v.decision || undefined, reasons: v.reasons }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      {pending.data && <PlanChanges title={t('pendingPlanChanges', { version })} changes={pending.data.changes} />}
      <Radio.Group label={t('fields.decision')} required {...form.getInputProps('decision')}>
        <Stack gap={6} mt={4}>
          <Radio value="approved" label={t('adjustmentDecision.approved')} />
          <Radio value="rejected" label={t('adjustmentDecision.rejected')} />
        </Stack>
      </Radio.Group>
      <Textarea label={t('fields.reasons')} required autosize minRows={3} {...form.getInputProps('reasons')} />
    </ActionFormShell>
  );
}
