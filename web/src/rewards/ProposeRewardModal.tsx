import { NumberInput, Select, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/client';
import { proposeReward, type CaseRewards } from '../api/rewards';
import { FormModal } from '../components/FormModal';
import { FormShell } from '../components/FormShell';
import { notifySuccess } from '../components/notify';
import { useWriteForm } from '../hooks/useWriteForm';
import { useRewardWrite } from './useRewards';

const keyOf = (b: CaseRewards['beneficiaries'][number]) => `${b.kind}:${b.beneficiary.id}`;

/** Proposing a reward: the beneficiary first, then one of the forms the rules allow for them. */
export function ProposeRewardModal({ rewards, onClose }: { rewards: CaseRewards; onClose(): void }) {
  const { t, i18n } = useTranslation('rewards');
  const code = rewards.case.code;
  const { refresh } = useRewardWrite(code);
  const [idempotencyKey] = useState(newIdempotencyKey);
  const state = useWriteForm(
    {
      beneficiary: null as string | null,
      form: null as string | null,
      months: '' as number | string,
      description: '',
      justification: '',
    },
    async (v) => {
      const b = rewards.beneficiaries.find((x) => keyOf(x) === v.beneficiary);
      const chosen = b?.eligibleForms.find((f) => f.id === v.form);
      await proposeReward(
        code,
        {
          beneficiaryKind: b?.kind ?? 'proposer',
          ...(b ? (b.kind === 'unit' ? { unitId: b.beneficiary.id } : { personId: b.beneficiary.id }) : {}),
          form: v.form ?? '',
          ...(chosen?.months && v.months !== '' ? { months: Number(v.months) } : {}),
          ...(v.description.trim() ? { description: v.description } : {}),
          justification: v.justification,
        },
        idempotencyKey,
      );
      refresh();
      notifySuccess(t('propose.saved'));
      onClose();
    },
  );
  const { form } = state;
  const beneficiary = rewards.beneficiaries.find((x) => keyOf(x) === form.values.beneficiary);
  const chosen = beneficiary?.eligibleForms.find((f) => f.id === form.values.form);
  const label = (b: CaseRewards['beneficiaries'][number]) => {
    const base = `${b.beneficiary.name ?? '—'} — ${t(`kinds.${b.kind}`)}`;
    if (b.excludedByFinding) return `${base} (${t('propose.excluded')})`;
    return b.eligibleForms.length === 0 ? `${base} (${t('propose.noForms')})` : base;
  };
  const e = form.errors;
  return (
    <FormModal title={t('propose.title')} onClose={onClose}>
      <FormShell label={t('propose.title')} state={state} submitLabel={t('propose.submit')} onCancel={onClose}>
        <Select
          label={t('propose.beneficiary')}
          required
          data={rewards.beneficiaries.map((b) => ({
            value: keyOf(b),
            label: label(b),
            disabled: b.eligibleForms.length === 0,
          }))}
          value={form.values.beneficiary}
          onChange={(v) => {
            form.setFieldValue('beneficiary', v);
            form.setFieldValue('form', null);
          }}
          error={e.beneficiaryKind ?? e.personId ?? e.unitId}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('propose.form')}
          description={t('propose.formHint')}
          required
          disabled={!beneficiary}
          data={(beneficiary?.eligibleForms ?? []).map((f) => ({
            value: f.id,
            label: t(`forms.${f.id}`, { defaultValue: i18n.language === 'en' ? f.label.en : f.label.vi }),
          }))}
          {...form.getInputProps('form')}
          comboboxProps={{ withinPortal: true }}
        />
        {chosen?.months && (
          <NumberInput
            label={t('propose.months')}
            required
            min={chosen.months.min}
            max={chosen.months.max}
            allowDecimal={false}
            clampBehavior="strict"
            {...form.getInputProps('months')}
          />
        )}
        {chosen && (
          <Textarea
            label={t('propose.description')}
            required={chosen.needsDescription}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
        )}
        <Textarea
          label={t('propose.justification')}
          required
          autosize
          minRows={3}
          {...form.getInputProps('justification')}
        />
      </FormShell>
    </FormModal>
  );
}
