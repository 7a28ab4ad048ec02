import { ActionIcon, Badge, Box, Center, Loader, Paper } from '@mantine/core';
import { useClickOutside, useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { fetchUnreadCount } from '../api/clock';
import { BellIcon } from './BellIcon';
import { unreadKey } from '../clock/notification-keys';

const NotificationsPanel = lazy(() => import('../clock/NotificationsPanel'));

/** The bell with the unread count, asked again on every page change and every 20 s; the panel loads when opened. */
export function NotificationsButton() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const ref = useClickOutside(close);
  const button = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const unread = useQuery({
    queryKey: unreadKey,
    queryFn: ({ signal }) => fetchUnreadCount(signal),
    refetchInterval: 20_000,
    staleTime: 0,
  });
  const { refetch } = unread;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a change of page is the trigger to refresh the count and close the menu
  useEffect(() => {
    void refetch();
    close();
  }, [pathname, refetch, close]);
  const count = unread.data?.unreadCount ?? 0;
  const client = useQueryClient();
  const seen = useRef<number | null>(null);
  const loaded = unread.data?.unreadCount;
  useEffect(() => {
    // A new notification usually means new work: the worklist is asked again.
    if (loaded === undefined) return;
    if (seen.current !== null && loaded > seen.current) void client.invalidateQueries({ queryKey: ['worklist'] });
    seen.current = loaded;
  }, [loaded, client]);
  const label = count > 0 ? t('header.notificationsUnread', { count }) : t('header.notifications');
  return (
    <Box
      pos="relative"
      ref={ref}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && opened) {
          close();
          button.current?.focus();
        }
      }}
    >
      <ActionIcon
        ref={button}
        variant="subtle"
        color="dark"
        size="lg"
        aria-label={label}
        aria-expanded={opened}
        aria-controls="notifications-panel"
        onClick={toggle}
        data-testid="notifications-button"
      >
        <BellIcon />
      </ActionIcon>
      {count > 0 && (
        <Badge
          size="xs"
          color="red.9"
          variant="filled"
          pos="absolute"
          top={-2}
          right={-4}
          style={{ pointerEvents: 'none' }}
          aria-hidden="true"
          data-testid="unread-count"
        >
          {count > 99 ? '99+' : count}
        </Badge>
      )}
      {opened && (
        <Suspense
          fallback={
            <Paper
              withBorder
              shadow="md"
              p="sm"
              pos="absolute"
              right={0}
              top="calc(100% + 6px)"
              style={{ zIndex: 300 }}
            >
              <Center>
                <Loader size="sm" aria-hidden="true" />
              </Center>
            </Paper>
          }
        >
          <NotificationsPanel onClose={close} />
        </Suspense>
      )}
    </Box>
  );
}
