import { Button, Checkbox, Group, Modal, PasswordInput, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifySuccess } from '../components/notify';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/errors';
import { toFormErrors } from '../api/field-paths';
import { createPerson, updatePerson } from '../api/org';
import type { Person } from '../api/types';
import { ErrorAlert } from '../components/ErrorAlert';
import { UnitPicker } from '../components/UnitPicker';
import { usePositions } from '../hooks/useReference';
import { useReturnFocus } from '../hooks/useReturnFocus';

export function PersonFormModal({ person, onClose }: { person?: Person; onClose(): void }) {
  useReturnFocus();
  const { t, i18n } = useTranslation('org');
  const client = useQueryClient();
  const positions = usePositions();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      fullName: person?.fullName ?? '',
      email: '',
      unitId: person?.unitId ?? '',
      positionCode: person?.positionCode ?? '',
      username: '',
      password: '',
      active: person?.active ?? true,
    },
  });
  const submit = form.onSubmit(async (v) => {
    setBusy(true);
    setError(null);
    try {
      const body = {
        fullName: v.fullName,
        unitId: v.unitId,
        positionCode: v.positionCode || null,
        ...(v.email ? { email: v.email } : {}),
        ...(v.username ? { username: v.username } : {}),
        ...(v.password ? { password: v.password } : {}),
      };
      const saved = person ? await updatePerson(person.id, { ...body, active: v.active }) : await createPerson(body);
      notifySuccess(person ? t('people.updated') : t('people.created', { name: saved.fullName }));
      void client.invalidateQueries({ queryKey: ['people'] });
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
      title={person ? t('people.edit') : t('people.add')}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={error} />
          <TextInput label={t('people.name')} required {...form.getInputProps('fullName')} />
          <UnitPicker
            label={t('people.unit')}
            required
            value={form.values.unitId || null}
            initialName={person?.unitName ?? null}
            onChange={(id) => form.setFieldValue('unitId', id ?? '')}
            error={form.errors.unitId}
          />
          <Select
            label={t('people.position')}
            clearable
            clearButtonProps={{ 'aria-label': t('common:clear') }}
            data={(positions.data?.items ?? []).map((p) => ({
              value: p.code,
              label: i18n.language === 'en' ? p.nameEn : p.nameVi,
            }))}
            {...form.getInputProps('positionCode')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label={t('people.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('people.username')} autoComplete="off" {...form.getInputProps('username')} />
          <PasswordInput
            visibilityToggleFocusable
            visibilityToggleButtonProps={{ 'aria-label': t('common:login.showPassword') }}
            label={t('people.password')}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          {person && <Checkbox label={t('people.active')} {...form.getInputProps('active', { type: 'checkbox' })} />}
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
