import { Group, Radio, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RewardProposal } from '../api/rewards';
import { DateField } from '../components/DateField';
import { FormModal } from '../components/FormModal';
import { FormShell } from '../components/FormShell';
import { notifySuccess } from '../components/notify';
import { vietnamDate } from '../format/dates';
import { useWriteForm } from '../hooks/useWriteForm';
import { useRewardWrite } from './useRewards';

/** What came of a granted reward: carried out from a date, or not, and why. */
export function RewardOutcomeModal({
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
  const state = useWriteForm(
    {
      outcome: 'implemented' as 'implemented' | 'not_implemented',
      effectiveOn: vietnamDate() as string | undefined,
      note: '',
    },
    async (v) => {
      await writer.write(reward.id, 'outcome', {
        outcome: v.outcome,
        effectiveOn: v.effectiveOn,
        ...(v.note.trim() ? { note: v.note } : {}),
      });
      notifySuccess(t('outcome.saved'));
      onClose();
    },
    { reload: writer.reload },
  );
  const { form } = state;
  const failed = form.values.outcome === 'not_implemented';
  return (
    <FormModal title={t('outcome.title')} onClose={onClose}>
      <FormShell label={t('outcome.title')} state={state} submitLabel={t('outcome.submit')} onCancel={onClose}>
        <Radio.Group label={t('outcome.outcome')} required {...form.getInputProps('outcome')}>
          <Group gap="lg" mt={4}>
            <Radio value="implemented" label={t('outcome.implemented')} />
            <Radio value="not_implemented" label={t('outcome.not_implemented')} />
          </Group>
        </Radio.Group>
        <DateField
          label={t('outcome.effectiveOn')}
          required
          value={form.values.effectiveOn}
          onChange={(v) => form.setFieldValue('effectiveOn', v)}
          error={form.errors.effectiveOn}
        />
        <Textarea
          label={failed ? t('outcome.noteRequired') : t('outcome.note')}
          required={failed}
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
      </FormShell>
    </FormModal>
  );
}
