import { Text } from '@mantine/core';
import { PlanValue } from './PlanValue';

export function PlanField({ label, value, field }: { label: string; value: unknown; field?: string }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed">
        {label}
      </Text>
      <PlanValue value={value} field={field} />
    </div>
  );
}
