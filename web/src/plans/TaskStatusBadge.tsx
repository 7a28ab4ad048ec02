import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanTask, PlanTaskStatus } from '../api/plans';

const COLORS: Record<PlanTaskStatus, string> = { not_started: 'gray', in_progress: 'blue', done: 'green' };

/** A task's status in words, and the working days it is late (the words carry it: colour is never alone). */
export function TaskStatusBadge({ task }: { task: PlanTask }) {
  const { t } = useTranslation('plans');
  return (
    <Group gap={4}>
      <Badge color={COLORS[task.status]} variant="outline" autoContrast data-status={task.status}>
        {t(`status.${task.status}`)}
        {task.status === 'in_progress' ? ` ${task.percent}%` : ''}
      </Badge>
      {task.overdueWorkingDays > 0 && (
        <Badge color="red.9" variant="filled" data-testid="overdue">
          {t('overdue', { count: task.overdueWorkingDays })}
        </Badge>
      )}
    </Group>
  );
}
