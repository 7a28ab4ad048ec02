import { Badge, Button, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { closeCampaign, fetchCampaign } from '../api/campaigns';
import { ComplianceTable } from '../campaigns/ComplianceTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { Fact } from '../components/Fact';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { notifySuccess } from '../components/notify';
import { formatDate } from '../format/dates';

/** One campaign: what it asks, of whom, by when; the compliance report for those who follow it. */
export default function CampaignPage() {
  const { t } = useTranslation('campaigns');
  const { id = '' } = useParams();
  const client = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const q = useQuery({ queryKey: ['campaigns', id], queryFn: ({ signal }) => fetchCampaign(id, signal) });
  const c = q.data;
  const close = async () => {
    if (!c) return;
    setBusy(true);
    setError(null);
    try {
      await closeCampaign(c.id, c.version);
      notifySuccess(t('page.closed'));
      await client.invalidateQueries({ queryKey: ['campaigns'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack>
      <PageHeader
        title={c?.title ?? t('title')}
        actions={
          c?.mayManage &&
          c.status === 'open' && (
            <Button variant="default" color="red" onClick={close} loading={busy}>
              {t('page.close')}
            </Button>
          )
        }
      />
      <ErrorAlert error={q.error ?? error} />
      {q.isPending && <LoadingBlock />}
      {c && (
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Fact label={t('list.owner')}>{c.ownerUnit.name}</Fact>
            <Fact label={t('list.deadline')}>{formatDate(c.deadline)}</Fact>
            <Fact label={t('list.minimum')}>{c.minimumPerUnit}</Fact>
            <Fact label={t('page.reminderDays')}>
              {t('page.reminderDaysValue', { days: c.reminderDaysBefore.join(', ') })}
            </Fact>
            <Fact label={t('list.status')}>
              <Badge color={c.status === 'open' ? 'green' : 'gray'} variant="outline" autoContrast>
                {t(`status.${c.status}`)}
              </Badge>
            </Fact>
            <Fact label={t('page.openedBy')}>{c.openedBy.name}</Fact>
            <Fact label={t('page.scope')}>
              {c.scope
                .map((s) => (s.includeSubtree ? t('page.withSubtree', { name: s.unitName }) : s.unitName))
                .join('; ')}
            </Fact>
          </SimpleGrid>
        </Paper>
      )}
      {c?.mayViewCompliance && <ComplianceTable campaignId={c.id} />}
    </Stack>
  );
}
