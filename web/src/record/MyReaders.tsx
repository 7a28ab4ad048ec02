import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AccessPage } from '@contract/access-log';
import { getJson } from '../api/client';
import { ErrorAlert } from '../components/ErrorAlert';
import { ScrollTable } from '../components/ScrollTable';
import { formatInstant } from '../format/dates';

/** Who looked (issue 17): the official sees every read and export of their information by others. */
export function MyReaders() {
  const { t } = useTranslation('record');
  const q = useQuery({
    queryKey: ['me', 'readers'],
    queryFn: ({ signal }) => getJson<AccessPage>('/api/me/readers', signal),
  });
  const items = q.data?.items ?? [];
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('readers.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('readers.help')}
        </Text>
        <ErrorAlert error={q.error} />
        {q.data && items.length === 0 && <Text size="sm">{t('readers.empty')}</Text>}
        {items.length > 0 && (
          <ScrollTable label={t('readers.title')} minWidth={560}>
            <table className="k-table" data-testid="my-readers">
              <thead>
                <tr>
                  <th>{t('readers.at')}</th>
                  <th>{t('readers.reader')}</th>
                  <th>{t('readers.what')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((e) => (
                  <tr key={e.id}>
                    <td>{formatInstant(e.at)}</td>
                    <td>
                      {e.actor.name} — {e.actor.unitName}
                    </td>
                    <td>
                      {t(`readers.kinds.${e.kind}`, { defaultValue: e.kind })}
                      {e.kind.startsWith('case_') ? ` ${e.entityId}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </Stack>
    </Paper>
  );
}
