import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../api/types';
import { DueBadge } from '../components/DueBadge';
import { formatDate, vietnamDate } from '../format/dates';
import { useWorkingDays } from '../hooks/useWorkingDays';
import { ScrollTable } from '../components/ScrollTable';

export function DeadlinesTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const today = vietnamDate();
  const remaining = useWorkingDays(today, c.deadlines.filter((d) => d.status === 'open').map((d) => d.dueOn));
  if (c.deadlines.length === 0) return <Text size="sm" c="dimmed">{t('deadlines.empty')}</Text>;
  return (
    <ScrollTable label={t('deadlines.title')} minWidth={560}>
      <table className="k-table">
        <caption>{t('deadlines.title')}</caption>
        <thead>
          <tr>
            <th>{t('deadlines.step')}</th>
            <th>{t('deadlines.started')}</th>
            <th>{t('deadlines.due')}</th>
            <th>{t('deadlines.status')}</th>
          </tr>
        </thead>
        <tbody>
          {c.deadlines.map((d, i) => (
            <tr key={`${d.step}-${i}`}>
              <td>{t(`steps.${d.step}`, { defaultValue: d.step })}</td>
              <td>{formatDate(d.startedOn)}</td>
              <td>{d.dueOn ? formatDate(d.dueOn) : t('common:noDue')}</td>
              <td>
                {t(`deadlineStatus.${d.status}`)}
                {d.status === 'open' && d.dueOn && (
                  <>
                    {' '}
                    <DueBadge remaining={remaining(d.dueOn)} />
                  </>
                )}
                {d.status === 'paused' && d.remainingDays !== null && ` · ${t('deadlines.remainingWhenPaused', { count: d.remainingDays })}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
