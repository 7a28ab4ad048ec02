import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FactsExamined } from '../api/protection';
import { Fact } from '../components/Fact';
import { formatVnd } from '../format/numbers';
import { useLegalText } from '../format/legal-ground';

/**
 * Every fact one person's protection decision rests on: outcome, damage and its amount, the
 * approved risk that occurred, good faith, compliance and each exclusion ground examined, then
 * what the law makes of them (a binding row of Art. 11, or matters to weigh in written reasons).
 */
export function FactsExaminedPanel({ x }: { x: FactsExamined }) {
  const { t, i18n } = useTranslation('protection');
  const en = i18n.language === 'en';
  const legal = useLegalText();
  const damage = !x.damage.caused
    ? t('examined.noDamage')
    : x.damage.estimateVnd !== null
      ? t('examined.damageAmount', { amount: formatVnd(x.damage.estimateVnd) })
      : t('examined.damageUnknown');
  const risk =
    x.risk.kind === 'foreseen'
      ? t('examined.riskForeseen', { id: x.risk.riskId, description: x.risk.description ?? '—' })
      : x.risk.kind === 'unforeseen'
        ? t('examined.riskUnforeseen', { description: x.risk.description ?? '—' })
        : t('examined.riskNone');
  const missingMotive = (['correctPolicyLine', 'pureMotive', 'commonGood'] as const)
    .filter((k) => !x.goodFaith[k])
    .map((k) => t(`facts.${k}`));
  const missingCompliance = (['followedApprovedPlan', 'followedDecision', 'followedDirectives'] as const)
    .filter((k) => !x.compliance[k])
    .map((k) => t(`facts.${k}`));
  return (
    <Paper withBorder p="sm" radius="sm" data-testid="facts-examined">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('examined.title')}
        </Title>
        <Fact label={t('examined.outcome')}>{t(`outcomes.${x.outcome}`)}</Fact>
        <Fact label={t('examined.damage')}>
          <span data-testid="examined-damage">{damage}</span>
        </Fact>
        <Fact label={t('examined.risk')}>
          <span data-testid="examined-risk">{risk}</span>
        </Fact>
        <Fact label={t('examined.goodFaith')}>
          <span data-testid="examined-good-faith">
            {x.goodFaith.found
              ? t('examined.goodFaithYes')
              : t('examined.goodFaithMissing', { missing: missingMotive.join('; ') })}
          </span>
        </Fact>
        <Fact label={t('examined.compliance')}>
          {x.compliance.compliant
            ? t('examined.compliant')
            : t('examined.notCompliant', { missing: missingCompliance.join('; ') })}
        </Fact>
        <Text size="sm" fw={600}>
          {t('examined.grounds', { count: x.exclusionGrounds.length })}
        </Text>
        <List size="sm" spacing={2} data-testid="examined-grounds">
          {x.exclusionGrounds.map((g) => (
            <List.Item key={g.ground}>
              <Group gap={6} wrap="wrap">
                <Text span size="sm">
                  {t(`grounds.${g.ground}`, { defaultValue: en ? g.label.en : g.label.vi })}:
                </Text>
                <Badge size="sm" color={g.found ? 'red.9' : 'gray'} variant={g.found ? 'filled' : 'outline'}>
                  {!g.examined ? t('examined.notExamined') : g.found ? t('examined.found') : t('examined.notFound')}
                </Badge>
                {g.weighed && (
                  <Text span size="xs" c="dimmed">
                    ({t('examined.weighed')})
                  </Text>
                )}
              </Group>
              {g.found && g.evidence && <Text size="xs">{g.evidence}</Text>}
              <Text size="xs" c="dimmed">
                {legal.ground(g.legalGround)}
              </Text>
            </List.Item>
          ))}
        </List>
        {x.bindingRow && (
          <Alert color="blue" variant="light" data-testid="binding-row">
            {t('examined.binding', {
              article: legal.article(x.bindingRow.article),
              minimum: t(`results.${x.bindingRow.minimum}`),
            })}
          </Alert>
        )}
        {x.mattersToWeigh.length > 0 && (
          <Alert color="orange" variant="light" data-testid="matters-to-weigh">
            {t('examined.toWeigh', {
              matters: x.mattersToWeigh.map((m) => t(`examined.matters.${m}`, { defaultValue: m })).join('; '),
            })}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
