import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { listCases } from '../api/cases';
import { mayPropose, useMe } from '../auth/auth-context';
import { CaseFilterBar, type CaseFilterValues } from '../cases/CaseFilterBar';
import { CaseTable } from '../cases/CaseTable';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';

const PAGE_SIZE = 20;
const FILTER_KEYS = ['q', 'state', 'unitId', 'unitName', 'domain', 'dueBefore'] as const;
/** The filters of a dashboard figure's list (pages/DashboardPage.tsx), kept from the address. */
const FIGURE_KEYS = ['proposerUnitId', 'year', 'overdue', 'outcome', 'protection', 'rewardForm'] as const;

export default function CaseListPage() {
  const { t } = useTranslation('work');
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [previous, setPrevious] = useState<string[]>([]);
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as unknown as CaseFilterValues;
  const figure = Object.fromEntries(FIGURE_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
  const cursor = params.get('cursor') ?? undefined;
  const query = useQuery({
    queryKey: ['cases', filters, figure, cursor],
    queryFn: ({ signal }) =>
      listCases(
        {
          q: filters.q || undefined,
          state: filters.state || undefined,
          unitId: filters.unitId || undefined,
          domain: filters.domain || undefined,
          dueBefore: filters.dueBefore || undefined,
          cursor,
          limit: PAGE_SIZE,
          ...figure,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

  function applyFilters(next: CaseFilterValues) {
    setPrevious([]);
    setParams(Object.fromEntries(Object.entries({ ...next, ...figure }).filter(([, v]) => v)));
  }
  function goTo(nextCursor: string | undefined) {
    const p = new URLSearchParams(params);
    if (nextCursor) p.set('cursor', nextCursor);
    else p.delete('cursor');
    setParams(p);
  }

  return (
    <Stack>
      <PageHeader
        title={t('cases.title')}
        description={t('cases.intro')}
        actions={
          mayPropose(me) && (
            <Button component={Link} to="/cases/new">
              {t('common:nav.newProposal')}
            </Button>
          )
        }
      />
      <CaseFilterBar value={filters} onApply={applyFilters} />
      {Object.keys(figure).length > 0 && (
        <Group gap="xs">
          <Text size="sm">{t('cases.figureFilter')}</Text>
          <Anchor component={Link} to="/cases" size="sm">
            {t('cases.clearFigureFilter')}
          </Anchor>
        </Group>
      )}
      <ErrorAlert error={query.error} />
      {query.isPending && <LoadingBlock />}
      {query.data && query.data.items.length === 0 && <Text role="status">{t('cases.empty')}</Text>}
      {query.data && query.data.items.length > 0 && (
        <CaseTable items={query.data.items} updating={query.isPlaceholderData} />
      )}
      <Pager
        page={previous.length + 1}
        hasPrevious={previous.length > 0}
        hasNext={!!query.data?.nextCursor}
        onPrevious={() => {
          const back = previous.at(-1);
          setPrevious(previous.slice(0, -1));
          goTo(back || undefined);
        }}
        onNext={() => {
          setPrevious([...previous, cursor ?? '']);
          goTo(query.data?.nextCursor ?? undefined);
        }}
      />
    </Stack>
  );
}
