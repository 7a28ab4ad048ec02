import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchProfile } from '../api/org';
import type { CaseDetail } from '../api/types';
import { DueBadge } from '../components/DueBadge';
import { formatDate, vietnamDate } from '../format/dates';
import { useWorkingDays } from '../hooks/useWorkingDays';
import { nextSteps, type ProfileRules } from './next-step';

export function NextStepCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const today = vietnamDate();
  const remaining = useWorkingDays(today, [c.dueOn]);
  const profile = useQuery({
    queryKey: ['profile', c.profile.code, c.profile.version],
    queryFn: ({ signal }) => fetchProfile(c.profile.code, c.profile.version, signal),
    staleTime: Infinity,
  });
  const steps = nextSteps(c, t, profile.data as ProfileRules | undefined);
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
              <List.Item key={`${s.task}-${s.who}`}>
                <Text span fw={600} size="sm">
                  {t(`actions:names.${s.task}`)}
                </Text>
                {' — '}
                {s.who}
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
