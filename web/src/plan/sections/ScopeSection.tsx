import { Stack } from '@mantine/core';
import type { PlanForm } from '../plan-form';
import { PlanTextField } from '../PlanTextField';

export function ScopeSection({ form }: { form: PlanForm }) {
  return (
    <Stack>
      <PlanTextField form={form} path="scope.scope" label="scope" />
      <PlanTextField form={form} path="scope.targets" label="targets" />
    </Stack>
  );
}
