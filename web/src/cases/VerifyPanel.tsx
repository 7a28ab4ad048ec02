import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { verifyCase } from '../api/cases';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatInstant } from '../format/dates';
import { RecordFindings, UncheckedParts } from '../verify/RecordFindings';

/**
 * "Kiểm tra toàn vẹn": the server runs every record check (events, plan versions, attachments' bytes,
 * the case row replayed, protection and rewards, checkpointed heads) and names each finding.
 */
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
            <Text size="xs">{t('history.checkedParts')}</Text>
            <UncheckedParts parts={r.unchecked ?? []} />
            <Text size="xs">{t('history.checkedAt', { when: formatInstant(r.checkedAt) })}</Text>
          </Alert>
        )}
        {r && !r.ok && (
          <Alert color="red" title={t('history.verifyBrokenTitle')} data-testid="verify-result">
            <Text size="sm">
              {r.brokenAtSeq === null
                ? t('history.verifyBrokenNoSeq', {
                    problem: t(`history.detector.${r.problem}`, { defaultValue: r.problem }),
                  })
                : t('history.verifyBroken', { seq: r.brokenAtSeq, problem: r.problem })}
            </Text>
            <RecordFindings problems={r.problems ?? []} />
            <Text size="xs">{t('history.checkedParts')}</Text>
            <UncheckedParts parts={r.unchecked ?? []} />
            <Text size="xs">{t('history.checkedAt', { when: formatInstant(r.checkedAt) })}</Text>
          </Alert>
        )}
        <ErrorAlert error={verify.error} />
      </div>
    </Stack>
  );
}
