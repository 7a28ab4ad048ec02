import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DayOff, WorkingWeekend } from '../api/clock';
import { ScrollTable } from '../components/ScrollTable';
import { formatDate } from '../format/dates';

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

export function DaysOffTable({ days }: { days: DayOff[] }) {
  const { t } = useTranslation('clock');
  const names = t('calendar.weekdays', { returnObjects: true }) as string[];
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h4">
        {t('calendar.daysOff')}
      </Title>
      {days.length === 0 ? (
        <Text size="sm">{t('calendar.none')}</Text>
      ) : (
        <ScrollTable label={t('calendar.daysOff')} minWidth={560}>
          <table className="k-table" data-testid="days-off">
            <thead>
              <tr>
                <th>{t('calendar.date')}</th>
                <th>{t('calendar.weekday')}</th>
                <th>{t('calendar.reason')}</th>
                <th>{t('calendar.label')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date}>
                  <td>{formatDate(d.date)}</td>
                  <td>{names[weekday(d.date)]}</td>
                  <td>{t(`calendar.reasons.${d.reason}`, { defaultValue: d.reason })}</td>
                  <td>{d.label}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}

export function WorkingWeekendsTable({ days }: { days: WorkingWeekend[] }) {
  const { t } = useTranslation('clock');
  const names = t('calendar.weekdays', { returnObjects: true }) as string[];
  return (
    <Stack gap="xs" component="section">
      <Title order={2} size="h4">
        {t('calendar.workingDays')}
      </Title>
      {days.length === 0 ? (
        <Text size="sm">{t('calendar.none')}</Text>
      ) : (
        <ScrollTable label={t('calendar.workingDays')} minWidth={560}>
          <table className="k-table" data-testid="working-days">
            <thead>
              <tr>
                <th>{t('calendar.date')}</th>
                <th>{t('calendar.weekday')}</th>
                <th>{t('calendar.label')}</th>
                <th>{t('calendar.inExchangeFor')}</th>
              </tr>
            </thead>
            <tbody>
              {days.map((d) => (
                <tr key={d.date}>
                  <td>{formatDate(d.date)}</td>
                  <td>{names[weekday(d.date)]}</td>
                  <td>{d.label}</td>
                  <td>{d.inExchangeFor ? formatDate(d.inExchangeFor) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}
