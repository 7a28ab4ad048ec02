import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth, useMe } from '../auth/auth-context';

/** Who is signed in, and signing out; shown at the foot of the navigation. */
export function UserMenu() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const { signOut } = useAuth();
  const navigate = useNavigate();
  const position = me.position ? (i18n.language === 'en' ? me.position.en : me.position.vi) : null;
  return (
    <Stack gap={6} p="xs">
      <div>
        <Text size="sm" fw={600} data-testid="me-name">
          {me.fullName}
        </Text>
        <Text size="xs" c="dimmed">
          {[position, me.unit.name].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <Anchor component={Link} to="/settings/notifications" size="sm" className="plain-link">
        {t('nav.notificationSettings')}
      </Anchor>
      <Anchor component={Link} to="/account" size="sm" className="plain-link">
        {t('nav.account')}
      </Anchor>
      <Button
        variant="default"
        size="xs"
        onClick={async () => {
          await signOut();
          navigate('/login');
        }}
      >
        {t('header.signOut')}
      </Button>
    </Stack>
  );
}
