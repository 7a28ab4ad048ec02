import { Anchor, Alert, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  fetchReviewDraft,
  fetchReviewReports,
  issueReviewReport,
  reviewDraftXlsxUrl,
  reviewReportFileUrl,
  type ReviewReportKind,
} from '../api/review-reports';
import { useMe } from '../auth/auth-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { notifySuccess } from '../components/notify';
import { PageHeader } from '../components/PageHeader';
import { ScrollTable } from '../components/ScrollTable';
import { dashboardUnits } from '../dashboard/DashboardFilters';
import { formatInstant, vietnamDate } from '../format/dates';
import { DraftFigures } from '../reports/DraftFigures';
import { Updating } from '../components/Updating';

const FIRST_YEAR = 2023;

/** Periodic review reports of a unit and its subtree: the draft's figures, issue, and the issued reports. */
export default function ReviewReportsPage() {
  const { t } = useTranslation('reports');
  const me = useMe();
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const units = dashboardUnits(me);
  const unitId = params.get('unitId') || units[0]?.value || me.unit.id;
  const kind: ReviewReportKind = params.get('kind') === 'six_month' ? 'six_month' : 'annual';
  const thisYear = Number(vietnamDate().slice(0, 4));
  const year = /^\d{4}$/.test(params.get('year') ?? '') ? Number(params.get('year')) : thisYear;
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const set = (next: Record<string, string>) =>
    setParams({ unitId, kind, year: String(year), ...next }, { replace: true });

  const list = useQuery({
    queryKey: ['review-reports', unitId],
    queryFn: ({ signal }) => fetchReviewReports(unitId, signal),
  });
  const draft = useQuery({
    queryKey: ['review-reports', unitId, 'draft', kind, year],
    queryFn: ({ signal }) => fetchReviewDraft(unitId, kind, year, signal),
    placeholderData: keepPreviousData,
  });
  const issue = useMutation({
    mutationFn: () => issueReviewReport(unitId, kind, year),
    onSuccess: async (r) => {
      notifySuccess(t('issued', { citation: r.citation }));
      await client.invalidateQueries({ queryKey: ['review-reports', unitId] });
    },
  });

  return (
    <Stack>
      <PageHeader title={t('title')} description={t('intro')} />
      <Group align="flex-end" role="search" aria-label={t('title')}>
        <Select
          label={t('unit')}
          data={units.length ? units : [{ value: me.unit.id, label: me.unit.name }]}
          value={unitId}
          onChange={(v) => v && set({ unitId: v })}
          allowDeselect={false}
          w={320}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('kind')}
          data={(['annual', 'six_month'] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          value={kind}
          onChange={(v) => v && set({ kind: v })}
          allowDeselect={false}
          w={240}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('year')}
          data={years}
          value={String(year)}
          onChange={(v) => v && set({ year: v })}
          allowDeselect={false}
          w={120}
          comboboxProps={{ withinPortal: true }}
        />
        <Button component="a" href={reviewDraftXlsxUrl(unitId, kind, year)} download variant="default">
          {t('draftXlsx')}
        </Button>
        {list.data?.canIssue && (
          <Button onClick={() => issue.mutate()} loading={issue.isPending}>
            {t('issue')}
          </Button>
        )}
      </Group>
      {list.data && !list.data.canIssue && <Alert color="gray">{t('cannotIssue')}</Alert>}
      <ErrorAlert error={issue.error ?? draft.error ?? list.error} />
      {draft.isPending && <LoadingBlock />}
      {draft.data && (
        <Updating when={draft.isPlaceholderData}>
          <DraftFigures f={draft.data} />
        </Updating>
      )}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="review-issued">
        <Title order={2} size="h4" id="review-issued" mb="sm">
          {t('list')}
        </Title>
        {list.data?.reports.length === 0 && <Text c="dimmed">{t('none')}</Text>}
        {!!list.data?.reports.length && (
          <ScrollTable label={t('list')} minWidth={640}>
            <Table striped data-testid="review-reports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.citation')}</Table.Th>
                  <Table.Th>{t('columns.kind')}</Table.Th>
                  <Table.Th>{t('columns.year')}</Table.Th>
                  <Table.Th>{t('columns.issuedAt')}</Table.Th>
                  <Table.Th>{t('columns.files')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.reports.map((r) => (
                  <Table.Tr key={r.id}>
                    <Table.Td>
                      {r.citation}
                      {r.status === 'cancelled' && ` (${t('cancelled')})`}
                    </Table.Td>
                    <Table.Td>{t(`kinds.${r.reportKind}`)}</Table.Td>
                    <Table.Td>{r.reportYear}</Table.Td>
                    <Table.Td>{formatInstant(r.issuedAt)}</Table.Td>
                    <Table.Td>
                      <Group gap="sm">
                        {(['pdf', 'docx', 'xlsx'] as const).map((f) => (
                          <Anchor key={f} href={reviewReportFileUrl(r.id, f)} download>
                            {`${r.citation} (${f.toUpperCase()})`}
                          </Anchor>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
      </Paper>
    </Stack>
  );
}
