import { Alert, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Determination, ProtectionResult } from '../api/protection';
import { DateField } from '../components/DateField';
import { FormModal } from '../components/FormModal';
import { FormShell } from '../components/FormShell';
import { notifySuccess } from '../components/notify';
import { vietnamDate } from '../format/dates';
import { useWriteForm } from '../hooks/useWriteForm';
import { RecommendationPanel } from './RecommendationPanel';
import { useDeterminationWrite, useProtectionCase, useProtectionMeta } from './useProtection';

const RESULTS: ProtectionResult[] = [
  'not_liable',
  'liability_excluded',
  'considered_for_exemption_or_mitigation',
  'not_protected',
];

/**
 * The deciding head's decision for one person. It starts at the recommendation; choosing another
 * result warns and asks for written reasons, which the server requires too.
 */
export function DecisionModal({ pcId, d, onClose }: { pcId: string; d: Determination; onClose(): void }) {
  const { t } = useTranslation('protection');
  const meta = useProtectionMeta();
  const pc = useProtectionCase(pcId).data;
  const writer = useDeterminationWrite(pcId);
  const rec = d.recommendation;
  const today = vietnamDate();
  const min = meta.data?.departureReasonMinLength ?? 20;
  const title = t('decision.title', { name: d.person.name ?? '—' });
  const state = useWriteForm(
    {
      decidedResult: (rec?.result ?? '') as string,
      reasons: '',
      decisionNumber: '',
      decisionDate: today as string | undefined,
    },
    async (v) => {
      await writer.write(d.id, 'decision', {
        decidedResult: v.decidedResult,
        ...(v.reasons.trim() ? { reasons: v.reasons } : {}),
        decisionNumber: v.decisionNumber,
        decisionDate: v.decisionDate,
      });
      notifySuccess(t('decision.saved'));
      onClose();
    },
    { reload: writer.reload },
  );
  const { form } = state;
  const departing = !!rec && form.values.decidedResult !== rec.result;
  // Matters the spec only infers ([I]) must be addressed in written reasons whatever is decided.
  const weighing = (d.factsExamined?.mattersToWeigh.length ?? 0) > 0;
  const needsReasons = departing || weighing;
  const typed = [...form.values.reasons.trim()].length;
  return (
    <FormModal title={title} onClose={onClose} size="xl">
      <Stack gap="md">
        {rec && pc && <RecommendationPanel recommendation={rec} ruleSet={pc.ruleSet} />}
        <FormShell label={title} state={state} submitLabel={t('decision.submit')} onCancel={onClose}>
          <Radio.Group label={t('decision.result')} required {...form.getInputProps('decidedResult')}>
            <Stack gap={6} mt={4}>
              {RESULTS.map((r) => (
                <Radio
                  key={r}
                  value={r}
                  label={r === rec?.result ? `${t(`results.${r}`)} (${t('decision.recommended')})` : t(`results.${r}`)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {d.factsExamined?.bindingRow && (
            <Alert color="blue" variant="light" data-testid="decision-binding-row">
              {t('examined.binding', {
                article: d.factsExamined.bindingRow.article,
                minimum: t(`results.${d.factsExamined.bindingRow.minimum}`),
              })}
            </Alert>
          )}
          {departing && (
            <Alert color="orange" variant="light" role="alert" data-testid="departure-warning">
              {t('decision.departWarning', { result: t(`results.${rec.result}`) })}
            </Alert>
          )}
          {weighing && (
            <Alert color="orange" variant="light" data-testid="decision-matters-to-weigh">
              {t('examined.toWeigh', {
                matters: d
                  .factsExamined!.mattersToWeigh.map((m) => t(`examined.matters.${m}`, { defaultValue: m }))
                  .join('; '),
              })}
            </Alert>
          )}
          <Textarea
            label={departing ? t('decision.reasons') : weighing ? t('decision.weighReasons') : t('decision.notes')}
            required={needsReasons}
            description={needsReasons ? t('decision.reasonsHint', { min, count: typed }) : undefined}
            autosize
            minRows={needsReasons ? 4 : 2}
            {...form.getInputProps('reasons')}
          />
          <TextInput label={t('decision.number')} required {...form.getInputProps('decisionNumber')} />
          <DateField
            label={t('decision.date')}
            required
            maxDate={today}
            value={form.values.decisionDate}
            onChange={(v) => form.setFieldValue('decisionDate', v)}
            error={form.errors.decisionDate}
          />
        </FormShell>
      </Stack>
    </FormModal>
  );
}
