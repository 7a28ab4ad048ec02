import { ActionIcon, Box, Paper, Stack, Text } from '@mantine/core';
import { useClickOutside, useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { BellIcon } from './BellIcon';

/** The place where notifications will appear; they come with a later update, as the panel says. */
export function NotificationsButton() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const ref = useClickOutside(close);
  return (
    <Box pos="relative" ref={ref} onKeyDown={(e) => e.key === 'Escape' && close()}>
      <ActionIcon variant="subtle" color="dark" size="lg" aria-label={t('header.notifications')} aria-expanded={opened} aria-controls="notifications-panel" onClick={toggle}>
        <BellIcon />
      </ActionIcon>
      {opened && (
        <Paper id="notifications-panel" withBorder shadow="md" p="sm" w={280} pos="absolute" right={0} top="calc(100% + 6px)" style={{ zIndex: 300 }} role="region" aria-label={t('header.notifications')}>
          <Stack gap={4}>
            <Text fw={600} size="sm">
              {t('header.notificationsEmpty')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('header.notificationsLater')}
            </Text>
          </Stack>
        </Paper>
      )}
    </Box>
  );
}
