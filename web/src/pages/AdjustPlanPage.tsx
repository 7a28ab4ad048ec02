import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCase } from '../cases/useCase';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { AdjustmentEditor } from '../plan/AdjustmentEditor';

export default function AdjustPlanPage() {
  const { t } = useTranslation('case');
  const { code = '' } = useParams();
  const query = useCase(code);
  if (query.isPending) return <LoadingBlock />;
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data.allowedActions.includes('propose_adjustment')) {
    return (
      <Stack maw={640}>
        <Alert color="gray">{t('page.noActions')}</Alert>
      </Stack>
    );
  }
  return <AdjustmentEditor c={query.data} />;
}
