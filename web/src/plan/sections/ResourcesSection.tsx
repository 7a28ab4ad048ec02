import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MoneyInput } from '../../components/MoneyInput';
import type { PlanForm } from '../plan-form';
import { PlanTextField } from '../PlanTextField';

export function ResourcesSection({ form }: { form: PlanForm }) {
  const { t } = useTranslation('plan');
  return (
    <Stack>
      {form.errors.resources && (
        <Text size="sm" c="red" role="alert">
          {t('fields.resources')}: {form.errors.resources}
        </Text>
      )}
      <MoneyInput
        label={t('fields.budgetVnd')}
        name="resources.budgetVnd"
        value={form.values.resources.budgetVnd}
        onChange={(v) => form.setFieldValue('resources.budgetVnd', v)}
        error={form.errors['resources.budgetVnd']}
      />
      <PlanTextField form={form} path="resources.people" label="people" />
      <PlanTextField form={form} path="resources.equipment" label="equipment" />
    </Stack>
  );
}
