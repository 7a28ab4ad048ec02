import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WorkItem } from '../api/types';
import { DueBadge } from '../components/DueBadge';
import { formatDate } from '../format/dates';
import { WorkItemCase } from './WorkItemCase';

interface Props {
  items: WorkItem[];
  remaining(dueOn: string | null | undefined): number | null;
}

/** The worklist on a phone: one card per task, case, task, due date and working days left all in view. */
export function WorklistCards({ items, remaining }: Props) {
  const { t } = useTranslation('work');
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('worklist.title')}
      data-testid="worklist"
    >
      {items.map((item) => {
        const left = remaining(item.dueOn);
        return (
          <Paper
            component="li"
            key={`${item.code}-${item.task}`}
            withBorder
            p="sm"
            radius="md"
            data-overdue={left !== null && left < 0 ? 'true' : undefined}
          >
            <Stack gap={6}>
              <WorkItemCase item={item} />
              <Text size="sm">
                <Text span c="dimmed" size="sm">{`${t('worklist.task')}: `}</Text>
                {t(`actions:names.${item.task}`, { defaultValue: item.task })}
              </Text>
              <Group gap="xs" justify="space-between">
                <Text size="sm">
                  <Text span c="dimmed" size="sm">{`${t('worklist.due')}: `}</Text>
                  {item.dueOn ? formatDate(item.dueOn) : t('common:noDue')}
                </Text>
                <DueBadge remaining={left} />
              </Group>
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
