import { Anchor, Badge, Button, Group, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchNotifications, markAllNotificationsRead, markNotificationRead, type AppNotification } from '../api/clock';
import { ErrorAlert } from '../components/ErrorAlert';
import { LoadingBlock } from '../components/LoadingBlock';
import { unreadKey } from './notification-keys';
import { formatInstant } from '../format/dates';
import { describeNotification } from './notification-text';

/** The person's notifications, newest first, each linking to its case; read one or all. */
export default function NotificationsPanel({ onClose }: { onClose(): void }) {
  const { t } = useTranslation(['clock', 'case', 'actions']);
  const client = useQueryClient();
  const list = useInfiniteQuery({
    queryKey: ['notifications', 'list'],
    queryFn: ({ pageParam, signal }) => fetchNotifications(pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 0,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const unread = list.data?.pages[0]?.unreadCount ?? 0;
  const settle = (unreadCount: number) => {
    client.setQueryData(unreadKey, { unreadCount });
    void client.invalidateQueries({ queryKey: ['notifications', 'list'] });
  };
  // The list shows them read at once, not only once it has been asked again.
  const showAllRead = () => {
    const now = new Date().toISOString();
    client.setQueryData<typeof list.data>(['notifications', 'list'], (old) =>
      old
        ? {
            ...old,
            pages: old.pages.map((p) => ({ ...p, items: p.items.map((n) => ({ ...n, readAt: n.readAt ?? now })) })),
          }
        : old,
    );
  };
  const read = async (n: AppNotification) => {
    if (!n.readAt) settle((await markNotificationRead(n.id)).unreadCount);
  };
  return (
    <Paper
      id="notifications-panel"
      withBorder
      shadow="md"
      p="sm"
      pos="absolute"
      right={0}
      top="calc(100% + 6px)"
      style={{ zIndex: 300, width: 'min(400px, calc(100vw - 16px))' }}
      role="region"
      aria-labelledby="notifications-title"
    >
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h5" id="notifications-title">
            {t('notifications.title')}
          </Title>
          <Button
            size="compact-sm"
            variant="default"
            disabled={unread === 0}
            onClick={async () => {
              const { unreadCount } = await markAllNotificationsRead();
              showAllRead();
              settle(unreadCount);
            }}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <ErrorAlert error={list.error} />
        {list.isPending && <LoadingBlock />}
        {list.data && items.length === 0 && <Text size="sm">{t('notifications.empty')}</Text>}
        {items.length > 0 && (
          <ScrollArea.Autosize mah="60vh" type="auto">
            <Stack
              gap={0}
              component="ul"
              style={{ listStyle: 'none', margin: 0, padding: 0 }}
              data-testid="notifications"
            >
              {items.map((n) => {
                const { title, message } = describeNotification(n, t);
                return (
                  <li
                    key={n.id}
                    style={{ borderTop: '1px solid var(--mantine-color-gray-3)', padding: '8px 2px' }}
                    data-unread={n.readAt ? undefined : 'true'}
                    data-resolved={n.resolvedAt ? 'true' : undefined}
                  >
                    <Stack gap={2}>
                      <Group gap={6} wrap="nowrap" align="flex-start">
                        {!n.readAt && (
                          <Badge size="xs" color="blue.9" variant="filled">
                            {t('notifications.unread')}
                          </Badge>
                        )}
                        {n.resolvedAt && (
                          <Badge
                            size="xs"
                            color="dark"
                            variant="outline"
                            title={t('notificationDone.label')}
                            data-testid="notification-done"
                          >
                            {t('notificationDone.badge')}
                          </Badge>
                        )}
                        <Text size="sm" fw={n.readAt ? 400 : 700}>
                          {n.link ? (
                            <Anchor
                              component={Link}
                              to={n.link}
                              className="plain-link"
                              onClick={() => void read(n).finally(onClose)}
                            >
                              {title}
                            </Anchor>
                          ) : (
                            title
                          )}
                        </Text>
                      </Group>
                      {n.caseTitle && (
                        <Text size="sm" fw={600} data-testid="notification-case-title">
                          {n.caseTitle}
                        </Text>
                      )}
                      <Text size="sm">{message}</Text>
                      <Group justify="space-between" gap="xs">
                        <Text size="xs" c="dimmed">
                          {t(`notifications.kinds.${n.kind}`, { defaultValue: n.kind })} · {formatInstant(n.createdAt)}
                        </Text>
                        {!n.readAt && (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => void read(n)}
                            aria-label={`${t('notifications.markRead')}: ${title}`}
                          >
                            {t('notifications.markRead')}
                          </Button>
                        )}
                      </Group>
                    </Stack>
                  </li>
                );
              })}
            </Stack>
          </ScrollArea.Autosize>
        )}
        {list.hasNextPage && (
          <Button
            size="xs"
            variant="default"
            loading={list.isFetchingNextPage}
            onClick={() => void list.fetchNextPage()}
          >
            {t('notifications.more')}
          </Button>
        )}
        <Anchor component={Link} to="/settings/notifications" size="sm" className="plain-link" onClick={onClose}>
          {t('notifications.settings')}
        </Anchor>
      </Stack>
    </Paper>
  );
}
