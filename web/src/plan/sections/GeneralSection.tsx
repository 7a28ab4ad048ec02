import { Checkbox, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useDomains } from '../../hooks/useDomains';
import type { PlanForm } from '../plan-form';
import { PlanTextField } from '../PlanTextField';

export function GeneralSection({ form, showUrgent }: { form: PlanForm; showUrgent: boolean }) {
  const { t, i18n } = useTranslation('plan');
  const domains = useDomains();
  return (
    <Stack>
      <PlanTextField form={form} path="title" label="title" multiline={false} />
      <Select
        label={t('fields.domain')}
        withAsterisk
        name="domain"
        data={(domains.data?.items ?? []).map((d) => ({
          value: d.code,
          label: i18n.language === 'en' ? d.nameEn : d.nameVi,
        }))}
        {...form.getInputProps('domain')}
        comboboxProps={{ withinPortal: true }}
      />
      <PlanTextField form={form} path="summary" label="summary" />
      {showUrgent && <Checkbox label={t('urgent')} {...form.getInputProps('urgent', { type: 'checkbox' })} />}
    </Stack>
  );
}
