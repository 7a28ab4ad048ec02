import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, NextActor } from '../api/types';
import { DueBadge } from '../components/DueBadge';
import { formatDate, vietnamDate } from '../format/dates';
import { useWorkingDays } from '../hooks/useWorkingDays';

export function NextStepCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const today = vietnamDate();
  const remaining = useWorkingDays(today, [c.dueOn]);
  const who = (a: NextActor) =>
    'person' in a
      ? (a.person.name ?? '—')
      : t('next.roleOf', { role: t(`common:roles.${a.role}`), unit: a.unit.name ?? '—' });
  const steps = c.nextActors ?? [];
  return (
    <Paper withBorder p="md" radius="md" h="100%">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('page.nextStep')}
        </Title>
        {steps.length === 0 ? (
          <Text size="sm">{t('page.nothingNext')}</Text>
        ) : (
          <List spacing={4} size="sm">
            {steps.map((s) => (
              <List.Item key={`${s.task}-${who(s)}`}>
                <Text span fw={600} size="sm">
                  {t(`actions:names.${s.task}`)}
                </Text>
                {' — '}
                {who(s)}
              </List.Item>
            ))}
          </List>
        )}
        {c.dueOn && (
          <Group gap="xs">
            <Text size="sm">
              {t('page.byWhen')}: <strong>{formatDate(c.dueOn)}</strong>
              {c.dueStep ? ` (${t(`steps.${c.dueStep}`)})` : ''}
            </Text>
            <DueBadge remaining={remaining(c.dueOn)} />
          </Group>
        )}
        {c.pendingAdjustmentVersion && (
          <Text size="sm" c="orange">
            {t('page.pendingAdjustment', { version: c.pendingAdjustmentVersion })}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
