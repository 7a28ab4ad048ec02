import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchPeople, fetchUnit } from '../api/org';
import { Fact } from '../components/Fact';
import { LoadingBlock } from '../components/LoadingBlock';
import { ErrorAlert } from '../components/ErrorAlert';
import { useUnitTypeName } from '../hooks/useReference';

/** A unit: its type, leaders (head, deputies, Party liaison) and its first people. */
export function UnitDetails({
  unitId,
  onEdit,
  onAddChild,
}: {
  unitId: string;
  onEdit?: () => void;
  onAddChild?: () => void;
}) {
  const { t } = useTranslation('org');
  const typeName = useUnitTypeName();
  const unit = useQuery({ queryKey: ['unit', unitId], queryFn: ({ signal }) => fetchUnit(unitId, signal) });
  const people = useQuery({
    queryKey: ['people', 'unit', unitId],
    queryFn: ({ signal }) => fetchPeople({ unitId, limit: 20 }, signal),
  });
  if (unit.isPending) return <LoadingBlock />;
  if (unit.error) return <ErrorAlert error={unit.error} />;
  const u = unit.data;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h3">
            {u.name}
          </Title>
          <Group gap="xs">
            {onAddChild && (
              <Button size="xs" variant="default" onClick={onAddChild}>
                {t('units.addChild')}
              </Button>
            )}
            {onEdit && (
              <Button size="xs" onClick={onEdit}>
                {t('units.edit')}
              </Button>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Fact label={t('units.code')}>{u.code}</Fact>
          <Fact label={t('units.type')}>{typeName(u.typeCode)}</Fact>
          <Fact label={t('units.active')}>
            <Badge color={u.active ? 'green' : 'dark'} variant="outline">
              {u.active ? t('units.active') : t('units.inactive')}
            </Badge>
          </Fact>
        </SimpleGrid>
        <Title order={3} size="h5">
          {t('units.leaders')}
        </Title>
        {u.leaders.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('units.noLeaders')}
          </Text>
        ) : (
          <List size="sm">
            {u.leaders.map((l) => (
              <List.Item key={`${l.id}-${l.role}`}>
                {l.fullName} — {t(`common:roles.${l.role}`)}
              </List.Item>
            ))}
          </List>
        )}
        <Title order={3} size="h5">
          {t('units.people')}
        </Title>
        {people.data && people.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('people.empty')}
          </Text>
        )}
        <List size="sm">
          {people.data?.items.map((p) => (
            <List.Item key={p.id}>{p.fullName}</List.Item>
          ))}
        </List>
        <Anchor
          component={Link}
          to={`/org/people?unitId=${u.id}&unitName=${encodeURIComponent(u.name)}`}
          size="sm"
          className="plain-link"
        >
          {t('people.title')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
