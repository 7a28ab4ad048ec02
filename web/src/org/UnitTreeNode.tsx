import { ActionIcon, Box, Group, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../api/types';
import { LoadingBlock } from '../components/LoadingBlock';
import { MoreUnits, useUnitLevel } from './unit-level';

interface Props {
  unit: Unit;
  selectedId: string | null;
  onSelect(unit: Unit): void;
  depth: number;
}

/** One unit of the tree; its children are fetched (one level) only when it is opened. */
export function UnitTreeNode({ unit, selectedId, onSelect, depth }: Props) {
  const { t } = useTranslation('org');
  const [open, setOpen] = useState(depth < 1);
  const children = useUnitLevel(unit.id, open && unit.childCount > 0);
  const selected = selectedId === unit.id;
  return (
    <li>
      <Group gap={4} wrap="nowrap" pl={depth * 16}>
        {unit.childCount > 0 ? (
          <ActionIcon
            variant="subtle"
            color="dark"
            size="sm"
            aria-expanded={open}
            aria-label={t(open ? 'units.collapse' : 'units.expand', { name: unit.name })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </ActionIcon>
        ) : (
          <Box w={22} />
        )}
        <UnstyledButton
          onClick={() => onSelect(unit)}
          aria-current={selected ? 'true' : undefined}
          px={6}
          py={2}
          style={{ borderRadius: 4, background: selected ? 'var(--mantine-color-blue-light)' : undefined }}
        >
          <Text size="sm" fw={selected ? 700 : 400} c={unit.active ? undefined : 'dimmed'}>
            {unit.name}
          </Text>
        </UnstyledButton>
      </Group>
      {open && unit.childCount > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {children.isPending && <LoadingBlock />}
          {children.units.map((child) => (
            <UnitTreeNode key={child.id} unit={child} selectedId={selectedId} onSelect={onSelect} depth={depth + 1} />
          ))}
          <MoreUnits level={children} indent={(depth + 1) * 16 + 26} />
        </ul>
      )}
    </li>
  );
}
