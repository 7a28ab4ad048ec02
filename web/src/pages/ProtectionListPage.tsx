import { Anchor, SegmentedControl, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listProtectionCases } from '../api/protection';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { ScrollTable } from '../components/ScrollTable';
import { formatInstant } from '../format/dates';
import { ProtectionProgress, ProtectionStatusBadge } from '../protection/StatusBadges';

/** The protection worklist: open protection cases first, with how many determinations await the viewer. */
export default function ProtectionListPage() {
  const { t } = useTranslation('protection');
  const [params, setParams] = useSearchParams();
  const status = params.get('status') === 'decided' ? 'decided' : 'open';
  const q = useQuery({
    queryKey: ['protection', 'list', status],
    queryFn: ({ signal }) => listProtectionCases(status, signal),
    placeholderData: keepPreviousData,
  });
  const items = q.data?.items ?? [];
  return (
    <Stack>
      <PageHeader title={t('list.title')} description={t('list.intro')} />
      <SegmentedControl
        aria-label={t('list.filter')}
        value={status}
        onChange={(v) => setParams(v === 'open' ? {} : { status: v }, { replace: true })}
        data={[
          { value: 'open', label: t('status.open') },
          { value: 'decided', label: t('status.decided') },
        ]}
        maw={420}
      />
      <ErrorAlert error={q.error} />
      {q.isPending && <LoadingBlock />}
      {q.data && items.length === 0 && <Text>{t('list.empty')}</Text>}
      {items.length > 0 && (
        <ScrollTable label={t('list.title')} minWidth={760} updating={q.isPlaceholderData}>
          <table className="k-table" data-testid="protection-list">
            <caption>{t('list.intro')}</caption>
            <thead>
              <tr>
                <th>{t('list.case')}</th>
                <th>{t('tab.seq')}</th>
                <th>{t('tab.status')}</th>
                <th>{t('tab.reason')}</th>
                <th>{t('tab.openedAt')}</th>
                <th>{t('tab.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <td>
                    <Stack gap={2}>
                      <Anchor component={Link} to={`/protection/${p.id}`} fw={600} className="plain-link">
                        {p.case.title}
                      </Anchor>
                      <Text size="xs" className="hash">
                        {p.case.code}
                      </Text>
                    </Stack>
                  </td>
                  <td>{p.seq}</td>
                  <td>
                    <ProtectionStatusBadge status={p.status} />
                  </td>
                  <td>{t(`reasons.${p.openedReason}`, { defaultValue: p.openedReason })}</td>
                  <td>{formatInstant(p.openedAt)}</td>
                  <td>
                    <ProtectionProgress p={p} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}
