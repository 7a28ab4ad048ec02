import { Alert, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/auth-context';
import { ChangePasswordForm } from '../auth/ChangePasswordForm';
import { OwnSessionsList } from '../auth/OwnSessionsList';
import { SecondFactorSection } from '../auth/SecondFactorSection';
import { SecondFactorStep } from '../auth/SecondFactorStep';
import { PageHeader } from '../components/PageHeader';

/**
 * One's own account: the second factor (enrolled first when the role requires it), the password
 * (changed first when an administrator set it), and the sessions.
 */
export default function AccountPage() {
  const { t } = useTranslation('account');
  const { t: t2 } = useTranslation('account', { keyPrefix: 'secondFactor' });
  const me = useMe();
  const mustEnrol = me.secondFactor === 'enrol';
  // The sign-in's second step: nothing else until the code is given.
  if (me.secondFactor === 'pending') return <SecondFactorStep />;
  const secondFactor = (
    <Stack gap="xs" component="section" aria-labelledby="second-factor-title">
      <Title order={2} size="h4" id="second-factor-title">
        {t2('section.title')}
      </Title>
      <SecondFactorSection />
    </Stack>
  );
  return (
    <Stack maw={960} gap="lg">
      <PageHeader title={t('title')} description={t('intro')} />
      {mustEnrol && (
        <Alert color="orange" title={t2('section.title')} role="alert">
          {t2('section.requiredNow')}
        </Alert>
      )}
      {me.mustChangePassword && !mustEnrol && (
        <Alert color="orange" title={t('required.title')} role="alert">
          {t('required.body')}
        </Alert>
      )}
      {!mustEnrol && (
        <Stack gap="xs" component="section" aria-labelledby="change-password-title">
          <Title order={2} size="h4" id="change-password-title">
            {t('password.title')}
          </Title>
          <ChangePasswordForm />
        </Stack>
      )}
      {(mustEnrol || !me.mustChangePassword) && secondFactor}
      {!me.mustChangePassword && !mustEnrol && (
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
