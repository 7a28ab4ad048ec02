import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../api/client';
import { createPlan, type PlanList } from '../api/plans';
import { useMe } from '../auth/auth-context';
import { DateField } from '../components/DateField';
import { FormModal } from '../components/FormModal';
import { FormShell } from '../components/FormShell';
import { notifySuccess } from '../components/notify';
import { UnitPicker } from '../components/UnitPicker';
import { useWriteForm } from '../hooks/useWriteForm';

/**
 * A new implementation plan: its number, the issuing unit (among those the server allows), the
 * focal-point unit (the person's own unless they act for the issuer), dates and period. The
 * server checks everything again; its field errors land next to the fields.
 */
export function NewPlanModal({ list, onClose }: { list: PlanList; onClose(): void }) {
  const { t } = useTranslation('plans');
  const me = useMe();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [key] = useState(newIdempotencyKey);
  const state = useWriteForm(
    {
      number: '',
      title: '',
      issuingUnitId: (list.issuingUnits[0]?.id ?? null) as string | null,
      focalUnitId: me.unit.id as string | null,
      issuedOn: '' as string | undefined,
      periodFrom: '' as string | undefined,
      periodTo: '' as string | undefined,
      urgeWorkingDays: '' as number | string,
    },
    async (v) => {
      const detail = await createPlan(
        {
          number: v.number,
          title: v.title,
          issuingUnitId: v.issuingUnitId ?? '',
          focalUnitId: v.focalUnitId ?? '',
          issuedOn: v.issuedOn ?? '',
          periodFrom: v.periodFrom ?? '',
          periodTo: v.periodTo ?? '',
          ...(v.urgeWorkingDays === '' ? {} : { urgeWorkingDays: Number(v.urgeWorkingDays) }),
        },
        key,
      );
      client.setQueryData(['plans', detail.plan.id], detail);
      void client.invalidateQueries({ queryKey: ['plans'], exact: true });
      notifySuccess(t('newPlan.created', { number: detail.plan.number }));
      navigate(`/plans/${detail.plan.id}`);
    },
  );
  const { form } = state;
  const date = (field: 'issuedOn' | 'periodFrom' | 'periodTo') => ({
    value: form.values[field],
    onChange: (v: string | undefined) => form.setFieldValue(field, v),
    error: form.errors[field],
    name: field,
  });
  return (
    <FormModal title={t('newPlan.title')} onClose={onClose}>
      <FormShell label={t('newPlan.title')} state={state} submitLabel={t('newPlan.submit')} onCancel={onClose}>
        <TextInput
          label={t('newPlan.number')}
          description={t('newPlan.numberHint')}
          required
          {...form.getInputProps('number')}
        />
        <Textarea label={t('newPlan.planTitle')} required autosize minRows={2} {...form.getInputProps('title')} />
        <Select
          label={t('list.issuing')}
          required
          data={list.issuingUnits.map((u) => ({ value: u.id, label: u.name }))}
          {...form.getInputProps('issuingUnitId')}
          comboboxProps={{ withinPortal: true }}
        />
        <UnitPicker
          label={t('list.focal')}
          required
          initialName={me.unit.name}
          value={form.values.focalUnitId}
          onChange={(id) => form.setFieldValue('focalUnitId', id)}
          error={form.errors.focalUnitId}
        />
        <DateField label={t('page.issuedOn')} required {...date('issuedOn')} />
        <Group grow align="flex-start">
          <DateField label={t('newPlan.periodFrom')} required {...date('periodFrom')} />
          <DateField label={t('newPlan.periodTo')} required {...date('periodTo')} />
        </Group>
        <NumberInput
          label={t('newPlan.urgeWorkingDays')}
          description={t('newPlan.urgeWorkingDaysHint')}
          min={1}
          max={60}
          {...form.getInputProps('urgeWorkingDays')}
        />
      </FormShell>
    </FormModal>
  );
}
