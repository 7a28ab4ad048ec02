import { Alert, Grid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/errors';
import { CaseActions } from '../cases/CaseActions';
import { CaseHeader } from '../cases/CaseHeader';
import { CaseTabs } from '../cases/CaseTabs';
import { NextStepCard } from '../cases/NextStepCard';
import { useCase } from '../cases/useCase';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { usePageTitle } from '../hooks/usePageTitle';
import StepUpPrompt from '../auth/StepUpPrompt';

export default function CasePage() {
  const { t } = useTranslation('case');
  const { code = '' } = useParams();
  const query = useCase(code);
  usePageTitle(query.data ? `${query.data.code} · ${query.data.title}` : code);

  if (query.isPending) return <LoadingBlock />;
  if (query.error) {
    const notFound = isApiError(query.error) && query.error.status === 404;
    return (
      <Stack maw={640}>
        <Title order={1} size="h2">
          {code}
        </Title>
        {notFound ? (
          <Alert color="gray" title={t('common:errors.notFoundTitle')}>
            {t('notFound')}
          </Alert>
        ) : (
          <ErrorAlert error={query.error} />
        )}
      </Stack>
    );
  }
  const c = query.data;
  return (
    <Stack gap="md">
      <CaseHeader c={c} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <NextStepCard c={c} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <CaseActions c={c} />
        </Grid.Col>
      </Grid>
      <CaseTabs c={c} />
      <StepUpPrompt />
    </Stack>
  );
}
