import { Anchor, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchRewardCandidates } from '../api/rewards';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate, vietnamDate } from '../format/dates';

/** The organisation officer's list: completed proposals with no reward decision yet. */
export default function RewardCandidatesPage() {
  const { t } = useTranslation('rewards');
  const q = useQuery({ queryKey: ['rewards', 'candidates'], queryFn: ({ signal }) => fetchRewardCandidates(signal) });
  const items = q.data?.items ?? [];
  return (
    <Stack>
      <PageHeader title={t('candidates.title')} description={t('candidates.intro')} />
      <ErrorAlert error={q.error} />
      {q.isPending && <LoadingBlock />}
      {q.data && items.length === 0 && <Text>{t('candidates.empty')}</Text>}
      {items.length > 0 && (
        <ScrollTable label={t('candidates.title')} minWidth={720}>
          <table className="k-table" data-testid="reward-candidates">
            <caption>{t('candidates.intro')}</caption>
            <thead>
              <tr>
                <th>{t('candidates.case')}</th>
                <th>{t('candidates.unit')}</th>
                <th>{t('candidates.proposer')}</th>
                <th>{t('candidates.evaluated')}</th>
                <th>{t('candidates.pending')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.code}>
                  <td>
                    <Stack gap={2}>
                      <Anchor component={Link} to={`/cases/${c.code}?tab=rewards`} fw={600} className="plain-link">
                        {c.title}
                      </Anchor>
                      <Text size="xs" className="hash">
                        {c.code}
                      </Text>
                    </Stack>
                  </td>
                  <td>{c.receivingUnit.name ?? '—'}</td>
                  <td>{c.proposer.name ?? '—'}</td>
                  <td>{formatDate(c.meetingOn ?? vietnamDate(c.evaluatedAt))}</td>
                  <td>{c.pendingProposals}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}
