import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../api/types';

const COLORS: Record<CaseState, string> = {
  draft: 'gray',
  submitted: 'blue',
  returned_for_completion: 'orange',
  under_consideration: 'indigo',
  vote_passed: 'teal',
  vote_failed: 'red',
  in_implementation: 'green',
  suspended: 'yellow',
  awaiting_completion_report: 'cyan',
  terminated: 'red',
  completion_reported: 'violet',
  evaluated: 'dark',
  rejected: 'red',
  withdrawn: 'gray',
};

export function StateBadge({ state, size = 'md' }: { state: CaseState; size?: 'sm' | 'md' | 'lg' }) {
  const { t } = useTranslation('case');
  return (
    <Badge color={COLORS[state]} variant="outline" size={size} autoContrast>
      {t(`states.${state}`)}
    </Badge>
  );
}
