import { Button, Grid, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fetchPeople } from '../api/org';
import { ROLES, type Person, type Role } from '../api/types';
import { hasRole, isAdministrator, useMe } from '../auth/auth-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';
import { UnitPicker } from '../components/UnitPicker';
import { GrantRoleModal } from '../org/GrantRoleModal';
import { PeopleTable } from '../org/PeopleTable';
import { PersonFormModal } from '../org/PersonFormModal';
import { PersonIdentitiesModal } from '../org/PersonIdentitiesModal';
import { PersonRolesModal } from '../org/PersonRolesModal';
import StepUpPrompt from '../auth/StepUpPrompt';

const PAGE_SIZE = 25;

export default function PeoplePage() {
  const { t } = useTranslation('org');
  const me = useMe();
  const admin = isAdministrator(me);
  const officer = hasRole(me, 'org_officer');
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(q, 300);
  const unitId = params.get('unitId') ?? '';
  const role = (params.get('role') ?? '') as Role | '';
  const page = Math.max(1, Number(params.get('page') ?? 1));
  const [editing, setEditing] = useState<Person | 'new' | null>(null);
  const [granting, setGranting] = useState<Person | null>(null);
  const [roles, setRoles] = useState<Person | null>(null);
  const [identities, setIdentities] = useState<Person | null>(null);
  const people = useQuery({
    queryKey: ['people', 'list', debounced, unitId, role, page],
    queryFn: ({ signal }) =>
      fetchPeople(
        {
          q: debounced || undefined,
          unitId: unitId || undefined,
          role,
          limit: PAGE_SIZE + 1,
          offset: (page - 1) * PAGE_SIZE,
        },
        signal,
      ),
    placeholderData: keepPreviousData,
  });
  const set = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) v ? next.set(k, v) : next.delete(k);
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  return (
    <Stack>
      <PageHeader
        title={t('people.title')}
        description={t('people.intro')}
        actions={admin && <Button onClick={() => setEditing('new')}>{t('people.add')}</Button>}
      />
      <Paper withBorder p="sm" radius="md" role="search" aria-label={t('people.search')}>
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('people.search')}
              type="search"
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <UnitPicker
              label={t('people.unit')}
              value={unitId || null}
              initialName={params.get('unitName')}
              onChange={(id, name) => set({ unitId: id ?? '', unitName: name ?? '' })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label={t('people.role')}
              clearable
              clearButtonProps={{ 'aria-label': t('common:clear') }}
              value={role || null}
              onChange={(v) => set({ role: v ?? '' })}
              data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
              comboboxProps={{ withinPortal: true }}
            />
          </Grid.Col>
        </Grid>
      </Paper>
      <ErrorAlert error={people.error} />
      <PeopleTable
        people={people.data?.items.slice(0, PAGE_SIZE) ?? []}
        loading={people.isPending}
        // Typed but not yet searched, or searched and not yet answered.
        updating={q !== debounced || people.isPlaceholderData}
        admin={admin}
        officer={officer}
        onEdit={setEditing}
        onGrant={setGranting}
        onRoles={setRoles}
        onIdentities={setIdentities}
      />
      <Pager
        page={page}
        hasPrevious={page > 1}
        hasNext={(people.data?.items.length ?? 0) > PAGE_SIZE}
        onPrevious={() => set({ page: String(page - 1) })}
        onNext={() => set({ page: String(page + 1) })}
      />
      {editing && <PersonFormModal person={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {roles && (
        <PersonRolesModal
          person={roles}
          admin={admin}
          onClose={() => setRoles(null)}
          onGrant={() => {
            setGranting(roles);
            setRoles(null);
          }}
        />
      )}
      {identities && <PersonIdentitiesModal person={identities} onClose={() => setIdentities(null)} />}
      {granting && (
        <GrantRoleModal person={granting} onClose={() => setGranting(null)} onGranted={() => setRoles(granting)} />
      )}
      <StepUpPrompt />
    </Stack>
  );
}
