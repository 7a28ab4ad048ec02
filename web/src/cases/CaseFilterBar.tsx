import { Button, Grid, Group, MultiSelect, Paper, Select, TextInput } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATES } from '../api/types';
import { DateField } from '../components/DateField';
import { UnitPicker } from '../components/UnitPicker';
import { useDomains } from '../hooks/useDomains';

export interface CaseFilterValues {
  q: string;
  state: string;
  unitId: string;
  unitName: string;
  domain: string;
  dueBefore: string;
}

const EMPTY: CaseFilterValues = { q: '', state: '', unitId: '', unitName: '', domain: '', dueBefore: '' };

/** Search and filters of the case list; applied together so that one search is one request. */
export function CaseFilterBar({ value, onApply }: { value: CaseFilterValues; onApply(v: CaseFilterValues): void }) {
  const { t, i18n } = useTranslation('work');
  const domains = useDomains();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const set = (patch: Partial<CaseFilterValues>) => setDraft({ ...draft, ...patch });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="form"
      onSubmit={submit}
      role="search"
      aria-label={t('cases.filters')}
    >
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextInput
            label={t('cases.searchLabel')}
            placeholder={t('cases.searchPlaceholder')}
            value={draft.q}
            onChange={(e) => set({ q: e.currentTarget.value })}
            type="search"
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <MultiSelect
            label={t('cases.state')}
            data={CASE_STATES.map((s) => ({ value: s, label: t(`case:states.${s}`) }))}
            value={draft.state ? draft.state.split(',') : []}
            onChange={(v) => set({ state: v.join(',') })}
            clearable
            clearButtonProps={{ 'aria-label': t('common:clear') }}
            comboboxProps={{ withinPortal: true }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <UnitPicker
            label={t('cases.unit')}
            placeholder={t('cases.unitPlaceholder')}
            value={draft.unitId || null}
            initialName={draft.unitName || null}
            onChange={(id, name) => set({ unitId: id ?? '', unitName: name ?? '' })}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <Select
            label={t('cases.domain')}
            clearable
            clearButtonProps={{ 'aria-label': t('common:clear') }}
            data={(domains.data?.items ?? []).map((d) => ({
              value: d.code,
              label: i18n.language === 'en' ? d.nameEn : d.nameVi,
            }))}
            value={draft.domain || null}
            onChange={(v) => set({ domain: v ?? '' })}
            comboboxProps={{ withinPortal: true }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
          <DateField
            label={t('cases.dueBefore')}
            value={draft.dueBefore}
            onChange={(v) => set({ dueBefore: v ?? '' })}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={() => onApply(EMPTY)}>
              {t('common:reset')}
            </Button>
            <Button type="submit">{t('common:search')}</Button>
          </Group>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
