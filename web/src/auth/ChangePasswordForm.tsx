import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { MIN_PASSWORD_LENGTH, personalWords } from '@contract/password-policy';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { changeOwnPassword } from '../api/account';
import { isApiError } from '../api/errors';
import { ErrorAlert } from '../components/ErrorAlert';
import { notifySuccess } from '../components/notify';
import { useAuth, useMe } from './auth-context';
import { PasswordStrengthMeter } from './PasswordStrengthMeter';

/** One's own change of password: the current one, the new one twice, the strength as it is typed. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation('account');
  const me = useMe();
  const { signedIn } = useAuth();
  const client = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [mismatch, setMismatch] = useState(false);
  const [busy, setBusy] = useState(false);
  const words = useMemo(
    () => personalWords({ username: me.username, fullName: me.fullName, unitName: me.unit.name }),
    [me.username, me.fullName, me.unit.name],
  );
  const fieldError = (path: string) =>
    isApiError(error) ? error.fields.find((f) => f.path === path)?.message : undefined;

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (next !== again) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    setBusy(true);
    try {
      await changeOwnPassword({ currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      setAgain('');
      notifySuccess(t('password.changed'));
      signedIn({ ...me, mustChangePassword: false });
      await client.invalidateQueries({ queryKey: ['me', 'sessions'] });
      onChanged?.();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby="change-password-title">
      <Stack gap="sm" maw={480}>
        <Text size="sm" c="dimmed" id="password-hint">
          {t('password.hint', { min: MIN_PASSWORD_LENGTH })}
        </Text>
        <ErrorAlert error={error} withFields={false} />
        <input type="text" name="username" autoComplete="username" value={me.username ?? ''} readOnly hidden />
        <PasswordInput
          label={t('password.current')}
          name="currentPassword"
          autoComplete="current-password"
          required
          value={current}
          error={fieldError('currentPassword')}
          visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <PasswordInput
          label={t('password.new')}
          name="newPassword"
          autoComplete="new-password"
          required
          value={next}
          error={fieldError('newPassword')}
          aria-describedby="password-hint password-strength-meter"
          visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
          onChange={(e) => setNext(e.currentTarget.value)}
        />
        <PasswordStrengthMeter password={next} words={words} id="password-strength-meter" />
        <PasswordInput
          label={t('password.confirm')}
          name="confirmPassword"
          autoComplete="new-password"
          required
          value={again}
          error={mismatch ? t('password.mismatch') : undefined}
          visibilityToggleButtonProps={{ 'aria-label': t('password.show') }}
          onChange={(e) => setAgain(e.currentTarget.value)}
        />
        <Button type="submit" loading={busy} style={{ alignSelf: 'flex-start' }}>
          {t('password.submit')}
        </Button>
      </Stack>
    </form>
  );
}
