import { Alert, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import type { OidcInfo } from '@contract/sso';
import { fetchOidcInfo, login } from '../api/auth';
import { isApiError } from '../api/errors';
import { useAuth } from '../auth/auth-context';
import { rememberSession } from '../auth/session-hint';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { usePageTitle } from '../hooks/usePageTitle';

function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/worklist';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { me, signedIn } = useAuth();
  const [params] = useSearchParams();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sso, setSso] = useState<OidcInfo | null>(null);
  usePageTitle(t('login.title'));
  useEffect(() => {
    // Without single sign-on (or without an answer) the page is the password form alone.
    fetchOidcInfo().then(setSso, () => undefined);
  }, []);

  // The second factor (its code, or its enrolment when the role requires one) and a password an
  // administrator set come first, on the account page.
  if (me)
    return (
      <Navigate to={me.mustChangePassword || me.secondFactor ? '/account' : safeNext(params.get('next'))} replace />
    );

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const person = await login(username.trim(), password);
      signedIn(person);
    } catch (err) {
      setError(isApiError(err) ? err.message : t('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Center mih="100vh" p="md" component="main">
      <Paper withBorder shadow="sm" p="xl" radius="md" w="100%" maw={420}>
        <form onSubmit={onSubmit} noValidate>
          <Stack>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Group gap={8} wrap="nowrap">
                <img src="/favicon.svg" alt="" width={32} height={32} />
                <div>
                  <Text fw={700} size="xl" lh={1.1}>
                    {t('appName')}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t('legalBasis')}
                  </Text>
                </div>
              </Group>
              <LanguageSwitch />
            </Group>
            <Title order={1} size="h2">
              {t('login.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('login.intro')}
            </Text>
            {error && (
              <Alert color="red" title={t('login.failed')} role="alert">
                {error}
              </Alert>
            )}
            <TextInput
              label={t('login.username')}
              name="username"
              autoComplete="username"
              required
              value={username}
              onChange={(e) => setUsername(e.currentTarget.value)}
            />
            <PasswordInput
              label={t('login.password')}
              name="password"
              autoComplete="current-password"
              visibilityToggleFocusable
              visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
              required
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy} fullWidth>
              {t('login.submit')}
            </Button>
            {sso?.enabled && sso.startUrl && (
              // A plain link: the server sends the browser on to the province's identity provider, and
              // back signed in; the hint makes the app ask who that is when it loads again.
              <Button
                component="a"
                href={sso.startUrl}
                variant="default"
                fullWidth
                onClick={() => rememberSession(true)}
              >
                {t('login.sso', { name: sso.name })}
              </Button>
            )}
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
