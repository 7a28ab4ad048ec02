import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { useDomains } from '../hooks/useDomains';
import { usePositions, useUnitTypes } from '../hooks/useReference';
import { CodeNameTable } from '../org/CodeNameTable';

export default function ReferencePage() {
  const { t } = useTranslation('org');
  const positions = usePositions();
  const types = useUnitTypes();
  const domains = useDomains();
  return (
    <Stack>
      <PageHeader title={t('reference.title')} />
      <ErrorAlert error={positions.error ?? types.error ?? domains.error} />
      <CodeNameTable
        caption={t('reference.positions')}
        rows={positions.data?.items ?? []}
        extra={{
          header: t('reference.covered'),
          cell: (r) => ('coveredByDecree' in r && r.coveredByDecree ? t('common:yes') : t('common:no')),
        }}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <CodeNameTable caption={t('reference.unitTypes')} rows={types.data?.items ?? []} />
        <CodeNameTable caption={t('reference.domains')} rows={domains.data?.items ?? []} />
      </SimpleGrid>
    </Stack>
  );
}
