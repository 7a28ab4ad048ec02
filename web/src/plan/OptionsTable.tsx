import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OptionConsidered } from '../api/plan';
import { ScrollTable } from '../components/ScrollTable';

export function OptionsTable({ options }: { options: OptionConsidered[] }) {
  const { t } = useTranslation('plan');
  if (options.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('noOptions')}
      </Text>
    );
  return (
    <ScrollTable label={t('sections.options')} minWidth={480}>
      <table className="k-table">
        <thead>
          <tr>
            <th>{t('fields.option')}</th>
            <th>{t('fields.assessment')}</th>
            <th>{t('fields.chosen')}</th>
          </tr>
        </thead>
        <tbody>
          {options.map((o, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a read-only list shown in its stored order; options have no id of their own
            <tr key={i}>
              <td>{o.option}</td>
              <td>{o.assessment}</td>
              <td>{o.chosen ? '✓' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
