import { MultiSelect } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPeople } from '../api/org';
import type { Ref, Role } from '../api/types';

interface Props {
  label: string;
  value: string[];
  onChange(ids: string[]): void;
  role?: Role;
  error?: ReactNode;
  description?: string;
  required?: boolean;
  /** People already chosen elsewhere, so their names show before any search. */
  known?: Ref[];
  /** The case they are chosen for: its proposer's and its route's areas are searched too. */
  caseCode?: string;
}

/** Chooses people by name, searched on the server (accent-insensitive), optionally only holders of a role. */
export function PersonPicker(props: Props) {
  const { label, value, onChange, role, error, description, required, known = [], caseCode } = props;
  const { t } = useTranslation('actions');
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // The list closes once a person is picked, so it does not stay open over the form's buttons.
  const [opened, setOpened] = useState(false);
  const [names, setNames] = useState(() => new Map(known.map((p) => [p.id, p.name ?? p.id])));
  const people = useQuery({
    queryKey: ['people', 'pick', caseCode ?? '', role ?? '', debounced],
    queryFn: ({ signal }) => fetchPeople({ q: debounced || undefined, role, caseCode, limit: 30 }, signal),
    placeholderData: keepPreviousData,
  });
  const found = (people.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.fullName} — ${p.unitName}` }));
  const selected = value
    .filter((id) => !found.some((f) => f.value === id))
    .map((id) => ({ value: id, label: names.get(id) ?? id }));
  return (
    <MultiSelect
      label={label}
      description={description}
      required={required}
      error={error}
      placeholder={value.length ? undefined : t('fields.personSearch')}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      data={[...selected, ...found]}
      value={value}
      onChange={(ids) => {
        const next = new Map(names);
        for (const f of found) next.set(f.value, f.label);
        setNames(next);
        onChange(ids);
      }}
      nothingFoundMessage={people.isFetching ? '…' : '—'}
      hidePickedOptions
      dropdownOpened={opened}
      onDropdownOpen={() => setOpened(true)}
      onDropdownClose={() => setOpened(false)}
      onOptionSubmit={() => setOpened(false)}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
