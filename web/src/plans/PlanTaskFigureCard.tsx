import { Anchor, Paper, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchPlanTaskFigure } from '../api/plans';

/** The dashboard's plan-task figure for the unit shown: done, in progress, overdue of all its tasks. */
export function PlanTaskFigureCard({ unitId }: { unitId: string }) {
  const { t } = useTranslation('plans');
  const q = useQuery({
    queryKey: ['plan-task-figure', unitId],
    queryFn: ({ signal }) => fetchPlanTaskFigure(unitId, signal),
  });
  if (!q.data || q.data.total === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-label={t('figure.title')}
      data-testid="plan-task-figure"
    >
      <Anchor component={Link} to="/plans" fw={700}>
        {t('figure.title')}
      </Anchor>
      <Text>{t('tally', q.data)}</Text>
      <Text size="sm" c="dimmed">
        {t('figure.note')}
      </Text>
    </Paper>
  );
}
