import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchCaseDeadlines } from '../api/clock';
import type { CaseDetail } from '../api/types';
import { DueBadge } from '../components/DueBadge';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate } from '../format/dates';

/** The case's legal clock: each step's deadline, working days left, paused steps and what they keep, overdue periods. */
export function DeadlinesTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation(['case', 'clock']);
  const q = useQuery({
    queryKey: ['deadlines', c.code, c.version],
    queryFn: ({ signal }) => fetchCaseDeadlines(c.code, signal),
  });
  if (q.isPending) return <LoadingBlock />;
  if (q.error) return <ErrorAlert error={q.error} />;
  const items = q.data.items;
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('deadlines.empty')}
      </Text>
    );
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('clock:deadlines.today', { date: formatDate(q.data.today) })}
      </Text>
      {items.some((d) => d.provisional) && <Alert color="orange">{t('clock:deadlines.provisional')}</Alert>}
      <ScrollTable label={t('deadlines.title')} minWidth={720}>
        <table className="k-table" data-testid="deadlines">
          <caption>{t('deadlines.title')}</caption>
          <thead>
            <tr>
              <th>{t('deadlines.step')}</th>
              <th>{t('deadlines.started')}</th>
              <th>{t('deadlines.due')}</th>
              <th>{t('deadlines.status')}</th>
              <th>{t('clock:deadlines.left')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a step may start twice on one day; the read-only list keeps its order
              <tr key={`${d.step}-${d.startedOn}-${i}`} data-overdue={d.overdue ? 'true' : undefined}>
                <td>{t(`steps.${d.step}`, { defaultValue: d.step })}</td>
                <td>{formatDate(d.startedOn)}</td>
                <td>
                  {d.dueOn ? formatDate(d.dueOn) : t('common:noDue')}
                  {d.provisional && ' *'}
                </td>
                <td>
                  <Stack gap={2}>
                    <span>{t(`deadlineStatus.${d.status}`)}</span>
                    {d.overdueRecord && (
                      <Text size="xs" c="red.9">
                        {d.overdueRecord.endedOn
                          ? t('clock:deadlines.overdueEnded', {
                              date: formatDate(d.overdueRecord.endedOn),
                              count: d.overdueRecord.overdueWorkingDays ?? 0,
                            })
                          : t('clock:deadlines.overdueSince', { date: formatDate(d.overdueRecord.since) })}
                      </Text>
                    )}
                    {d.remindersSent.length > 0 && (
                      <Text size="xs">{t('clock:deadlines.reminders', { count: d.remindersSent.length })}</Text>
                    )}
                  </Stack>
                </td>
                <td>
                  {d.status === 'open' && d.dueOn && <DueBadge remaining={d.workingDaysLeft} />}
                  {d.status === 'paused' && d.remainingDays !== null && (
                    <Text size="sm">{t('clock:deadlines.keptWhenPaused', { count: d.remainingDays })}</Text>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </Stack>
  );
}
