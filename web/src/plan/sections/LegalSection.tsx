import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanForm } from '../plan-form';
import { PlanTextField } from '../PlanTextField';

export function LegalSection({ form }: { form: PlanForm }) {
  const { t } = useTranslation('plan');
  return (
    <Stack>
      <PlanTextField form={form} path="legalBasis.basis" label="basis" />
      <PlanTextField
        form={form}
        path="legalBasis.authorityRationale"
        label="authorityRationale"
        description={t('help.authorityRationale')}
      />
    </Stack>
  );
}
