import { Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Determination, DeterminationAction, ProtectionCaseView } from '../api/protection';
import { formatInstant } from '../format/dates';
import { DecisionModal } from './DecisionModal';
import { DecisionPanel, RevocationPanel } from './DecisionPanel';
import { FactsExaminedPanel } from './FactsExaminedPanel';
import { FactsModal } from './FactsModal';
import { RecommendationPanel } from './RecommendationPanel';
import { RevocationForm } from './RevocationForm';
import { DeterminationStatusBadge } from './StatusBadges';

/** One person's determination: facts, recommendation, decision and any revocation, with what the viewer may do. */
export function DeterminationCard({ pc, d }: { pc: ProtectionCaseView; d: Determination }) {
  const { t, i18n } = useTranslation('protection');
  const [open, setOpen] = useState<'facts' | 'decide' | 'revoke' | null>(null);
  const name = d.person.name ?? '—';
  const roles = d.roles.map((r) => t(`roles.${r}`, { defaultValue: r })).join(', ');
  const may = (a: DeterminationAction) => d.allowedActions.includes(a);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={name} data-testid={`determination-${name}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {name}
            </Title>
            <Text size="sm" c="dimmed">
              {roles}
              {d.decidingUnit?.name ? ` · ${t('determination.decidingUnit')}: ${d.decidingUnit.name}` : ''}
            </Text>
          </div>
          <DeterminationStatusBadge status={d.status} />
        </Group>
        {d.factsRecordedAt && (
          <Text size="sm">
            {t('determination.factsRecorded', {
              name: d.factsRecordedBy?.name ?? '—',
              when: formatInstant(d.factsRecordedAt),
              version: d.factsVersion,
            })}
          </Text>
        )}
        {d.exclusionGroundsFound.length > 0 && (
          <div>
            <Text size="sm" fw={600}>
              {t('determination.exclusionsFound')}
            </Text>
            <List size="sm">
              {d.exclusionGroundsFound.map((g) => (
                <List.Item key={g.ground}>
                  {t(`grounds.${g.ground}`, { defaultValue: i18n.language === 'en' ? g.label.en : g.label.vi })}
                  {g.evidence ? ` — ${g.evidence}` : ''}
                </List.Item>
              ))}
            </List>
          </div>
        )}
        {d.factsExamined && <FactsExaminedPanel x={d.factsExamined} />}
        {d.recommendation && <RecommendationPanel recommendation={d.recommendation} ruleSet={pc.ruleSet} />}
        {(d.decision || open === 'revoke') && (
          <Grid gap="md">
            {d.decision && (
              <Grid.Col span={{ base: 12, md: 6 }}>
                <DecisionPanel decision={d.decision} />
              </Grid.Col>
            )}
            {d.revocation && (
              <Grid.Col span={{ base: 12, md: 6 }}>
                <RevocationPanel revocation={d.revocation} />
              </Grid.Col>
            )}
            {open === 'revoke' && (
              <Grid.Col span={{ base: 12, md: 6 }}>
                <RevocationForm pcId={pc.id} d={d} onDone={() => setOpen(null)} />
              </Grid.Col>
            )}
          </Grid>
        )}
        {d.allowedActions.length > 0 && open !== 'revoke' && (
          <Group gap="xs" data-testid="determination-actions">
            {may('record_facts') && (
              <Button variant={d.facts ? 'default' : 'filled'} onClick={() => setOpen('facts')}>
                {d.facts ? t('determination.reviseFacts') : t('determination.recordFacts')}
              </Button>
            )}
            {may('decide') && <Button onClick={() => setOpen('decide')}>{t('determination.decide')}</Button>}
            {may('revoke') && (
              <Button variant="outline" color="red.9" onClick={() => setOpen('revoke')}>
                {t('determination.revoke')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {open === 'facts' && <FactsModal pc={pc} d={d} onClose={() => setOpen(null)} />}
      {open === 'decide' && <DecisionModal pcId={pc.id} d={d} onClose={() => setOpen(null)} />}
    </Paper>
  );
}
