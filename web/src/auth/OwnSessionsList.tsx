import { Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endSession, fetchOwnSessions, signOutElsewhere } from '../api/account';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { notifySuccess } from '../components/notify';
import { ScrollTable } from '../components/ScrollTable';
import { formatInstant } from '../format/dates';

/** A browser's name from its user agent, enough to tell one's devices apart. */
function deviceName(userAgent: string | null, unknown: string): string {
  if (!userAgent) return unknown;
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Firefox\//.test(userAgent)
      ? 'Firefox'
      : /Chrom(e|ium)\//.test(userAgent)
        ? 'Chrome'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : null;
  const system = /Android/.test(userAgent)
    ? 'Android'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Windows/.test(userAgent)
        ? 'Windows'
        : /Mac OS X/.test(userAgent)
          ? 'macOS'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return browser && system ? `${browser} · ${system}` : userAgent.slice(0, 60);
}

/** The person's live sessions with their devices, each can be ended, or all but this one. */
export function OwnSessionsList() {
  const { t } = useTranslation('account');
  const client = useQueryClient();
  const sessions = useQuery({ queryKey: ['me', 'sessions'], queryFn: ({ signal }) => fetchOwnSessions(signal) });
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function run(key: string, work: () => Promise<number>) {
    setBusy(key);
    setError(null);
    try {
      notifySuccess(t('sessions.ended', { count: await work() }));
      await client.invalidateQueries({ queryKey: ['me', 'sessions'] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  }

  if (sessions.isPending) return <LoadingBlock />;
  const data = sessions.data;
  const others = data?.items.filter((s) => !s.current).length ?? 0;
  return (
    <Stack gap="sm">
      <ErrorAlert error={error ?? sessions.error} />
      {data && (
        <Text size="sm" c="dimmed">
          {t('sessions.limits', { idle: data.idleTimeoutMinutes, hours: data.absoluteLifetimeHours })}
        </Text>
      )}
      <ScrollTable label={t('sessions.title')} minWidth={640}>
        <Table data-testid="own-sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sessions.device')}</Table.Th>
              <Table.Th>{t('sessions.ip')}</Table.Th>
              <Table.Th>{t('sessions.signedInAt')}</Table.Th>
              <Table.Th>{t('sessions.lastSeenAt')}</Table.Th>
              <Table.Th>{t('sessions.endsAt')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('sessions.end')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data?.items.map((s) => {
              const device = deviceName(s.userAgent, t('sessions.unknownDevice'));
              // biome-ignore lint/complexity/useMathMinMax: the two ends are ISO timestamps (strings); the earlier is the smaller string
              const endsAt = s.idleEndsAt < s.absoluteEndsAt ? s.idleEndsAt : s.absoluteEndsAt;
              return (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{device}</Text>
                      {s.current && <Badge variant="light">{t('sessions.current')}</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>{s.ip ?? '—'}</Table.Td>
                  <Table.Td>{formatInstant(s.createdAt)}</Table.Td>
                  <Table.Td>{formatInstant(s.lastSeenAt)}</Table.Td>
                  <Table.Td>{formatInstant(endsAt)}</Table.Td>
                  <Table.Td>
                    {!s.current && (
                      <Button
                        size="xs"
                        variant="default"
                        loading={busy === s.id}
                        aria-label={t('sessions.endOne', { device })}
                        onClick={() =>
                          run(s.id, async () => {
                            await endSession(s.id);
                            return 1;
                          })
                        }
                      >
                        {t('sessions.end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollTable>
      {others === 0 ? (
        <Text size="sm">{t('sessions.none')}</Text>
      ) : (
        <Button
          variant="light"
          color="red"
          style={{ alignSelf: 'flex-start' }}
          loading={busy === 'others'}
          onClick={() => run('others', async () => (await signOutElsewhere()).endedSessions)}
        >
          {t('sessions.endOthers')}
        </Button>
      )}
    </Stack>
  );
}
