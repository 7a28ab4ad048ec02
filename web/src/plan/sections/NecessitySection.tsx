import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanForm } from '../plan-form';
import { PlanTextField } from '../PlanTextField';

export function NecessitySection({ form }: { form: PlanForm }) {
  const { t } = useTranslation('plan');
  return (
    <Stack>
      <PlanTextField form={form} path="necessity.purpose" label="purpose" />
      <PlanTextField form={form} path="necessity.bottleneck" label="bottleneck" />
      <Radio.Group
        label={t('fields.bottleneckKind')}
        description={t('help.bottleneckKind')}
        withAsterisk
        name="necessity.bottleneckKind"
        {...form.getInputProps('necessity.bottleneckKind')}
      >
        <Stack gap={6} mt={6}>
          <Radio value="not_yet_regulated" label={t('bottleneckKinds.not_yet_regulated')} />
          <Radio value="regulated_but_unsuitable" label={t('bottleneckKinds.regulated_but_unsuitable')} />
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
