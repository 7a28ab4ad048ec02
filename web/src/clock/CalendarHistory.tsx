import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchYearHistory, type YearChange } from '../api/clock';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate, formatInstant } from '../format/dates';

function dates(d: YearChange['after'] | null): Set<string> {
  return new Set([...(d?.daysOff ?? []).map((x) => x.date), ...(d?.workingDays ?? []).map((x) => `+${x.date}`)]);
}

/** Who changed a year's decision, when, and which days it added or removed. */
export function CalendarHistory({ year }: { year: number }) {
  const { t } = useTranslation('clock');
  const q = useQuery({
    queryKey: ['calendar', 'history', year],
    queryFn: ({ signal }) => fetchYearHistory(year, signal),
  });
  const describe = (c: YearChange) => {
    const before = dates(c.before);
    const after = dates(c.after);
    const show = (s: string[]) => s.map((d) => formatDate(d.replace('+', ''))).join(', ');
    const added = [...after].filter((d) => !before.has(d));
    const removed = [...before].filter((d) => !after.has(d));
    const parts = [
      added.length ? t('calendar.added', { dates: show(added) }) : '',
      removed.length ? t('calendar.removed', { dates: show(removed) }) : '',
    ].filter(Boolean);
    if (c.before && c.before.decided !== c.after.decided)
      parts.push(
        t('calendar.statusChanged', { status: t(`calendar.status.${c.after.decided ? 'decided' : 'provisional'}`) }),
      );
    return parts.join('; ') || t('calendar.noChange');
  };
  const title = t('calendar.history', { year });
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      <ErrorAlert error={q.error} />
      {q.isPending && <LoadingBlock />}
      {q.data && (
        <ScrollTable label={title} minWidth={640}>
          <table className="k-table" data-testid="calendar-history">
            <thead>
              <tr>
                <th>{t('calendar.revision')}</th>
                <th>{t('calendar.changedAt')}</th>
                <th>{t('calendar.changedBy')}</th>
                <th>{t('calendar.origin')}</th>
                <th>{t('calendar.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {q.data.items.map((c) => (
                <tr key={c.revision}>
                  <td>{c.revision}</td>
                  <td>{formatInstant(c.changedAt)}</td>
                  <td>{c.changedBy?.name ?? t('calendar.system')}</td>
                  <td>{t(`calendar.origins.${c.origin}`, { defaultValue: c.origin })}</td>
                  <td>
                    <Text size="sm">{describe(c)}</Text>
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
