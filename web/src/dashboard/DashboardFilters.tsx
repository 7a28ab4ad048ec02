import { Group, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../api/types';

/** Roles whose grants open a dashboard (the server's DASHBOARD_ROLES decides; this only offers). */
const DASHBOARD_ROLES = ['head', 'deputy', 'org_officer', 'inspector', 'administrator'];

export function dashboardUnits(me: Me): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const g of me.grants) if (DASHBOARD_ROLES.includes(g.role)) seen.set(g.unitId, g.unitName);
  return [...seen].map(([value, label]) => ({ value, label }));
}

interface Props {
  me: Me;
  unit: { id: string; name: string } | undefined;
  unitId: string;
  year: number | undefined;
  years: number[];
  onChange(next: { unitId: string; year: number | undefined }): void;
}

/** The unit (with every unit below it) and the year: both kept in the address, so a view can be shared. */
export function DashboardFilters({ me, unit, unitId, year, years, onChange }: Props) {
  const { t } = useTranslation('dashboard');
  const units = dashboardUnits(me);
  if (unit && !units.some((u) => u.value === unit.id)) units.push({ value: unit.id, label: unit.name });
  return (
    <Group align="flex-end" role="search" aria-label={t('filters')}>
      <Select
        label={t('unit')}
        data={units}
        value={unitId}
        onChange={(v) => v && onChange({ unitId: v, year })}
        allowDeselect={false}
        w={320}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('year')}
        data={[
          { value: '', label: t('allYears') },
          ...[...new Set([...(year ? [year] : []), ...years])].map((y) => ({ value: String(y), label: String(y) })),
        ]}
        value={year ? String(year) : ''}
        onChange={(v) => onChange({ unitId, year: v ? Number(v) : undefined })}
        allowDeselect={false}
        w={200}
        comboboxProps={{ withinPortal: true }}
      />
    </Group>
  );
}
