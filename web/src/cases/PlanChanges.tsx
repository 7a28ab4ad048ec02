import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PlanChange } from '../api/types';
import { planPathLabel } from '../plan/plan-labels';
import { PlanValue } from '../plan/PlanValue';
import { ScrollTable } from '../components/ScrollTable';

/** What changed between two plan versions, field by field. */
export function PlanChanges({ changes, title }: { changes: PlanChange[]; title?: string }) {
  const { t } = useTranslation('case');
  const leaf = (path: string) =>
    path
      .split('.')
      .at(-1)
      ?.replace(/\[\d+\]$/, '');
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {title ?? t('plan.changes')}
      </Title>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plan.noChanges')}
        </Text>
      ) : (
        <ScrollTable label={title ?? t('plan.changes')} minWidth={520}>
          <table className="k-table" data-testid="plan-changes">
            <thead>
              <tr>
                <th>{t('plan.field')}</th>
                <th>{t('plan.before')}</th>
                <th>{t('plan.after')}</th>
              </tr>
            </thead>
            <tbody>
              {changes.map((ch) => (
                <tr key={ch.path}>
                  <td>
                    <Text size="sm" fw={600}>
                      {planPathLabel(ch.path, t)}
                    </Text>
                  </td>
                  <td>
                    <PlanValue value={ch.before} field={leaf(ch.path)} />
                  </td>
                  <td>
                    <PlanValue value={ch.after} field={leaf(ch.path)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </Stack>
  );
}
