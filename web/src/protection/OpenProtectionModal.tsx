import { Select, Text, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { newIdempotencyKey } from '../api/client';
import { openProtectionCase } from '../api/protection';
import { FormModal } from '../components/FormModal';
import { FormShell } from '../components/FormShell';
import { notifySuccess } from '../components/notify';
import { useWriteForm } from '../hooks/useWriteForm';
import { protectionViewKey, useProtectionMeta } from './useProtection';

/** Opening a protection case after the evaluation, with its reason; retrying the same dialog never opens two. */
export function OpenProtectionModal({ code, onClose }: { code: string; onClose(): void }) {
  const { t } = useTranslation('protection');
  const meta = useProtectionMeta();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [key] = useState(newIdempotencyKey);
  const state = useWriteForm({ reason: '' as string | null, reasons: '', findingReference: '' }, async (v) => {
    const view = await openProtectionCase(
      code,
      {
        reason: v.reason ?? '',
        reasons: v.reasons,
        ...(v.reason === 'inspection_finding' ? { findingReference: v.findingReference } : {}),
      },
      key,
    );
    client.setQueryData(protectionViewKey(view.id), view);
    void client.invalidateQueries({ queryKey: ['protection'] });
    notifySuccess(t('open.opened', { seq: view.seq }));
    navigate(`/protection/${view.id}`);
  });
  const { form } = state;
  return (
    <FormModal title={t('open.title')} onClose={onClose}>
      <FormShell label={t('open.title')} state={state} submitLabel={t('open.submit')} onCancel={onClose}>
        <Text size="sm" c="dimmed">
          {t('open.intro')}
        </Text>
        <Select
          label={t('open.reason')}
          required
          data={(meta.data?.openingReasons ?? []).map((r) => ({
            value: r,
            label: t(`reasons.${r}`, { defaultValue: r }),
          }))}
          {...form.getInputProps('reason')}
          comboboxProps={{ withinPortal: true }}
        />
        {form.values.reason === 'inspection_finding' && (
          <TextInput label={t('open.findingReference')} required {...form.getInputProps('findingReference')} />
        )}
        <Textarea label={t('open.reasons')} required autosize minRows={3} {...form.getInputProps('reasons')} />
      </FormShell>
    </FormModal>
  );
}
