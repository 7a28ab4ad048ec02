import { Stack } from '@mantine/core';
import type { PlanForm } from '../plan-form';
import { PlanTextField } from '../PlanTextField';

export function ResultsSection({ form }: { form: PlanForm }) {
  return (
    <Stack>
      <PlanTextField form={form} path="expectedResults" label="expectedResults" />
    </Stack>
  );
}
