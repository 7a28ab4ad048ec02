import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../api/plan';
import { ScrollTable } from '../components/ScrollTable';

export function RisksTable({ risks }: { risks: Risk[] }) {
  const { t } = useTranslation('plan');
  if (risks.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('noRisks')}
      </Text>
    );
  return (
    <ScrollTable label={t('sections.risks')} minWidth={720}>
      <table className="k-table">
        <thead>
          <tr>
            <th>{t('fields.riskId')}</th>
            <th>{t('fields.description')}</th>
            <th>{t('fields.likelihood')}</th>
            <th>{t('fields.impact')}</th>
            <th>{t('fields.mitigation')}</th>
            <th>{t('fields.owner')}</th>
          </tr>
        </thead>
        <tbody>
          {risks.map((r) => (
            <tr key={r.id}>
              <td>{r.id}</td>
              <td>{r.description}</td>
              <td>{t(`levels.${r.likelihood}`)}</td>
              <td>{t(`levels.${r.impact}`)}</td>
              <td>{r.mitigation}</td>
              <td>{r.owner}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
