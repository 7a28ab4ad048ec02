import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComplianceStatus } from '../api/campaigns';

const COLORS: Record<ComplianceStatus, string> = {
  none: 'red',
  registered: 'indigo',
  submitted: 'blue',
  approved: 'green',
};

/** A unit's registration status, in words and colour (the words carry it: colour is never alone). */
export function ComplianceBadge({ status }: { status: ComplianceStatus }) {
  const { t } = useTranslation('campaigns');
  return (
    <Badge color={COLORS[status]} variant="outline" autoContrast data-status={status}>
      {t(`compliance.${status}`)}
    </Badge>
  );
}
