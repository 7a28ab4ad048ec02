import { Alert, Button, Grid, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchUnit } from '../api/org';
import type { Unit } from '../api/types';
import { isAdministrator, useMe } from '../auth/auth-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { PageHeader } from '../components/PageHeader';
import { UnitDetails } from '../org/UnitDetails';
import { UnitFormModal } from '../org/UnitFormModal';
import { UnitTreeNode } from '../org/UnitTreeNode';
import { MoreUnits, useUnitLevel } from '../org/unit-level';

export default function UnitsPage() {
  const { t } = useTranslation('org');
  const me = useMe();
  const admin = isAdministrator(me);
  const [selected, setSelected] = useState<Unit | null>(null);
  const [modal, setModal] = useState<'edit' | 'child' | 'root' | null>(null);
  const roots = useUnitLevel('root');
  const detail = useQuery({
    queryKey: ['unit', selected?.id],
    queryFn: ({ signal }) => fetchUnit(selected!.id, signal),
    enabled: !!selected && modal === 'edit',
  });
  return (
    <Stack>
      <PageHeader
        title={t('units.title')}
        description={t('units.intro')}
        actions={admin && <Button onClick={() => setModal('root')}>{t('units.addRoot')}</Button>}
      />
      {!admin && <Alert color="gray">{t('units.readOnly')}</Alert>}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Paper withBorder p="sm" radius="md" component="nav" aria-labelledby="unit-tree-title">
            <Title order={2} size="h4" id="unit-tree-title" mb="xs">
              {t('units.tree')}
            </Title>
            {roots.isPending && <LoadingBlock />}
            <ErrorAlert error={roots.error} />
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {roots.units.map((u) => (
                <UnitTreeNode key={u.id} unit={u} depth={0} selectedId={selected?.id ?? null} onSelect={setSelected} />
              ))}
              <MoreUnits level={roots} indent={26} />
            </ul>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          {selected ? (
            <UnitDetails
              unitId={selected.id}
              onEdit={admin ? () => setModal('edit') : undefined}
              onAddChild={admin ? () => setModal('child') : undefined}
            />
          ) : (
            <Text c="dimmed">{t('units.select')}</Text>
          )}
        </Grid.Col>
      </Grid>
      {modal === 'root' && <UnitFormModal parent={null} onClose={() => setModal(null)} />}
      {modal === 'child' && selected && (
        <UnitFormModal parent={{ id: selected.id, name: selected.name }} onClose={() => setModal(null)} />
      )}
      {modal === 'edit' && detail.data && <UnitFormModal unit={detail.data} onClose={() => setModal(null)} />}
    </Stack>
  );
}
