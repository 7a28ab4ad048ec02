import { Box, Burger, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigation } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { NotificationsButton } from '../components/NotificationsButton';

export function AppHeader({ navOpened, onToggleNav }: { navOpened: boolean; onToggleNav(): void }) {
  const { t } = useTranslation();
  const navigation = useNavigation();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
      <Group gap="xs" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={t('openMenu')}
          aria-expanded={navOpened}
        />
        <Link
          to="/worklist"
          style={{ textDecoration: 'none', color: 'inherit', display: 'flex', alignItems: 'center', gap: 8 }}
        >
          <img src="/favicon.svg" alt="" width={26} height={26} />
          <Box>
            <Text fw={700} size="lg" lh={1.1}>
              {t('appName')}
            </Text>
            <Text size="xs" c="dimmed" visibleFrom="md" lh={1.1}>
              {t('appTagline')}
            </Text>
          </Box>
        </Link>
        {navigation.state === 'loading' && <Loader size="xs" aria-hidden="true" />}
      </Group>
      <Group gap="xs" wrap="nowrap">
        <LanguageSwitch />
        <NotificationsButton />
      </Group>
    </Group>
  );
}
