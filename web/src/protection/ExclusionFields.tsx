import { Checkbox, Fieldset, Stack, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { FactsValues } from './facts-values';

/** The eight grounds that take a person outside the Decree's protection, each with its evidence when found. */
export function ExclusionFields({ form, grounds }: { form: UseFormReturnType<FactsValues>; grounds: string[] }) {
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
              <Checkbox label={t('facts.found', { ground })} {...form.getInputProps(`exclusions.${g}.found`, { type: 'checkbox' })} />
              {found && <Textarea label={t('facts.evidence', { ground })} required autosize minRows={2} ml="lg" {...form.getInputProps(`exclusions.${g}.evidence`)} />}
            </Stack>
          );
        })}
      </Stack>
    </Fieldset>
  );
}
