import { Alert, Stack, Text } from '@mantine/core';
import type { VoteResult as VoteResultShape } from '@contract/case-views';
import { useTranslation } from 'react-i18next';

export type VoteResultValue = VoteResultShape;

/** The result the server computed from the votes (Art. 8(1)): passed or not, the tally, the base. */
export function VoteResult({ result, title }: { result: VoteResultValue; title?: string }) {
  const { t } = useTranslation('case');
  return (
    <Alert
      color={result.passed ? 'green' : 'red'}
      title={title ?? (result.passed ? t('result.passed') : t('result.failed'))}
      data-testid="vote-result"
    >
      <Stack gap={4}>
        {title && (
          <Text fw={700} size="sm">
            {result.passed ? t('result.passed') : t('result.failed')}
          </Text>
        )}
        <Text size="sm">
          {t('result.tally', { for: result.for, against: result.against, abstain: result.abstain })}
        </Text>
        <Text size="sm">
          {t('result.base', { base: result.base, present: result.present, eligible: result.eligible })}
        </Text>
        {result.tie && result.decidedByHeadSide && <Text size="sm">{t('result.tie')}</Text>}
      </Stack>
    </Alert>
  );
}
