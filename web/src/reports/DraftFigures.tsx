import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewFigures } from '../api/review-reports';
import { ScrollTable } from '../components/ScrollTable';

/** The figures and the list of initiatives a review report would carry if issued now. */
export function DraftFigures({ f }: { f: ReviewFigures }) {
  const { t } = useTranslation(['reports', 'case', 'protection']);
  const sum = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);
  const cards: [string, number][] = [
    [t('figures.submitted'), f.submitted],
    [t('figures.evaluated'), sum(f.outcomes)],
    [t('figures.protected'), f.protections.granted],
    [t('figures.refused'), f.protections.refused],
    [t('figures.revoked'), f.protections.revoked],
    [t('figures.rewards'), f.rewards.reduce((n, r) => n + r.granted, 0)],
    [t('figures.models'), f.modelsMarked],
    [t('figures.replications'), f.replications],
    [t('figures.campaigns'), f.campaigns.length],
  ];
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="review-draft">
      <Title order={2} size="h4" id="review-draft" mb="sm">
        {t('draft')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 3, md: 5 }} mb="md">
        {cards.map(([label, value]) => (
          <div key={label}>
            <Text size="sm" c="dimmed">
              {label}
            </Text>
            <Text fw={700} size="xl" data-testid={`figure-${label}`}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Title order={3} size="h5" mb="xs">
        {t('initiatives')}
      </Title>
      <ScrollTable label={t('initiatives')} minWidth={720}>
        <Table striped>
          <Table.Tbody>
            {f.initiatives.map((i) => (
              <Table.Tr key={i.code}>
                <Table.Td>{i.code}</Table.Td>
                <Table.Td>{i.title}</Table.Td>
                <Table.Td>{i.unitName}</Table.Td>
                <Table.Td>{t(`case:states.${i.state}`)}</Table.Td>
                <Table.Td>{i.outcome ? t(`protection:outcomes.${i.outcome}`) : ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollTable>
    </Paper>
  );
}
