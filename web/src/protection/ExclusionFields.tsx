import { Checkbox, Fieldset, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FactsValues } from './facts-values';

/**
 * The grounds examined for each person, each with its evidence when found. Those the spec only
 * infers ([I]) are marked as weighed: the decider addresses them in written reasons.
 */
export function ExclusionFields({
  form,
  grounds,
  weighed = [],
}: {
  form: UseFormReturnType<FactsValues>;
  grounds: string[];
  weighed?: string[];
}) {
  const { t } = useTranslation('protection');
  return (
    <Fieldset legend={t('facts.exclusions')}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('facts.exclusionsHint')}
        </Text>
        {grounds.map((g) => {
          const ground = t(`grounds.${g}`);
          const found = form.values.exclusions[g]?.found ?? false;
          return (
            <Stack key={g} gap={4}>
              <Checkbox
                label={t('facts.found', { ground })}
                description={weighed.includes(g) ? t('examined.weighed') : undefined}
                {...form.getInputProps(`exclusions.${g}.found`, { type: 'checkbox' })}
              />
              {found && (
                <Textarea
                  label={t('facts.evidence', { ground })}
                  required
                  autosize
                  minRows={2}
                  ml="lg"
                  {...form.getInputProps(`exclusions.${g}.evidence`)}
                />
              )}
            </Stack>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
