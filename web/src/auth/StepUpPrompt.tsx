import { Alert, Button, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { whenSecondFactorRequired } from '../api/client';
import { isApiError } from '../api/errors';
import { giveSecondFactor } from '../api/second-factor';
import { FormModal } from '../components/FormModal';

/**
 * The step-up: when a deciding action is refused for want of a recent second factor, ask for a
 * code here; once given, the request is sent again (api/client.ts). Closing gives the refusal back.
 */
export default function StepUpPrompt() {
  const { t } = useTranslation('account', { keyPrefix: 'secondFactor' });
  const { t: common } = useTranslation();
  const [answer, setAnswer] = useState<((retry: boolean) => void) | null>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    whenSecondFactorRequired(() => new Promise<boolean>((resolve) => setAnswer(() => resolve)));
    return () => whenSecondFactorRequired(null);
  }, []);

  if (!answer) return null;
  const finish = (retry: boolean) => {
    answer(retry);
    setAnswer(null);
    setCode('');
    setError(null);
  };

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await giveSecondFactor({ code: code.trim() });
      finish(true);
    } catch (err) {
      setError(isApiError(err) ? (err.fields[0]?.message ?? err.message) : common('errors.unexpected'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <FormModal title={t('stepUp.title')} onClose={() => finish(false)} size="sm">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Text size="sm">{t('stepUp.intro')}</Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('signIn.code')}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            required
            data-autofocus
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
          />
          <Button type="submit" loading={busy}>
            {t('stepUp.submit')}
          </Button>
        </Stack>
      </form>
    </FormModal>
  );
}
