import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProtectionCaseView, Recommendation } from '../api/protection';
import { Fact } from '../components/Fact';
import { repeatsLabel, useLegalText } from '../format/legal-ground';

/** What the rules recommend for one person, with each finding it turned on and its legal ground. */
export function RecommendationPanel({
  recommendation: r,
  ruleSet,
}: {
  recommendation: Recommendation;
  ruleSet: ProtectionCaseView['ruleSet'];
}) {
  const { t, i18n } = useTranslation('protection');
  const en = i18n.language === 'en';
  const legal = useLegalText();
  const ruleSetName = ruleSet.name ? (en ? ruleSet.name.en : ruleSet.name.vi) : ruleSet.id;
  const flag = (on: boolean, label: string) => (
    <Badge color={on ? 'dark' : 'gray'} variant={on ? 'filled' : 'outline'}>
      {label}: {on ? t('common:yes') : t('common:no')}
    </Badge>
  );
  return (
    <Paper withBorder p="sm" radius="sm" bg="blue.0" data-testid="recommendation">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('recommendation.title')}
        </Title>
        <Fact label={t('recommendation.result')}>
          <Text fw={700} size="sm" data-testid="recommended-result">
            {t(`results.${r.result}`)}
          </Text>
        </Fact>
        <Fact label={t('recommendation.legalGround')}>
          <span data-testid="recommended-ground">{legal.ground(r.legalGround)}</span>
        </Fact>
        <Group gap="xs">
          {flag(r.reportToCompetentAuthority, t('recommendation.report'))}
          {flag(r.referToDiscipline, t('recommendation.discipline'))}
        </Group>
        <Text size="sm" fw={600}>
          {t('recommendation.reasoning')}
        </Text>
        <List type="ordered" size="sm" spacing={6}>
          {r.reasoning.map((s, i) => {
            const label = t(`recommendation.steps.${s.step}`, { defaultValue: s.step });
            const explanation = en ? s.explanation.en : s.explanation.vi;
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: a read-only reasoning, in its order; a step may appear twice
              <List.Item key={`${s.step}-${i}`}>
                {!repeatsLabel(label, explanation) && (
                  <>
                    <Text span fw={600} size="sm">
                      {label}:
                    </Text>{' '}
                  </>
                )}
                {explanation}
                <Text size="xs" c="dimmed">
                  {legal.ground(s.legalGround)}
                </Text>
                {s.evidence && !explanation.includes(s.evidence) && (
                  <Text size="xs">
                    {t('recommendation.evidence')}: {s.evidence}
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
        <Text size="xs" c="dimmed">
          {t('ruleNamed', { rule: legal.rule(r.ruleId), ruleSet: ruleSetName, version: ruleSet.version })}
        </Text>
      </Stack>
    </Paper>
  );
}
