import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationRecord } from '../api/protection';
import { Fact } from '../components/Fact';
import { formatDate } from '../format/dates';
import { formatVnd } from '../format/numbers';

/** The evaluation the rules judge against, as the collective recorded it. */
export function EvaluationCard({ evaluation: e }: { evaluation: EvaluationRecord | null }) {
  const { t } = useTranslation('protection');
  const damage = !e?.damage.occurred
    ? t('page.noDamage')
    : e.damage.estimateVnd !== undefined
      ? t('page.damageEstimate', { amount: formatVnd(e.damage.estimateVnd) })
      : t('page.damageUnknown');
  return (
    <Paper withBorder p="md" radius="md" h="100%" component="section" aria-labelledby="pc-evaluation">
      <Stack gap="xs">
        <Title order={2} size="h4" id="pc-evaluation">
          {t('page.evaluation')}
        </Title>
        {!e ? (
          <Text size="sm">{t('page.noEvaluation')}</Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              {t('page.meetingOn', { date: formatDate(e.meetingOn) })}
            </Text>
            <Fact label={t('page.outcome')}>{t(`outcomes.${e.outcome}`)}</Fact>
            <Fact label={t('page.damage')}>{damage}</Fact>
            <Fact label={t('page.objective')}>{e.causes.objective || '—'}</Fact>
            <Fact label={t('page.subjective')}>{e.causes.subjective || '—'}</Fact>
            <Fact label={t('page.conclusion')}>
              <span className="pre-wrap">{e.conclusion}</span>
            </Fact>
          </>
        )}
      </Stack>
    </Paper>
  );
}
