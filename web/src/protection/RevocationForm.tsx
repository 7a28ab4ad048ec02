import { Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Determination } from '../api/protection';
import { DateField } from '../components/DateField';
import { FormShell } from '../components/FormShell';
import { notifySuccess } from '../components/notify';
import { vietnamDate } from '../format/dates';
import { useWriteForm } from '../hooks/useWriteForm';
import { useDeterminationWrite, useProtectionMeta } from './useProtection';

/** Revoking a protection on a later finding of abuse, written beside the decision it revokes. */
export function RevocationForm({ pcId, d, onDone }: { pcId: string; d: Determination; onDone(): void }) {
  const { t } = useTranslation('protection');
  const meta = useProtectionMeta();
  const writer = useDeterminationWrite(pcId);
  const today = vietnamDate();
  const state = useWriteForm(
    {
      ground: null as string | null,
      findingReference: '',
      findingDate: undefined as string | undefined,
      reasons: '',
      decisionNumber: '',
      decisionDate: today as string | undefined,
    },
    async (v) => {
      await writer.write(d.id, 'revocation', v);
      notifySuccess(t('revocation.saved'));
      onDone();
    },
    { reload: writer.reload },
  );
  const { form } = state;
  const grounds = (meta.data?.exclusionGrounds ?? []).filter((g) => g.revocable);
  return (
    <Paper withBorder p="sm" radius="sm" h="100%" data-testid="revocation-form">
      <Stack gap="xs">
        <Title order={4} size="h5">
          {t('revocation.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('revocation.intro')}
        </Text>
        <FormShell
          label={t('revocation.title')}
          state={state}
          submitLabel={t('revocation.submit')}
          onCancel={onDone}
          danger
        >
          <Select
            label={t('revocation.ground')}
            required
            data={grounds.map((g) => ({ value: g.id, label: t(`grounds.${g.id}`) }))}
            {...form.getInputProps('ground')}
            comboboxProps={{ withinPortal: true }}
          />
          <TextInput label={t('revocation.findingReference')} required {...form.getInputProps('findingReference')} />
          <DateField
            label={t('revocation.findingDate')}
            required
            maxDate={today}
            value={form.values.findingDate}
            onChange={(v) => form.setFieldValue('findingDate', v)}
            error={form.errors.findingDate}
          />
          <Textarea label={t('revocation.reasons')} required autosize minRows={3} {...form.getInputProps('reasons')} />
          <TextInput label={t('revocation.number')} required {...form.getInputProps('decisionNumber')} />
          <DateField
            label={t('revocation.date')}
            required
            maxDate={today}
            value={form.values.decisionDate}
            onChange={(v) => form.setFieldValue('decisionDate', v)}
            error={form.errors.decisionDate}
          />
        </FormShell>
      </Stack>
    </Paper>
  );
}
