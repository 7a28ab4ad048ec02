import { Stack } from '@mantine/core';
import type { PlanForm } from '../plan-form';
import { PlanTextField } from '../PlanTextField';

export function FeasibilitySection({ form }: { form: PlanForm }) {
  return (
    <Stack>
      <PlanTextField form={form} path="feasibility" label="feasibility" />
      <PlanTextField form={form} path="impacts.positive" label="positive" />
      <PlanTextField form={form} path="impacts.negative" label="negative" />
    </Stack>
  );
}
