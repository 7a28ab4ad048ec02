import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayOff, WorkingWeekend } from '../api/clock';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate } from '../format/dates';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

interface Column<D> {
  header: string;
  cell: (day: D) => ReactNode;
}

/** A titled table of dates with their weekday, then the columns of its kind of day. */
function DatesTable<D extends { date: string }>({
  title,
  testId,
  days,
  columns,
}: {
  title: string;
  testId: string;
  days: D[];
  columns: Column<D>[];
}) {
  const { t } = useTranslation('clock');
  const names = t('calendar.weekdays', { returnObjects: true }) as string[];
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h4">
        {title}
      </Title>
      {days.length === 0 ? (
        <Text size="sm">{t('calendar.none')}</Text>
      ) : (
        <ScrollTable label={title} minWidth={560}>
          <table className="k-table" data-testid={testId}>
            <thead>
              <tr>
                <th>{t('calendar.date')}</th>
                <th>{t('calendar.weekday')}</th>
                {columns.map((c) => (
                  <th key={c.header}>{c.header}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date}>
                  <td>{formatDate(d.date)}</td>
                  <td>{names[weekday(d.date)]}</td>
                  {columns.map((c) => (
                    <td key={c.header}>{c.cell(d)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}

export function DaysOffTable({ days }: { days: DayOff[] }) {
  const { t } = useTranslation('clock');
  return (
    <DatesTable
      title={t('calendar.daysOff')}
      testId="days-off"
      days={days}
      columns={[
        { header: t('calendar.reason'), cell: (d) => t(`calendar.reasons.${d.reason}`, { defaultValue: d.reason }) },
        { header: t('calendar.label'), cell: (d) => d.label },
      ]}
    />
  );
}

export function WorkingWeekendsTable({ days }: { days: WorkingWeekend[] }) {
  const { t } = useTranslation('clock');
  return (
    <DatesTable
      title={t('calendar.workingDays')}
      testId="working-days"
      days={days}
      columns={[
        { header: t('calendar.label'), cell: (d) => d.label },
        { header: t('calendar.inExchangeFor'), cell: (d) => (d.inExchangeFor ? formatDate(d.inExchangeFor) : '—') },
      ]}
    />
  );
}
