import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeterminationStatus, ProtectionSummary } from '../api/protection';

export function ProtectionStatusBadge({ status }: { status: 'open' | 'decided' }) {
  const { t } = useTranslation('protection');
  return (
    <Badge color={status === 'open' ? 'indigo' : 'dark'} variant="outline">
      {t(`status.${status}`)}
    </Badge>
  );
}

const DETERMINATION_COLORS: Record<DeterminationStatus, string> = {
  pending: 'gray',
  facts_recorded: 'blue',
  decided: 'green',
  revoked: 'red',
};

export function DeterminationStatusBadge({ status }: { status: DeterminationStatus }) {
  const { t } = useTranslation('protection');
  return (
    <Badge color={DETERMINATION_COLORS[status]} variant="outline">
      {t(`determinationStatus.${status}`)}
    </Badge>
  );
}

/** How many people of a protection case are decided, and how many await the viewer. */
export function ProtectionProgress({ p }: { p: ProtectionSummary }) {
  const { t } = useTranslation('protection');
  const total = Object.values(p.counts).reduce((a, b) => a + b, 0);
  return (
    <Stack gap={4}>
      <Text size="sm">{t('tab.counts', { decided: p.counts.decided + p.counts.revoked, total })}</Text>
      {p.awaitingMe > 0 && (
        <Badge color="blue.9" variant="filled" data-testid="awaiting-me">
          {t('tab.awaitingMe', { count: p.awaitingMe })}
        </Badge>
      )}
    </Stack>
  );
}
