import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../api/types';
import { Fact } from '../components/Fact';
import { StateBadge } from '../components/StateBadge';
import { useDomainName } from '../hooks/useDomains';

export function CaseHeader({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const domainName = useDomainName();
  const names = (refs: { name: string | null }[]) => refs.map((r) => r.name ?? '—').join(', ') || t('common:none');
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Group gap="xs">
          <Text fw={700} c="dimmed" className="hash" style={{ fontSize: 14 }}>
            {c.code}
          </Text>
          <StateBadge state={c.state} size="lg" />
          {c.urgent && (
            <Badge color="red.9" variant="filled">
              {t('common:urgent')}
            </Badge>
          )}
        </Group>
        <Title order={1} size="h2">
          {c.title}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
          <Fact label={t('page.proposer')}>{c.proposer.name}</Fact>
          <Fact label={t('page.coProposers')}>{names(c.coProposers)}</Fact>
          <Fact label={t('page.proposerUnit')}>{c.proposerUnit.name}</Fact>
          <Fact label={t('page.receivingUnit')}>{c.receivingUnit?.name ?? t('common:notSet')}</Fact>
          <Fact label={t('page.domain')}>{domainName(c.domain)}</Fact>
          <Fact label={t('page.profile')}>{`${c.profile.code} v${c.profile.version}`}</Fact>
          <Fact label={t('page.version')}>{c.version}</Fact>
          <Fact label={t('page.myRelations')}>
            {shownRelations(c.relations)
              .map((r) => t(`common:relations.${r}`))
              .join(', ')}
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** Relations to the receiving unit itself already say it: "a leader of a unit the case passed earlier" would only mislead. */
const CURRENT_UNIT = new Set(['head', 'collective_member', 'party_liaison']);
function shownRelations(relations: string[]): string[] {
  return relations.some((r) => CURRENT_UNIT.has(r)) ? relations.filter((r) => r !== 'route_leader') : relations;
}
