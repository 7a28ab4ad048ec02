import { Alert, Anchor, Button, Group, Paper, Stack, TextInput, Title, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fetchMe } from '../api/auth';
import { isApiError } from '../api/errors';
import { giveSecondFactor } from '../api/second-factor';
import { useAuth } from './auth-context';

/**
 * The second step of signing in, on the account page while the session waits for it (so that the
 * sign-in page stays small): a code from the authenticator app, or one recovery code.
 */
export function SecondFactorStep() {
  const { t } = useTranslation('account', { keyPrefix: 'secondFactor' });
  const { t: common } = useTranslation();
  const { signedIn, signOut } = useAuth();
  const navigate = useNavigate();
  const [recovery, setRecovery] = useState(false);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await giveSecondFactor(recovery ? { recoveryCode: value.trim() } : { code: value.trim() });
      const person = await fetchMe();
      signedIn(person);
      if (!person.mustChangePassword) navigate('/worklist', { replace: true });
    } catch (err) {
      setError(isApiError(err) ? (err.fields[0]?.message ?? err.message) : common('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="xl" radius="md" w="100%" maw={420}>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('signIn.intro')}
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            key={recovery ? 'recovery' : 'code'}
            label={recovery ? t('signIn.recoveryCode') : t('signIn.code')}
            name={recovery ? 'recoveryCode' : 'code'}
            autoComplete="one-time-code"
            inputMode={recovery ? 'text' : 'numeric'}
            required
            data-autofocus
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy} fullWidth>
            {t('signIn.submit')}
          </Button>
          <Group justify="space-between">
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() => {
                setRecovery(!recovery);
                setValue('');
              }}
            >
              {recovery ? t('signIn.useApp') : t('signIn.useRecovery')}
            </Anchor>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={async () => {
                await signOut();
                navigate('/login', { replace: true });
              }}
            >
              {t('signIn.signOut')}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
