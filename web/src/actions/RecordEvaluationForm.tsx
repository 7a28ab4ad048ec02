import { Alert, Checkbox, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReceivingUnit } from '../cases/useNames';
import { DateField } from '../components/DateField';
import { MoneyInput } from '../components/MoneyInput';
import { vietnamDate } from '../format/dates';
import { ActionFormShell } from './ActionFormShell';
import type { ActionFormProps } from './types';
import { useActionForm } from './useActionForm';

const OUTCOMES = ['completed', 'partly_completed', 'not_completed'];

/** The collective's evaluation (the evaluation article, cl. 2; number open, G5): outcome, any damage, and its objective and subjective causes. */
export default function RecordEvaluationForm({ c, action, onDone }: ActionFormProps) {
  const { t } = useTranslation('actions');
  const today = vietnamDate();
  const unit = useReceivingUnit(c);
  const proposers = new Set([c.proposer.id, ...c.coProposers.map((p) => p.id)]);
  const members = (unit.data?.leaders ?? []).filter(
    (l) => (l.role === 'head' || l.role === 'deputy') && !(l.role !== 'head' && proposers.has(l.id)),
  );
  const partyGiven = c.partyOpinions.some((p) => p.stage === 'evaluation' && p.givenOn);
  const state = useActionForm(
    c,
    action,
    {
      meetingOn: today as string | undefined,
      attendeeIds: [] as string[],
      outcome: '' as string | null,
      damage: { occurred: false, estimateVnd: undefined as number | undefined },
      causes: { objective: '', subjective: '' },
      conclusion: '',
    },
    (v) => ({
      ...v,
      outcome: v.outcome || undefined,
      damage: {
        occurred: v.damage.occurred,
        ...(v.damage.occurred && v.damage.estimateVnd !== undefined ? { estimateVnd: v.damage.estimateVnd } : {}),
      },
    }),
    onDone,
  );
  const { form } = state;
  return (
    <ActionFormShell action={action} state={state} onCancel={onDone}>
      {!partyGiven && (
        <Alert color="orange" variant="light">
          {t('evaluationNeedsParty')}
        </Alert>
      )}
      <DateField
        label={t('fields.meetingOn')}
        required
        maxDate={today}
        value={form.values.meetingOn}
        onChange={(v) => form.setFieldValue('meetingOn', v)}
        error={form.errors.meetingOn}
      />
      <Checkbox.Group label={t('fields.attendees')} required {...form.getInputProps('attendeeIds')}>
        <Stack gap={6} mt={4}>
          {members.map((m) => (
            <Checkbox key={m.id} value={m.id} label={`${m.fullName} (${t(`common:roles.${m.role}`)})`} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Select
        label={t('fields.outcome')}
        required
        data={OUTCOMES.map((o) => ({ value: o, label: t(`outcomes.${o}`) }))}
        {...form.getInputProps('outcome')}
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox label={t('fields.damageOccurred')} {...form.getInputProps('damage.occurred', { type: 'checkbox' })} />
      {form.values.damage.occurred && (
        <MoneyInput
          label={t('fields.damageEstimate')}
          value={form.values.damage.estimateVnd}
          onChange={(v) => form.setFieldValue('damage.estimateVnd', v)}
          error={form.errors['damage.estimateVnd']}
        />
      )}
      <Textarea
        label={t('fields.objectiveCauses')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('causes.objective')}
      />
      <Textarea
        label={t('fields.subjectiveCauses')}
        required
        autosize
        minRows={2}
        {...form.getInputProps('causes.subjective')}
      />
      <Textarea label={t('fields.conclusion')} required autosize minRows={3} {...form.getInputProps('conclusion')} />
    </ActionFormShell>
  );
}
