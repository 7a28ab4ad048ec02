import { Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPlanVersion } from '../api/cases';
import type { CaseDetail } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { formatInstant } from '../format/dates';
import { PlanView } from '../plan/PlanView';
import { PlanChanges } from './PlanChanges';

/** The plan in force, any earlier or proposed version, and what changed from the version before. */
export function PlanTab({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('case');
  const [version, setVersion] = useState(c.planVersion);
  const selected = useQuery({
    queryKey: ['plan', c.code, version],
    queryFn: ({ signal }) => fetchPlanVersion(c.code, version, signal),
    staleTime: Infinity,
  });
  const options = [...c.planVersions].reverse().map((v) => ({
    value: String(v.version),
    label: `${t('plan.version', { version: v.version })} · ${t(`plan.kind.${v.kind}`, { defaultValue: v.kind })} · ${formatInstant(v.createdAt)}${v.version === c.planVersion ? ` (${t('plan.current')})` : ''}`,
  }));
  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md">
        <Select
          label={t('plan.versions')}
          data={options}
          value={String(version)}
          onChange={(v) => v && setVersion(Number(v))}
          allowDeselect={false}
          w={{ base: '100%', sm: 420 }}
          comboboxProps={{ withinPortal: true }}
        />
        {c.approvedPlanVersion && <Text size="sm">{t('page.approvedPlan', { version: c.approvedPlanVersion })}</Text>}
      </Group>
      {selected.isPending && <LoadingBlock />}
      <ErrorAlert error={selected.error} />
      {selected.data && (
        <>
          <PlanChanges
            changes={selected.data.changes}
            title={`${t('plan.changes')} (${t('plan.version', { version })})`}
          />
          <PlanView plan={selected.data.plan} />
        </>
      )}
    </Stack>
  );
}
