import { Alert, Button, Center, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

export default function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError() as Error | undefined;
  return (
    <Center mih="60vh" p="md" component="main">
      <Stack maw={520}>
        <Alert color="red" title={t('errors.title')} role="alert">
          {error?.message ?? t('errors.unexpected')}
        </Alert>
        <Button onClick={() => window.location.reload()}>{t('reload')}</Button>
      </Stack>
    </Center>
  );
}
