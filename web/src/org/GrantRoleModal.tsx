import { Button, Checkbox, Group, Modal, Select, Stack } from '@mantine/core';
import { notifySuccess } from '../components/notify';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import type { RoleGrantRecord } from '@contract/org-views';
import { grantRole } from '../api/org';
import { ROLES, type Person, type Role } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { UnitPicker } from '../components/UnitPicker';
import { useReturnFocus } from '../hooks/useReturnFocus';

interface Props {
  person: Person;
  onClose(): void;
  onGranted(grant: RoleGrantRecord, unitName: string): void;
}

/** A role on a unit (head and deputies of a unit form its leadership collective), optionally for the units below. */
export function GrantRoleModal({ person, onClose, onGranted }: Props) {
  useReturnFocus();
  const { t } = useTranslation('org');
  const [unit, setUnit] = useState<{ id: string; name: string } | null>({ id: person.unitId, name: person.unitName });
  const [role, setRole] = useState<Role | null>(null);
  const [subtree, setSubtree] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = (path: string) =>
    isApiError(error) ? error.fields.find((f) => f.path === path)?.message : undefined;

  async function submit() {
    if (!unit || !role) return;
    setBusy(true);
    setError(null);
    try {
      const grant = await grantRole(person.id, { unitId: unit.id, role, includeSubtree: subtree });
      notifySuccess(t('people.granted', { role: t(`common:roles.${role}`), unit: unit.name }));
      onGranted(grant, unit.name);
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('common:close') }}
      onClose={onClose}
      title={t('people.grantTitle', { name: person.fullName })}
    >
      <Stack>
        <ErrorAlert error={error} />
        <UnitPicker
          label={t('people.unit')}
          required
          value={unit?.id ?? null}
          initialName={unit?.name}
          onChange={(id, name) => setUnit(id ? { id, name: name ?? '' } : null)}
          error={fieldError('unitId')}
        />
        <Select
          label={t('people.role')}
          required
          value={role}
          onChange={(v) => setRole(v as Role | null)}
          data={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
          error={fieldError('role')}
          comboboxProps={{ withinPortal: true }}
        />
        <Checkbox
          label={t('people.includeSubtree')}
          checked={subtree}
          onChange={(e) => setSubtree(e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:cancel')}
          </Button>
          <Button onClick={submit} loading={busy} disabled={!unit || !role}>
            {t('people.grant')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
