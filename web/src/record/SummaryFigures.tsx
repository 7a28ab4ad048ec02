import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecordSummary } from '../api/records';

function Figure({ label, value, detail }: { label: string; value: number; detail?: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={700} fz={28} lh={1.2}>
        {value}
      </Text>
      {detail && <Text size="xs">{detail}</Text>}
    </Paper>
  );
}

/** The record's figures: proposals, evaluations, protection, rewards, overrides signed. */
export function SummaryFigures({ s }: { s: RecordSummary }) {
  const { t } = useTranslation('record');
  const e = s.proposals.evaluated;
  // Details name only what happened: a part that counts nothing is left out.
  const detail = (key: string, counts: Record<string, number>) =>
    Object.entries(counts)
      .filter(([, n]) => n > 0)
      .map(([part, n]) => t(`figures.${key}.${part}`, { n }))
      .join(' · ') || undefined;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 6 }} spacing="sm" data-testid="record-figures">
      <Figure
        label={t('figures.proposals')}
        value={s.proposals.total}
        detail={detail('proposalsDetail', {
          proposer: s.proposals.asProposer,
          co: s.proposals.asCoProposer,
          implementer: s.proposals.asImplementer,
        })}
      />
      <Figure label={t('figures.approved')} value={s.proposals.approved} />
      <Figure
        label={t('figures.evaluated')}
        value={e.completed + e.partly_completed + e.not_completed}
        detail={detail('evaluatedDetail', { completed: e.completed, partly: e.partly_completed, not: e.not_completed })}
      />
      <Figure
        label={t('figures.protections')}
        value={s.protections.total}
        detail={detail('protectionsDetail', {
          yes: s.protections.protected,
          no: s.protections.notProtected,
          revoked: s.protections.revoked,
          pending: s.protections.pending,
        })}
      />
      <Figure
        label={t('figures.rewards')}
        value={s.rewards.granted}
        detail={detail('rewardsDetail', {
          proposed: s.rewards.proposed,
          granted: s.rewards.granted,
          implemented: s.rewards.implemented,
          refused: s.rewards.refused,
        })}
      />
      <Figure label={t('figures.overrides')} value={s.overridesSigned} />
    </SimpleGrid>
  );
}
