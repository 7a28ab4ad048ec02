import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { verifyCase } from '../api/cases';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatInstant } from '../format/dates';

/** "Kiểm tra toàn vẹn": the server re-computes the hash chain and says whether it is intact. */
export function VerifyPanel({ code }: { code: string }) {
  const { t } = useTranslation('case');
  const verify = useMutation({ mutationFn: () => verifyCase(code) });
  const r = verify.data;
  return (
    <Stack gap="xs" align="flex-start">
      <Button variant="outline" onClick={() => verify.mutate()} loading={verify.isPending}>
        {t('history.verify')}
      </Button>
      <div aria-live="polite" style={{ width: '100%' }}>
        {r?.ok && (
          <Alert color="green" title={t('history.verifyOkTitle')} data-testid="verify-result">
            <Text size="sm">{t('history.verifyOk', { count: r.events, hash: r.headHash.slice(0, 16) })}</Text>
            <Text size="xs">{t('history.checkedAt', { when: formatInstant(r.checkedAt) })}</Text>
          </Alert>
        )}
        {r && !r.ok && (
          <Alert color="red" title={t('history.verifyBrokenTitle')} data-testid="verify-result">
            <Text size="sm">{t('history.verifyBroken', { seq: r.brokenAtSeq, problem: r.problem })}</Text>
            <Text size="xs">{t('history.checkedAt', { when: formatInstant(r.checkedAt) })}</Text>
          </Alert>
        )}
        <ErrorAlert error={verify.error} />
      </div>
    </Stack>
  );
}
