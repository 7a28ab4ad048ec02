import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkItem } from '../api/types';
import { StateBadge } from '../components/StateBadge';

/** The case of a work item: its title as the link, its code, state and urgency. */
export function WorkItemCase({ item }: { item: WorkItem }) {
  const { t } = useTranslation('work');
  return (
    <Stack gap={2}>
      <Anchor
        component={Link}
        to={item.protectionCaseId ? `/protection/${item.protectionCaseId}` : `/cases/${item.code}`}
        fw={600}
        className="plain-link"
      >
        {item.title}
      </Anchor>
      <Group gap={6}>
        <Text size="xs" className="hash">
          {item.code}
        </Text>
        <StateBadge state={item.state} size="sm" />
        {item.urgent && (
          <Badge size="sm" color="red.9" variant="filled">
            {t('common:urgent')}
          </Badge>
        )}
      </Group>
    </Stack>
  );
}
