import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CaseListItem } from '../api/types';
import { DueBadge } from '../components/DueBadge';
import { StateBadge } from '../components/StateBadge';
import { formatDate, formatInstant, vietnamDate } from '../format/dates';
import { useDomainName } from '../hooks/useDomains';
import { useWorkingDays } from '../hooks/useWorkingDays';
import { ScrollTable } from '../components/ScrollTable';

export function CaseTable({ items, updating = false }: { items: CaseListItem[]; updating?: boolean }) {
  const { t } = useTranslation('work');
  const domainName = useDomainName();
  const remaining = useWorkingDays(
    vietnamDate(),
    items.map((i) => i.dueOn),
  );
  return (
    <ScrollTable label={t('cases.results')} minWidth={900} updating={updating}>
      <table className="k-table" data-testid="case-list">
        <caption>{t('cases.results')}</caption>
        <thead>
          <tr>
            <th>{t('cases.titleColumn')}</th>
            <th>{t('cases.state')}</th>
            <th>{t('cases.proposer')}</th>
            <th>{t('cases.receivingUnit')}</th>
            <th>{t('cases.due')}</th>
            <th>{t('cases.updated')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((c) => (
            <tr key={c.id}>
              <td>
                <Stack gap={2}>
                  <Anchor component={Link} to={`/cases/${c.code}`} fw={600} className="plain-link">
                    {c.title}
                  </Anchor>
                  <Group gap={6}>
                    <Text size="xs" className="hash">
                      {c.code}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {domainName(c.domain)}
                    </Text>
                    {c.urgent && (
                      <Badge size="sm" color="red.9" variant="filled">
                        {t('common:urgent')}
                      </Badge>
                    )}
                  </Group>
                </Stack>
              </td>
              <td>
                <StateBadge state={c.state} size="sm" />
              </td>
              <td>{c.proposerName}</td>
              <td>{c.receivingUnit?.name ?? '—'}</td>
              <td>
                {c.dueOn ? (
                  <Stack gap={2}>
                    <Text size="sm">{formatDate(c.dueOn)}</Text>
                    <DueBadge remaining={remaining(c.dueOn)} />
                  </Stack>
                ) : (
                  '—'
                )}
              </td>
              <td style={{ whiteSpace: 'nowrap' }}>{formatInstant(c.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
