import { Radio, Group, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RewardProposal } from '../api/rewards';
import { useAuth } from '../auth/auth-context';
import { signerDefaults } from '../auth/signer-defaults';
import { DateField } from '../components/DateField';
import { FormModal } from '../components/FormModal';
import { FormShell } from '../components/FormShell';
import { notifySuccess } from '../components/notify';
import { vietnamDate } from '../format/dates';
import { useWriteForm } from '../hooks/useWriteForm';
import { useRewardWrite } from './useRewards';

/** The competent authority's decision on a reward proposal, as issued: who signed it, its number, date and basis. */
export function RewardDecisionModal({
  code,
  reward,
  onClose,
}: {
  code: string;
  reward: RewardProposal;
  onClose(): void;
}) {
  const { t } = useTranslation('rewards');
  const writer = useRewardWrite(code);
  const today = vietnamDate();
  const known = signerDefaults(useAuth().me);
  const state = useWriteForm(
    {
      decision: 'granted' as 'granted' | 'refused',
      issuingAuthority: known.agency,
      signer: known.signer,
      decisionNumber: '',
      decisionDate: today as string | undefined,
      legalBasis: reward.legalBasis,
      reasons: '',
    },
    async (v) => {
      const { reasons, ...rest } = v;
      await writer.write(reward.id, 'decision', { ...rest, ...(reasons.trim() ? { reasons } : {}) });
      notifySuccess(t('decide.saved'));
      onClose();
    },
    { reload: writer.reload },
  );
  const { form } = state;
  const refused = form.values.decision === 'refused';
  return (
    <FormModal title={t('decide.title')} onClose={onClose}>
      <FormShell label={t('decide.title')} state={state} submitLabel={t('decide.submit')} onCancel={onClose}>
        <Radio.Group label={t('decide.decision')} required {...form.getInputProps('decision')}>
          <Group gap="lg" mt={4}>
            <Radio value="granted" label={t('decide.granted')} />
            <Radio value="refused" label={t('decide.refused')} />
          </Group>
        </Radio.Group>
        <TextInput label={t('decide.issuingAuthority')} required {...form.getInputProps('issuingAuthority')} />
        <TextInput label={t('decide.signerName')} required {...form.getInputProps('signer.name')} />
        <TextInput label={t('decide.signerTitle')} required {...form.getInputProps('signer.title')} />
        <TextInput label={t('decide.number')} required {...form.getInputProps('decisionNumber')} />
        <DateField
          label={t('decide.date')}
          required
          maxDate={today}
          value={form.values.decisionDate}
          onChange={(v) => form.setFieldValue('decisionDate', v)}
          error={form.errors.decisionDate}
        />
        <TextInput label={t('decide.legalBasis')} required {...form.getInputProps('legalBasis')} />
        {refused && (
          <Textarea label={t('decide.reasons')} required autosize minRows={3} {...form.getInputProps('reasons')} />
        )}
      </FormShell>
    </FormModal>
  );
}
