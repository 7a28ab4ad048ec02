import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchPlans } from '../api/plans';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate } from '../format/dates';
import { NewPlanModal } from '../plans/NewPlanModal';

/** The implementation plans the reader's unit issues, follows as focal point, or holds tasks of. */
export default function PlansPage() {
  const { t } = useTranslation('plans');
  const q = useQuery({ queryKey: ['plans'], queryFn: ({ signal }) => fetchPlans(signal) });
  const items = q.data?.items ?? [];
  const [creating, setCreating] = useState(false);
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('intro')}
        actions={q.data?.mayCreatePlan && <Button onClick={() => setCreating(true)}>{t('newPlan.open')}</Button>}
      />
      {creating && q.data && <NewPlanModal list={q.data} onClose={() => setCreating(false)} />}
      <ErrorAlert error={q.error} />
      {q.isPending && <LoadingBlock />}
      {q.data && items.length === 0 && <Text>{t('empty')}</Text>}
      {items.length > 0 && (
        <ScrollTable label={t('title')} minWidth={720}>
          <table className="k-table" data-testid="plans">
            <caption>{t('intro')}</caption>
            <thead>
              <tr>
                <th>{t('list.plan')}</th>
                <th>{t('list.issuing')}</th>
                <th>{t('list.focal')}</th>
                <th>{t('list.period')}</th>
                <th>{t('list.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Anchor component={Link} to={`/plans/${p.id}`} fw={600} className="plain-link">
                      {p.number}
                    </Anchor>
                    <Text size="sm">{p.title}</Text>
                  </td>
                  <td>{p.issuingUnit.name}</td>
                  <td>{p.focalUnit.name}</td>
                  <td>
                    {formatDate(p.periodFrom)} – {formatDate(p.periodTo)}
                  </td>
                  <td>{t('tally', p.tally)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}
