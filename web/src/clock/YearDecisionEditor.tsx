import { ActionIcon, Button, Checkbox, Fieldset, Grid, Group, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchStoredYear, saveYear, type DayOffReason, type StoredYear } from '../api/clock';
import { DateField } from '../components/DateField';
import { FormModal } from '../components/FormModal';
import { FormShell } from '../components/FormShell';
import { notifySuccess } from '../components/notify';
import { DAY_OFF_REASONS } from '@contract/calendar';
import { formatDate } from '../format/dates';
import { useWriteForm } from '../hooks/useWriteForm';

/** The reasons an administrator may give for a day off; weekends are the calendar's own. */
const REASONS = DAY_OFF_REASONS.filter((r) => r !== 'weekend');

type DayRow = { date: string | undefined; reason: string | null; label: string };
type WorkRow = { date: string | undefined; label: string; inExchangeFor: string | null };

/** An administrator's edit of a year's days-off decision; the server checks it whole and names each wrong field. */
export function YearDecisionEditor({
  year,
  stored,
  onClose,
}: {
  year: number;
  stored: StoredYear | null;
  onClose(): void;
}) {
  const { t } = useTranslation('clock');
  const client = useQueryClient();
  const revision = useRef(stored?.revision ?? 0);
  const d = stored?.decision;
  const state = useWriteForm(
    {
      decided: d?.decided ?? false,
      source: d?.source ?? '',
      sourceUrls: (d?.sourceUrls ?? []).join('\n'),
      note: d?.note ?? '',
      daysOff: (d?.daysOff ?? []).map((x): DayRow => ({ date: x.date, reason: x.reason, label: x.label })),
      workingDays: (d?.workingDays ?? []).map(
        (x): WorkRow => ({ date: x.date, label: x.label, inExchangeFor: x.inExchangeFor ?? null }),
      ),
    },
    async (v) => {
      const saved = await saveYear(
        year,
        {
          decided: v.decided,
          source: v.source,
          sourceUrls: v.sourceUrls
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
          ...(v.note.trim() ? { note: v.note } : {}),
          // The server checks the reason against its list (422 naming the field) rather than the form.
          daysOff: v.daysOff.map((x) => ({
            date: x.date ?? '',
            reason: (x.reason ?? '') as DayOffReason,
            label: x.label,
          })),
          workingDays: v.workingDays.map((x) => ({
            date: x.date ?? '',
            label: x.label,
            ...(x.inExchangeFor ? { inExchangeFor: x.inExchangeFor } : {}),
          })),
        },
        revision.current,
      );
      revision.current = saved.revision;
      await client.invalidateQueries({ queryKey: ['calendar'] });
      notifySuccess(t('calendar.saved', { year, revision: saved.revision }));
      onClose();
    },
    {
      reload: async () => {
        const fresh = await client.fetchQuery({
          queryKey: ['calendar', 'year', year],
          queryFn: () => fetchStoredYear(year),
          staleTime: 0,
        });
        revision.current = fresh.revision;
      },
    },
  );
  const { form } = state;
  const e = form.errors;
  const urlError = Object.entries(e).find(([k]) => k.startsWith('sourceUrls'))?.[1];
  const exchangeOptions = [...new Set(form.values.daysOff.map((x) => x.date).filter((x): x is string => !!x))].map(
    (date) => ({ value: date, label: formatDate(date) }),
  );
  const title = t('calendar.editTitle', { year });
  const remove = (i: number) => t('calendar.removeRow', { index: i + 1 });
  return (
    <FormModal title={title} onClose={onClose} size="xl">
      <FormShell label={title} state={state} submitLabel={t('common:save')} onCancel={onClose}>
        <Checkbox label={t('calendar.decided')} {...form.getInputProps('decided', { type: 'checkbox' })} />
        <Textarea label={t('calendar.source')} autosize minRows={2} {...form.getInputProps('source')} />
        <Textarea
          label={t('calendar.sourceUrls')}
          autosize
          minRows={2}
          {...form.getInputProps('sourceUrls')}
          error={urlError}
        />
        <Textarea label={t('calendar.note')} autosize minRows={1} {...form.getInputProps('note')} />
        <Fieldset legend={t('calendar.daysOff')}>
          <Stack gap="sm">
            {form.values.daysOff.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is the form's field at this index (daysOff.i), which is how the form addresses it
              <Grid key={i} gap="xs" align="flex-end" data-testid="day-off-row">
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <DateField
                    label={t('calendar.date')}
                    value={form.values.daysOff[i]!.date}
                    onChange={(v) => form.setFieldValue(`daysOff.${i}.date`, v)}
                    error={e[`daysOff.${i}.date`]}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <Select
                    label={t('calendar.reason')}
                    data={REASONS.map((r) => ({ value: r, label: t(`calendar.reasons.${r}`) }))}
                    {...form.getInputProps(`daysOff.${i}.reason`)}
                    comboboxProps={{ withinPortal: true }}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 10, sm: 5 }}>
                  <TextInput label={t('calendar.label')} {...form.getInputProps(`daysOff.${i}.label`)} />
                </Grid.Col>
                <Grid.Col span={{ base: 2, sm: 1 }}>
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    size="lg"
                    aria-label={remove(i)}
                    title={remove(i)}
                    onClick={() => form.removeListItem('daysOff', i)}
                  >
                    ×
                  </ActionIcon>
                </Grid.Col>
              </Grid>
            ))}
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  form.insertListItem('daysOff', { date: undefined, reason: null, label: '' } satisfies DayRow)
                }
              >
                {t('calendar.addDayOff')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t('calendar.workingDays')}>
          <Stack gap="sm">
            {form.values.workingDays.map((_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a row is the form's field at this index (workingDays.i), which is how the form addresses it
              <Grid key={i} gap="xs" align="flex-end" data-testid="working-day-row">
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <DateField
                    label={t('calendar.date')}
                    value={form.values.workingDays[i]!.date}
                    onChange={(v) => form.setFieldValue(`workingDays.${i}.date`, v)}
                    error={e[`workingDays.${i}.date`]}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 5 }}>
                  <TextInput label={t('calendar.label')} {...form.getInputProps(`workingDays.${i}.label`)} />
                </Grid.Col>
                <Grid.Col span={{ base: 10, sm: 3 }}>
                  <Select
                    label={t('calendar.inExchangeFor')}
                    clearable
                    clearButtonProps={{ 'aria-label': t('common:clear') }}
                    placeholder={t('calendar.noExchange')}
                    data={exchangeOptions}
                    {...form.getInputProps(`workingDays.${i}.inExchangeFor`)}
                    comboboxProps={{ withinPortal: true }}
                  />
                </Grid.Col>
                <Grid.Col span={{ base: 2, sm: 1 }}>
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    size="lg"
                    aria-label={remove(i)}
                    title={remove(i)}
                    onClick={() => form.removeListItem('workingDays', i)}
                  >
                    ×
                  </ActionIcon>
                </Grid.Col>
              </Grid>
            ))}
            <Group>
              <Button
                variant="default"
                size="xs"
                onClick={() =>
                  form.insertListItem('workingDays', {
                    date: undefined,
                    label: '',
                    inExchangeFor: null,
                  } satisfies WorkRow)
                }
              >
                {t('calendar.addWorkingDay')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      </FormShell>
    </FormModal>
  );
}
