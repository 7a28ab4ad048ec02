import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProtectionDecision, Revocation } from '../api/protection';
import { Fact } from '../components/Fact';
import { formatDate, formatInstant } from '../format/dates';
import { useLegalText } from '../format/legal-ground';

export function DecisionPanel({ decision: d }: { decision: ProtectionDecision }) {
  const { t } = useTranslation('protection');
  const legal = useLegalText();
  return (
    <Paper withBorder p="sm" radius="sm" h="100%" data-testid="decision">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={4} size="h5">
            {t('decision.panel')}
          </Title>
          <Badge color={d.departed ? 'violet.9' : 'green'} variant={d.departed ? 'filled' : 'outline'}>
            {d.departed ? t('decision.departed') : t('decision.followed')}
          </Badge>
        </Group>
        <Text fw={700} size="sm">
          {t(`results.${d.result}`)}
        </Text>
        <Text size="sm">
          {t('decision.numberDate', { number: d.decisionNumber, date: formatDate(d.decisionDate) })}
        </Text>
        {d.legalGround && <Fact label={t('recommendation.legalGround')}>{legal.ground(d.legalGround)}</Fact>}
        {d.reasons && (
          <Fact label={d.departed ? t('decision.reasons') : t('decision.notes')}>
            <span className="pre-wrap">{d.reasons}</span>
          </Fact>
        )}
        <Text size="sm">
          {t('recommendation.report')}: {d.reportToCompetentAuthority ? t('common:yes') : t('common:no')} ·{' '}
          {t('recommendation.discipline')}: {d.referToDiscipline ? t('common:yes') : t('common:no')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('decision.by', { name: d.decidedBy?.name ?? '—', when: formatInstant(d.decidedAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}

export function RevocationPanel({ revocation: r }: { revocation: Revocation }) {
  const { t } = useTranslation('protection');
  const legal = useLegalText();
  return (
    <Paper withBorder p="sm" radius="sm" h="100%" bg="red.0" data-testid="revocation">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('revocation.panel')}
        </Title>
        <Fact label={t('revocation.ground')}>{t(`grounds.${r.ground}`, { defaultValue: r.ground })}</Fact>
        <Fact label={t('revocation.findingReference')}>{`${r.findingReference} (${formatDate(r.findingDate)})`}</Fact>
        <Text size="sm">
          {t('decision.numberDate', { number: r.decisionNumber, date: formatDate(r.decisionDate) })}
        </Text>
        <Fact label={t('recommendation.legalGround')}>{legal.ground(r.legalGround)}</Fact>
        {r.reasons && (
          <Fact label={t('revocation.reasons')}>
            <span className="pre-wrap">{r.reasons}</span>
          </Fact>
        )}
        <Text size="xs" c="dimmed">
          {t('decision.by', { name: r.revokedBy?.name ?? '—', when: formatInstant(r.revokedAt) })}
        </Text>
      </Stack>
    </Paper>
  );
}
