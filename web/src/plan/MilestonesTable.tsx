import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../api/plan';
import { formatDate } from '../format/dates';
import { ScrollTable } from '../components/ScrollTable';

export function MilestonesTable({ milestones }: { milestones: Milestone[] }) {
  const { t } = useTranslation('plan');
  if (milestones.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('noMilestones')}
      </Text>
    );
  return (
    <ScrollTable label={t('sections.timeline')} minWidth={480}>
      <table className="k-table">
        <thead>
          <tr>
            <th>{t('fields.milestoneTitle')}</th>
            <th>{t('fields.milestoneDue')}</th>
            <th>{t('fields.deliverable')}</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list shown in its stored order; milestones have no id of their own
            <tr key={i}>
              <td>{m.title}</td>
              <td>{formatDate(m.dueOn)}</td>
              <td>{m.deliverable ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
