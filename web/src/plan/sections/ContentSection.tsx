import { Stack } from '@mantine/core';
import type { PlanForm } from '../plan-form';
import { PlanTextField } from '../PlanTextField';

export function ContentSection({ form }: { form: PlanForm }) {
  return (
    <Stack>
      <PlanTextField form={form} path="content.tasks" label="tasks" />
      <PlanTextField form={form} path="content.solutions" label="solutions" />
    </Stack>
  );
}
