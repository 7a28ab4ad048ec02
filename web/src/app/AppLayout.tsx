import { AppShell, Center } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/auth-context';
import { LoadingBlock } from '../components/LoadingBlock';
import { AppHeader } from './AppHeader';
import { AppNav } from './AppNav';

export default function AppLayout() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the menu closes whenever the page changes; the path is the trigger, not an input
  useEffect(() => close(), [location.pathname, close]);

  if (me === undefined) {
    return (
      <Center h="100vh">
        <LoadingBlock />
      </Center>
    );
  }
  if (me === null)
    return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  // The second factor's code at sign-in (or its enrolment when the role requires one), and a password
  // an administrator set, come before anything else, on the account page (the server refuses the rest).
  if ((me.secondFactor || me.mustChangePassword) && location.pathname !== '/account')
    return <Navigate to="/account" replace />;

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 260, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <AppHeader navOpened={opened} onToggleNav={toggle} />
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')}>
        <AppNav />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Suspense fallback={<LoadingBlock />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}
