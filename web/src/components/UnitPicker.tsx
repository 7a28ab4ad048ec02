import { Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { searchUnits } from '../api/org';

interface Props {
  label: string;
  value: string | null;
  onChange(id: string | null, name: string | null): void;
  placeholder?: string;
  error?: ReactNode;
  required?: boolean;
  initialName?: string | null;
}

/** Chooses one unit by name, searched on the server. */
export function UnitPicker({ label, value, onChange, placeholder, error, required, initialName }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const [names, setNames] = useState(() => new Map(value && initialName ? [[value, initialName]] : []));
  const units = useQuery({
    queryKey: ['units', 'search', debounced],
    queryFn: ({ signal }) => searchUnits(debounced, 50, signal),
    placeholderData: keepPreviousData,
  });
  const found = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  // Many units share a name ("Văn phòng", "Phòng Kinh tế"): each option says which unit it is under.
  const parents = new Map((units.data?.items ?? []).map((u) => [u.id, u.parentName]));
  const extra = value && !found.some((f) => f.value === value) ? [{ value, label: names.get(value) ?? value }] : [];
  return (
    <Select
      label={label}
      placeholder={placeholder}
      required={required}
      error={error}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common:clear') }}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={[...extra, ...found]}
      value={value}
      onChange={(id, option) => {
        if (id && option) setNames(new Map(names).set(id, option.label));
        onChange(id, option?.label ?? null);
      }}
      renderOption={({ option }) => {
        const parent = parents.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {parent && (
              <Text size="xs" c="dimmed">
                {parent}
              </Text>
            )}
          </Stack>
        );
      }}
      nothingFoundMessage="—"
      comboboxProps={{ withinPortal: true }}
    />
  );
}
