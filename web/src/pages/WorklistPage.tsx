import { Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchWorklist } from '../api/cases';
import { DueBadge } from '../components/DueBadge';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';
import { formatDate, vietnamDate } from '../format/dates';
import { useWorkingDays } from '../hooks/useWorkingDays';
import { ScrollTable } from '../components/ScrollTable';
import { Updating } from '../components/Updating';
import { WorkItemCase } from '../worklist/WorkItemCase';
import { WorklistCards } from '../worklist/WorklistCards';

const PAGE_SIZE = 25;

export default function WorklistPage() {
  const { t } = useTranslation('work');
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page') ?? 1));
  const query = useQuery({
    queryKey: ['worklist', page],
    queryFn: ({ signal }) => fetchWorklist(PAGE_SIZE + 1, (page - 1) * PAGE_SIZE, signal),
    placeholderData: keepPreviousData,
  });
  const items = query.data?.items.slice(0, PAGE_SIZE) ?? [];
  const today = query.data ? vietnamDate(query.data.today) : undefined;
  const remaining = useWorkingDays(
    today,
    items.map((i) => i.dueOn),
  );
  // A phone gets cards: a five-column table there shows only the case and hides the due dates sideways.
  const narrow = useMediaQuery('(max-width: 48em)');

  return (
    <Stack>
      <PageHeader
        title={t('worklist.title')}
        description={t('worklist.intro')}
        actions={today && <Text size="sm">{t('worklist.today', { date: formatDate(today) })}</Text>}
      />
      <ErrorAlert error={query.error} />
      {query.isPending && <LoadingBlock />}
      {query.data && items.length === 0 && <Text>{t('worklist.empty')}</Text>}
      {items.length > 0 && narrow && (
        <Updating when={query.isPlaceholderData}>
          <WorklistCards items={items} remaining={remaining} />
        </Updating>
      )}
      {items.length > 0 && !narrow && (
        <ScrollTable label={t('worklist.title')} minWidth={760} updating={query.isPlaceholderData}>
          <table className="k-table" data-testid="worklist">
            <caption>{t('worklist.intro')}</caption>
            <thead>
              <tr>
                <th>{t('worklist.case')}</th>
                <th>{t('worklist.task')}</th>
                <th>{t('worklist.due')}</th>
                <th>{t('worklist.remaining')}</th>
                <th>{t('worklist.unit')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const left = remaining(item.dueOn);
                return (
                  <tr key={`${item.code}-${item.task}`} data-overdue={left !== null && left < 0 ? 'true' : undefined}>
                    <td>
                      <WorkItemCase item={item} />
                    </td>
                    <td>{t(`actions:names.${item.task}`, { defaultValue: item.task })}</td>
                    <td>{item.dueOn ? formatDate(item.dueOn) : t('common:noDue')}</td>
                    <td>
                      <DueBadge remaining={left} />
                    </td>
                    <td>{item.receivingUnitName ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <Pager
        page={page}
        hasPrevious={page > 1}
        hasNext={(query.data?.items.length ?? 0) > PAGE_SIZE}
        onPrevious={() => setParams({ page: String(page - 1) })}
        onNext={() => setParams({ page: String(page + 1) })}
      />
    </Stack>
  );
}
