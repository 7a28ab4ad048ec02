import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format/dates';
import { formatVnd } from '../format/numbers';

/** One value of a plan, as a person reads it: dates dd/mm/yyyy, money in đồng, lists line by line. */
export function PlanValue({ value, field }: { value: unknown; field?: string }) {
  const { t } = useTranslation('plan');
  if (value === undefined || value === null || value === '') {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {t('common:notSet')}
      </Text>
    );
  }
  if (typeof value === 'boolean') return <Text size="sm">{value ? t('common:yes') : t('common:no')}</Text>;
  if (typeof value === 'number')
    return <Text size="sm">{field === 'budgetVnd' || field?.endsWith('Vnd') ? formatVnd(value) : value}</Text>;
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return <Text size="sm">{formatDate(value)}</Text>;
    if (field === 'bottleneckKind')
      return <Text size="sm">{t(`bottleneckKinds.${value}`, { defaultValue: value })}</Text>;
    if (field === 'likelihood' || field === 'impact')
      return <Text size="sm">{t(`levels.${value}`, { defaultValue: value })}</Text>;
    return (
      <Text size="sm" className="pre-wrap">
        {value}
      </Text>
    );
  }
  const entries = Array.isArray(value)
    ? value.map((v, i) => [String(i + 1), v] as const)
    : Object.entries(value as Record<string, unknown>);
  return (
    <Text size="sm" component="div" className="pre-wrap">
      {entries.map(([k, v]) => (
        <div key={k}>
          <strong>{t(`fields.${k}`, { defaultValue: k })}:</strong>{' '}
          {typeof v === 'object' ? JSON.stringify(v) : String(v)}
        </div>
      ))}
    </Text>
  );
}
