import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/auth-context';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { OwnSessionsList } from '../auth/OwnSessionsList';
import { PageHeader } from '../components/PageHeader';

/** One's own account: change the password (required first when an administrator set it), and the sessions. */
export default function AccountPage() {
  const { t } = useTranslation('account');
  const me = useMe();
  return (
    <Stack maw={960} gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      {me.mustChangePassword && (
        <Alert color="orange" title={t('required.title')} role="alert">
          {t('required.body')}
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby="change-password-title">
        <Title order={2} size="h4" id="change-password-title">
          {t('password.title')}
        </Title>
        <ChangePasswordForm />
      </Stack>
      {!me.mustChangePassword && (
        <Stack gap="xs" component="section" aria-labelledby="sessions-title">
          <Title order={2} size="h4" id="sessions-title">
            {t('sessions.title')}
          </Title>
          <OwnSessionsList />
        </Stack>
      )}
    </Stack>
  );
}
