import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProtectionCaseView } from '../api/protection';
import { Fact } from '../components/Fact';
import { formatInstant } from '../format/dates';
import { ProtectionStatusBadge } from './StatusBadges';

export function ProtectionHeader({ pc }: { pc: ProtectionCaseView }) {
  const { t, i18n } = useTranslation('protection');
  const ruleSetName = pc.ruleSet.name
    ? i18n.language === 'en'
      ? pc.ruleSet.name.en
      : pc.ruleSet.name.vi
    : pc.ruleSet.id;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group gap="xs">
          <Text fw={700} c="dimmed" className="hash" style={{ fontSize: 14 }}>
            {pc.case.code}
          </Text>
          <ProtectionStatusBadge status={pc.status} />
        </Group>
        <Title order={1} size="h2">
          {t('page.title', { seq: pc.seq, code: pc.case.code })}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Fact label={t('page.case')}>
            <Anchor component={Link} to={`/cases/${pc.case.code}`} className="plain-link" size="sm">
              {pc.case.title}
            </Anchor>
          </Fact>
          <Fact label={t('tab.reason')}>{t(`reasons.${pc.openedReason}`, { defaultValue: pc.openedReason })}</Fact>
          <Fact label={t('page.openedBy')}>{pc.openedBy?.name ?? t('page.openedBySystem')}</Fact>
          <Fact label={t('page.openedAt')}>{formatInstant(pc.openedAt)}</Fact>
          <Fact label={t('page.ruleSet')}>{`${ruleSetName} (${pc.ruleSet.id} v${pc.ruleSet.version})`}</Fact>
          <Fact label={t('page.ruleSetHash')}>
            <span className="hash" title={pc.ruleSet.sha256}>
              {pc.ruleSet.sha256.slice(0, 16)}…
            </span>
          </Fact>
          <Fact label={t('page.version')}>{pc.version}</Fact>
          {pc.closedAt && <Fact label={t('page.closedAt')}>{formatInstant(pc.closedAt)}</Fact>}
          {pc.findingReference && <Fact label={t('page.findingReference')}>{pc.findingReference}</Fact>}
        </SimpleGrid>
        {pc.reasons && (
          <Fact label={t('page.reasons')}>
            <span className="pre-wrap">{pc.reasons}</span>
          </Fact>
        )}
      </Stack>
    </Paper>
  );
}
