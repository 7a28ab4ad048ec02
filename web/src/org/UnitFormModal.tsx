import { Button, Checkbox, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifySuccess } from '../components/notify';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { toFormErrors } from '../api/field-paths';
import { createUnit, updateUnit } from '../api/org';
import type { UnitDetail } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { UnitPicker } from '../components/UnitPicker';
import { useUnitTypes } from '../hooks/useReference';
import { useReturnFocus } from '../hooks/useReturnFocus';

interface Props {
  /** The unit to edit, or none to create one under `parent`. */
  unit?: UnitDetail;
  parent?: { id: string; name: string } | null;
  onClose(): void;
}

export function UnitFormModal({ unit, parent, onClose }: Props) {
  useReturnFocus();
  const { t, i18n } = useTranslation('org');
  const client = useQueryClient();
  const types = useUnitTypes();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      code: unit?.code ?? '',
      name: unit?.name ?? '',
      typeCode: unit?.typeCode ?? '',
      parentId: unit?.parentId ?? parent?.id ?? null,
      partyCommitteeUnitId: unit?.partyCommitteeUnitId ?? null,
      active: unit?.active ?? true,
    },
  });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        code: v.code,
        name: v.name,
        typeCode: v.typeCode,
        parentId: v.parentId,
        partyCommitteeUnitId: v.partyCommitteeUnitId,
      };
      const saved = unit ? await updateUnit(unit.id, { ...body, active: v.active }) : await createUnit(body);
      notifySuccess(unit ? t('units.updated') : t('units.created', { name: saved.name }));
      void client.invalidateQueries({ queryKey: ['units'] });
      void client.invalidateQueries({ queryKey: ['unit'] });
      onClose();
    } catch (e) {
      setError(e);
      if (isApiError(e)) form.setErrors(toFormErrors(e.fields));
    } finally {
      setBusy(false);
    }
  });
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('common:close') }}
      onClose={onClose}
      title={unit ? t('units.edit') : parent ? t('units.addChild') : t('units.addRoot')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput label={t('units.code')} required {...form.getInputProps('code')} />
          <TextInput label={t('units.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('units.type')}
            required
            data={(types.data?.items ?? []).map((x) => ({
              value: x.code,
              label: i18n.language === 'en' ? x.nameEn : x.nameVi,
            }))}
            {...form.getInputProps('typeCode')}
            comboboxProps={{ withinPortal: true }}
          />
          <UnitPicker
            label={t('units.parent')}
            value={form.values.parentId}
            initialName={parent?.name ?? null}
            onChange={(id) => form.setFieldValue('parentId', id)}
            error={form.errors.parentId}
          />
          <UnitPicker
            label={t('units.partyCommittee')}
            value={form.values.partyCommitteeUnitId}
            onChange={(id) => form.setFieldValue('partyCommitteeUnitId', id)}
            error={form.errors.partyCommitteeUnitId}
          />
          {unit && <Checkbox label={t('units.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('common:save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
