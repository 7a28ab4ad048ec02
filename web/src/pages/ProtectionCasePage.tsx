import { Alert, Anchor, Grid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { usePageTitle } from '../hooks/usePageTitle';
import { DeterminationCard } from '../protection/DeterminationCard';
import { EvaluationCard } from '../protection/EvaluationCard';
import { ProtectionHeader } from '../protection/ProtectionHeader';
import { RiskRegister } from '../protection/RiskRegister';
import { useProtectionCase } from '../protection/useProtection';
import StepUpPrompt from '../auth/StepUpPrompt';

export default function ProtectionCasePage() {
  const { t } = useTranslation('protection');
  const { id = '' } = useParams();
  const q = useProtectionCase(id);
  const pc = q.data;
  usePageTitle(pc ? t('page.title', { seq: pc.seq, code: pc.case.code }) : undefined);
  if (q.isPending) return <LoadingBlock />;
  if (!pc) return <ErrorAlert error={q.error} />;
  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/cases/${pc.case.code}?tab=protection`} size="sm" className="plain-link">
        {t('page.back', { code: pc.case.code })}
      </Anchor>
      <ProtectionHeader pc={pc} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <EvaluationCard evaluation={pc.evaluation} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <RiskRegister version={pc.approvedPlanVersion} risks={pc.approvedPlanRisks} />
        </Grid.Col>
      </Grid>
      <Title order={2} size="h3">
        {t('page.people')}
      </Title>
      {pc.visibility === 'own' && <Alert color="gray">{t('page.visibilityOwn')}</Alert>}
      {pc.determinations.map((d) => (
        <DeterminationCard key={d.id} pc={pc} d={d} />
      ))}
      <StepUpPrompt />
    </Stack>
  );
}
