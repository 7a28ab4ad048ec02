import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Risk } from '../api/plan';
import { ScrollTable } from '../components/ScrollTable';

/** The risk register of the approved plan version: what "foreseen" can refer to. */
export function RiskRegister({ version, risks }: { version: number | null; risks: Risk[] }) {
  const { t } = useTranslation('protection');
  const title = t('page.risks', { version: version ?? '—' });
  return (
    <Paper withBorder p="md" radius="md" h="100%" component="section" aria-labelledby="pc-risks">
      <Stack gap="xs">
        <Title order={2} size="h4" id="pc-risks">
          {title}
        </Title>
        {risks.length === 0 ? (
          <Text size="sm">{t('page.noRisks')}</Text>
        ) : (
          <ScrollTable label={title} minWidth={560}>
            <table className="k-table" data-testid="risk-register">
              <thead>
                <tr>
                  <th>{t('page.riskId')}</th>
                  <th>{t('page.riskDescription')}</th>
                  <th>{t('page.likelihood')}</th>
                  <th>{t('page.impact')}</th>
                  <th>{t('page.mitigation')}</th>
                </tr>
              </thead>
              <tbody>
                {risks.map((r) => (
                  <tr key={r.id}>
                    <td className="hash">{r.id}</td>
                    <td>{r.description}</td>
                    <td>{t(`plan:levels.${r.likelihood}`, { defaultValue: r.likelihood })}</td>
                    <td>{t(`plan:levels.${r.impact}`, { defaultValue: r.impact })}</td>
                    <td>{r.mitigation}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </Stack>
    </Paper>
  );
}
