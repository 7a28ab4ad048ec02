import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { ApiErrorData } from '../api/error-state';
import { useCase } from '../cases/useCase';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { CasePlanEditor } from '../plan/CasePlanEditor';

export default function EditPlanPage() {
  const { t } = useTranslation('case');
  const { code = '' } = useParams();
  const location = useLocation();
  const query = useCase(code);
  if (query.isPending) return <LoadingBlock />;
  if (query.error) return <ErrorAlert error={query.error} />;
  const c = query.data;
  if (!c.allowedActions.includes('update_plan')) {
    return (
      <Stack maw={640}>
        <Alert color="gray">{t('page.noActions')}</Alert>
        <Button component={Link} to={`/cases/${c.code}`} w="fit-content">
          {t('common:back')}
        </Button>
      </Stack>
    );
  }
  const submitError = (location.state as { submitError?: ApiErrorData } | null)?.submitError;
  return <CasePlanEditor key={c.code} c={c} initialError={submitError} />;
}
