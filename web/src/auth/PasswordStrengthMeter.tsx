import { Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { MIN_PASSWORD_LENGTH, MIN_STRENGTH_SCORE } from '@contract/password-policy';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Estimate = (password: string, words: string[]) => number;
let loading: Promise<Estimate> | undefined;
const loadEstimator = () => {
  loading ??= import('./password-estimator').then((m) => m.estimateScore);
  return loading;
};

const COLORS = ['red', 'red', 'orange', 'teal', 'green'];

/**
 * How strong the new password is, as the person types: the score of the strength estimator the
 * server also uses, with the person's own words counted against it. The server decides; this helps.
 */
export function PasswordStrengthMeter({ password, words, id }: { password: string; words: string[]; id: string }) {
  const { t } = useTranslation('account');
  const [estimate, setEstimate] = useState<Estimate | null>(null);
  useEffect(() => {
    let live = true;
    loadEstimator().then((e) => live && setEstimate(() => e));
    return () => {
      live = false;
    };
  }, []);
  const length = [...password].length;
  const score = !password ? 0 : estimate ? estimate(password, words) : null;
  const short = length < MIN_PASSWORD_LENGTH;
  const label =
    score === null
      ? t('strength.checking')
      : !password
        ? t('strength.empty', { min: MIN_PASSWORD_LENGTH })
        : short
          ? t('strength.short', { min: MIN_PASSWORD_LENGTH, count: length })
          : t(`strength.score${score}` as 'strength.score0');
  const accepted = !short && score !== null && score >= MIN_STRENGTH_SCORE;
  return (
    <Stack gap={4} id={id}>
      <Progress
        value={password ? ((score ?? 0) + 1) * 20 : 0}
        color={short ? 'red' : COLORS[score ?? 0]}
        aria-hidden
        size="sm"
      />
      {/* The bar is drawn for the eye; the words say the same to everyone, read out as they change. */}
      <Text size="xs" c={accepted ? 'teal.9' : 'dimmed'} data-testid="password-strength" aria-live="polite">
        <VisuallyHidden>{t('strength.label')}: </VisuallyHidden>
        {label}
      </Text>
    </Stack>
  );
}
