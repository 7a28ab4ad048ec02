import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RewardProposal } from '../api/rewards';
import type { CaseDetail } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { Fact } from '../components/Fact';
import { LoadingBlock } from '../components/LoadingBlock';
import { ProposeRewardModal } from './ProposeRewardModal';
import { RewardDecisionModal } from './RewardDecisionModal';
import { RewardOutcomeModal } from './RewardOutcomeModal';
import { RewardsTable } from './RewardsTable';
import { useCaseRewards } from './useRewards';

/** The rewards of a proposal (Art. 10): the conditions, the proposals with their decisions and outcomes. */
export default function RewardsTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation(['rewards', 'protection']);
  const q = useCaseRewards(c.code);
  const [proposing, setProposing] = useState(false);
  const [deciding, setDeciding] = useState<RewardProposal | null>(null);
  const [recording, setRecording] = useState<RewardProposal | null>(null);
  if (q.isPending) return <LoadingBlock />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const r = q.data;
  const yesNo = (v: boolean) => (v ? t('common:yes') : t('common:no'));
  return (
    <Stack gap="md" data-testid="rewards-tab">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('tab.intro')}
        </Text>
        {r.allowedActions.includes('propose_reward') && (
          <Button onClick={() => setProposing(true)}>{t('tab.propose')}</Button>
        )}
      </Group>
      <section aria-labelledby="reward-context">
        <Title order={3} size="h5" id="reward-context" mb="xs">
          {t('tab.context')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Fact label={t('tab.outcome')}>
            {r.context.outcome ? t(`protection:outcomes.${r.context.outcome}`) : t('tab.notEvaluated')}
          </Fact>
          <Fact label={t('tab.art5')}>{yesNo(r.context.art5Clause1Met)}</Fact>
          <Fact label={t('tab.local')}>{r.context.localOptionsEnabled ? t('tab.localOn') : t('tab.localOff')}</Fact>
        </SimpleGrid>
      </section>
      <section aria-labelledby="reward-proposals">
        <Title order={3} size="h5" id="reward-proposals" mb="xs">
          {t('tab.proposals')}
        </Title>
        {r.items.length === 0 ? (
          <Text size="sm">{t('tab.empty')}</Text>
        ) : (
          <RewardsTable items={r.items} onDecide={setDeciding} onOutcome={setRecording} />
        )}
      </section>
      {proposing && <ProposeRewardModal rewards={r} onClose={() => setProposing(false)} />}
      {deciding && <RewardDecisionModal code={c.code} reward={deciding} onClose={() => setDeciding(null)} />}
      {recording && <RewardOutcomeModal code={c.code} reward={recording} onClose={() => setRecording(null)} />}
    </Stack>
  );
}
