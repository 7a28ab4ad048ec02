import { Checkbox, Fieldset, Radio, Select, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Determination, ProtectionCaseView } from '../api/protection';
import { Fact } from '../components/Fact';
import { FormModal } from '../components/FormModal';
import { FormShell } from '../components/FormShell';
import { LoadingBlock } from '../components/LoadingBlock';
import { MoneyInput } from '../components/MoneyInput';
import { notifySuccess } from '../components/notify';
import { useWriteForm } from '../hooks/useWriteForm';
import { ExclusionFields } from './ExclusionFields';
import { factsBody, initialFacts } from './facts-values';
import { useDeterminationWrite, useProtectionMeta } from './useProtection';

const RISK_KINDS = ['none', 'foreseen', 'unforeseen'] as const;

/** The deciding unit's findings about one person (Art. 5(2), 6, 11), from which the rules draw the recommendation. */
export function FactsModal({ pc, d, onClose }: { pc: ProtectionCaseView; d: Determination; onClose(): void }) {
  const { t } = useTranslation('protection');
  const meta = useProtectionMeta();
  if (!meta.data) {
    return (
      <FormModal title={t('facts.title', { name: d.person.name ?? '—' })} onClose={onClose}>
        <LoadingBlock />
      </FormModal>
    );
  }
  const weighed = meta.data.exclusionGrounds.filter((g) => g.weighed).map((g) => g.id);
  return (
    <FactsForm
      pc={pc}
      d={d}
      grounds={meta.data.exclusionGrounds.map((g) => g.id)}
      weighed={weighed}
      onClose={onClose}
    />
  );
}

function FactsForm({
  pc,
  d,
  grounds,
  weighed,
  onClose,
}: {
  pc: ProtectionCaseView;
  d: Determination;
  grounds: string[];
  weighed: string[];
  onClose(): void;
}) {
  const { t } = useTranslation('protection');
  const writer = useDeterminationWrite(pc.id);
  const title = t('facts.title', { name: d.person.name ?? '—' });
  const state = useWriteForm(
    initialFacts(d, pc.evaluation, grounds),
    async (v) => {
      await writer.write(d.id, 'facts', factsBody(v));
      notifySuccess(t('facts.saved'));
      onClose();
    },
    { reload: writer.reload },
  );
  const { form } = state;
  const box = (path: string, label: string) => (
    <Checkbox label={label} {...form.getInputProps(path, { type: 'checkbox' })} />
  );
  return (
    <FormModal title={title} onClose={onClose} size="xl">
      <FormShell label={title} state={state} submitLabel={t('facts.submit')} onCancel={onClose}>
        <Fact label={t('facts.outcome')}>{pc.evaluation ? t(`outcomes.${pc.evaluation.outcome}`) : '—'}</Fact>
        <Fieldset legend={t('page.damage')}>
          <Stack gap="xs">
            {box('damage.caused', t('facts.damageCaused'))}
            {form.values.damage.caused && (
              <MoneyInput
                label={t('facts.estimate')}
                value={form.values.damage.estimateVnd}
                onChange={(v) => form.setFieldValue('damage.estimateVnd', v)}
                error={form.errors['damage.estimateVnd']}
              />
            )}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('facts.causes')}>
          <Stack gap="xs">
            <Textarea label={t('facts.objective')} autosize minRows={2} {...form.getInputProps('causes.objective')} />
            <Textarea label={t('facts.subjective')} autosize minRows={2} {...form.getInputProps('causes.subjective')} />
            {form.errors.causes && (
              <Text size="sm" c="red" role="alert">
                {form.errors.causes}
              </Text>
            )}
          </Stack>
        </Fieldset>
        <Radio.Group label={t('facts.risk')} required {...form.getInputProps('risk.kind')}>
          <Stack gap={6} mt={4}>
            {RISK_KINDS.map((k) => (
              <Radio key={k} value={k} label={t(`facts.riskKinds.${k}`)} />
            ))}
          </Stack>
        </Radio.Group>
        {form.values.risk.kind === 'foreseen' &&
          (pc.approvedPlanRisks.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('facts.noApprovedRisks')}
            </Text>
          ) : (
            <Select
              label={t('facts.riskId')}
              required
              data={pc.approvedPlanRisks.map((r) => ({ value: r.id, label: `${r.id} — ${r.description}` }))}
              {...form.getInputProps('risk.riskId')}
              comboboxProps={{ withinPortal: true }}
            />
          ))}
        {form.values.risk.kind === 'unforeseen' && (
          <Textarea
            label={t('facts.riskDescription')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('risk.description')}
          />
        )}
        <Fieldset legend={t('facts.compliance')}>
          <Stack gap={6}>
            {box('followedApprovedPlan', t('facts.followedApprovedPlan'))}
            {box('followedDecision', t('facts.followedDecision'))}
            {box('followedDirectives', t('facts.followedDirectives'))}
          </Stack>
        </Fieldset>
        <Fieldset legend={t('facts.motive')}>
          <Stack gap={6}>
            {box('motive.correctPolicyLine', t('facts.correctPolicyLine'))}
            {box('motive.pureMotive', t('facts.pureMotive'))}
            {box('motive.commonGood', t('facts.commonGood'))}
          </Stack>
        </Fieldset>
        <ExclusionFields form={form} grounds={grounds} weighed={weighed} />
      </FormShell>
    </FormModal>
  );
}
