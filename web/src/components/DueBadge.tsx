import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Remaining working days to a due date; overdue in red. */
export function DueBadge({ remaining }: { remaining: number | null }) {
  const { t } = useTranslation();
  if (remaining === null)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  if (remaining < 0) {
    return (
      <Badge color="red.9" variant="filled">
        {t('overdueBy', { count: -remaining })}
      </Badge>
    );
  }
  if (remaining === 0) {
    return (
      <Badge color="orange" variant="outline">
        {t('dueToday')}
      </Badge>
    );
  }
  return (
    <Badge color={remaining <= 2 ? 'orange' : 'dark'} variant="outline">
      {t('workingDaysLeft', { count: remaining })}
    </Badge>
  );
}
