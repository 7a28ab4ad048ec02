import { Alert, Button, Code, Group, Image, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Enrolment } from '@contract/second-factor';
import { isApiError } from '../api/errors';
import {
  confirmEnrolment,
  disableSecondFactor,
  fetchSecondFactor,
  regenerateRecoveryCodes,
  startEnrolment,
} from '../api/second-factor';
import { LoadingBlock } from '../components/LoadingBlock';
import { useAuth, useMe } from './auth-context';

type CodeAction = 'confirm' | 'regenerate' | 'disable';

/** The account page's second factor: enrol (QR, secret, first code), recovery codes shown once, new codes, turn off. */
export function SecondFactorSection() {
  const { t } = useTranslation('account', { keyPrefix: 'secondFactor' });
  const { t: common } = useTranslation();
  const me = useMe();
  const { signedIn } = useAuth();
  const client = useQueryClient();
  const status = useQuery({ queryKey: ['second-factor'], queryFn: ({ signal }) => fetchSecondFactor(signal) });
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [action, setAction] = useState<CodeAction | null>(null);
  const [code, setCode] = useState('');
  const [codes, setCodes] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run<T>(work: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      return await work();
    } catch (err) {
      setError(isApiError(err) ? (err.fields[0]?.message ?? err.message) : common('errors.unexpected'));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  async function onStart() {
    const started = await run(startEnrolment);
    if (started) {
      setEnrolment(started);
      setAction('confirm');
    }
  }

  async function onCode(e: FormEvent) {
    e.preventDefault();
    const value = code.trim();
    const result = await run(async () => {
      if (action === 'confirm') return confirmEnrolment(value);
      if (action === 'regenerate') return regenerateRecoveryCodes(value);
      await disableSecondFactor(value);
      return { recoveryCodes: [] };
    });
    if (!result) return;
    if (action === 'disable') setNotice(t('section.disabled'));
    else setCodes(result.recoveryCodes);
    setEnrolment(null);
    setAction(null);
    setCode('');
    await client.invalidateQueries({ queryKey: ['second-factor'] });
  }

  if (status.isPending) return <LoadingBlock />;
  const s = status.data;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('section.intro')}</Text>
      {s && <Text fw={600}>{s.enrolled ? t('section.on', { count: s.recoveryCodesLeft }) : t('section.off')}</Text>}
      {s?.required && <Text size="sm">{t('section.required')}</Text>}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {notice && (
        <Alert color="green" role="status">
          {notice}
        </Alert>
      )}
      {codes && codes.length > 0 && (
        <Stack gap="xs" component="section" aria-labelledby="recovery-codes-title">
          <Title order={3} size="h5" id="recovery-codes-title">
            {t('section.codesTitle')}
          </Title>
          <Text size="sm">{t('section.codesIntro')}</Text>
          <List spacing={2} data-testid="recovery-codes">
            {codes.map((c) => (
              <List.Item key={c}>
                <Code>{c}</Code>
              </List.Item>
            ))}
          </List>
          <Group>
            <Button
              variant="light"
              onClick={() => {
                setCodes(null);
                // Enrolment a role requires is done: the rest of the application opens once the codes are saved.
                if (me.secondFactor === 'enrol') signedIn({ ...me, secondFactor: null });
              }}
            >
              {t('section.codesDone')}
            </Button>
          </Group>
        </Stack>
      )}
      {enrolment && (
        <Stack gap="xs">
          <Text size="sm">{t('section.scan')}</Text>
          <Image src={enrolment.qrCode} alt={t('section.qrAlt')} w={200} h={200} />
          <Text size="sm">
            {t('section.secret')}: <Code data-testid="totp-secret">{enrolment.secret}</Code>
          </Text>
        </Stack>
      )}
      {action ? (
        <form onSubmit={onCode} noValidate>
          <Group align="flex-end">
            <TextInput
              label={action === 'confirm' ? t('section.code') : t('section.codeFor')}
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              required
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
            />
            <Button type="submit" loading={busy} color={action === 'disable' ? 'red' : undefined}>
              {action === 'confirm'
                ? t('section.confirm')
                : action === 'regenerate'
                  ? t('section.regenerate')
                  : t('section.disable')}
            </Button>
            <Button
              variant="subtle"
              onClick={() => {
                setAction(null);
                setEnrolment(null);
                setCode('');
              }}
            >
              {t('section.cancel')}
            </Button>
          </Group>
        </form>
      ) : (
        s && (
          <Group>
            {!s.enrolled && (
              <Button onClick={onStart} loading={busy}>
                {t('section.start')}
              </Button>
            )}
            {s.enrolled && (
              <Button variant="light" onClick={() => setAction('regenerate')}>
                {t('section.regenerate')}
              </Button>
            )}
            {s.enrolled && !s.required && (
              <Button variant="light" color="red" onClick={() => setAction('disable')}>
                {t('section.disable')}
              </Button>
            )}
          </Group>
        )
      )}
    </Stack>
  );
}
