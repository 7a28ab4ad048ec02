import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RewardStatus } from '../api/rewards';

const COLORS: Record<RewardStatus, string> = {
  proposed: 'blue',
  granted: 'green',
  refused: 'red',
  implemented: 'teal',
  not_implemented: 'orange',
};

export function RewardStatusBadge({ status }: { status: RewardStatus }) {
  const { t } = useTranslation('rewards');
  return (
    <Badge color={COLORS[status]} variant="outline">
      {t(`status.${status}`)}
    </Badge>
  );
}
