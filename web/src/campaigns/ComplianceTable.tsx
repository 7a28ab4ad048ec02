import { Anchor, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { COMPLIANCE_STATUSES, complianceXlsxUrl, fetchCompliance, type ComplianceStatus } from '../api/campaigns';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { Pager } from '../components/Pager';
import { ScrollTable } from '../components/ScrollTable';
import { ComplianceBadge } from './ComplianceBadge';

const PAGE = 50;

/** Each unit of the campaign's scope the reader may see, with its counts and status; filter, pages, XLSX. */
export function ComplianceTable({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation('campaigns');
  // A dashboard's count opens this list with its status and its subtree in the address.
  const [params] = useSearchParams();
  const asked = params.get('status');
  const within = params.get('unitId') ?? undefined;
  const [status, setStatus] = useState<ComplianceStatus | 'all'>(
    (COMPLIANCE_STATUSES as readonly string[]).includes(asked ?? '') ? (asked as ComplianceStatus) : 'all',
  );
  const [offset, setOffset] = useState(0);
  const filter = status === 'all' ? undefined : status;
  const q = useQuery({
    queryKey: ['campaigns', campaignId, 'compliance', filter, within, offset],
    queryFn: ({ signal }) =>
      fetchCompliance(campaignId, { status: filter, unitId: within, limit: PAGE, offset }, signal),
    placeholderData: keepPreviousData,
  });
  const summary = q.data?.summary;
  const items = q.data?.items ?? [];
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3">
          {t('page.report')}
        </Title>
        <Anchor href={complianceXlsxUrl(campaignId, filter)} download data-testid="compliance-xlsx">
          {t('page.download')}
        </Anchor>
      </Group>
      <SegmentedControl
        aria-label={t('page.filter')}
        value={status}
        onChange={(v) => {
          setStatus(v as ComplianceStatus | 'all');
          setOffset(0);
        }}
        data={[
          { value: 'all', label: t('page.all') },
          ...COMPLIANCE_STATUSES.map((s) => ({
            value: s,
            label: summary ? `${t(`compliance.${s}`)} (${summary[s]})` : t(`compliance.${s}`),
          })),
        ]}
      />
      <ErrorAlert error={q.error} />
      {q.isPending && <LoadingBlock />}
      {q.data && items.length === 0 && <Text>{t('page.noRows')}</Text>}
      {items.length > 0 && (
        <ScrollTable label={t('page.report')} minWidth={640} updating={q.isPlaceholderData}>
          <table className="k-table" data-testid="compliance-table">
            <caption>{t('page.total', { count: q.data?.total ?? 0 })}</caption>
            <thead>
              <tr>
                <th>{t('page.unit')}</th>
                <th>{t('page.registered')}</th>
                <th>{t('page.submitted')}</th>
                <th>{t('page.approved')}</th>
                <th>{t('page.state')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.unitId}>
                  <td>
                    <Stack gap={2}>
                      <Text fw={600}>{r.unitName}</Text>
                      <Text size="xs" className="hash">
                        {r.unitCode}
                      </Text>
                    </Stack>
                  </td>
                  <td>{r.registered}</td>
                  <td>{r.submitted}</td>
                  <td>{r.approved}</td>
                  <td>
                    <ComplianceBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <Pager
        page={Math.floor(offset / PAGE) + 1}
        hasPrevious={offset > 0}
        hasNext={offset + PAGE < (q.data?.total ?? 0)}
        onPrevious={() => setOffset((o) => Math.max(0, o - PAGE))}
        onNext={() => setOffset((o) => o + PAGE)}
      />
    </Stack>
  );
}
