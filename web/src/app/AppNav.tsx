import { Divider, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation } from 'react-router';
import { hasRole, isAdministrator, mayPropose, mayViewOrganisation, useMe } from '../auth/auth-context';
import { UserMenu } from '../components/UserMenu';

interface Item {
  to: string;
  label: string;
}

export function AppNav() {
  const { t } = useTranslation();
  const me = useMe();
  const { pathname } = useLocation();
  const work: Item[] = [
    { to: '/worklist', label: t('nav.worklist') },
    { to: '/cases', label: t('nav.cases') },
    ...(mayPropose(me) ? [{ to: '/cases/new', label: t('nav.newProposal') }] : []),
    { to: '/protection', label: t('nav.protection') },
    ...(hasRole(me, 'org_officer', 'head') ? [{ to: '/rewards/candidates', label: t('nav.rewardCandidates') }] : []),
    { to: '/models', label: t('nav.models') },
    { to: '/record', label: t('nav.myRecord') },
    { to: '/calendar', label: t('nav.calendar') },
    ...(hasRole(me, 'head', 'deputy', 'org_officer', 'inspector', 'administrator')
      ? [{ to: '/dashboard', label: t('nav.dashboard') }]
      : []),
    ...(hasRole(me, 'org_officer', 'administrator') ? [{ to: '/campaigns', label: t('nav.campaigns') }] : []),
    { to: '/plans', label: t('nav.plans') },
  ];
  const admin: Item[] = [
    ...(mayViewOrganisation(me)
      ? [
          { to: '/org/units', label: t('nav.units') },
          { to: '/org/people', label: t('nav.people') },
          { to: '/org/reference', label: t('nav.reference') },
        ]
      : []),
    // The procedure settings are administration: shown to those who administer, not to every role.
    ...(mayViewOrganisation(me) || isAdministrator(me) ? [{ to: '/org/profiles', label: t('nav.profiles') }] : []),
    ...(isAdministrator(me)
      ? [
          { to: '/admin/rule-sets', label: t('nav.ruleSets') },
          { to: '/admin/reward-options', label: t('nav.rewardOptions') },
          { to: '/admin/jobs', label: t('nav.jobs') },
        ]
      : []),
  ];
  const isActive = (to: string) =>
    pathname === to || (to !== '/cases/new' && pathname.startsWith(`${to}/`) && pathname !== '/cases/new');
  const render = (items: Item[]) =>
    items.map((item) => (
      <NavLink
        key={item.to}
        component={RouterLink}
        to={item.to}
        label={item.label}
        active={isActive(item.to)}
        variant="filled"
        aria-current={isActive(item.to) ? 'page' : undefined}
      />
    ));
  return (
    <Stack gap={4}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs">
        {t('nav.sectionWork')}
      </Text>
      {render(work)}
      {admin.length > 0 && (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md">
            {t('nav.sectionAdmin')}
          </Text>
          {render(admin)}
        </>
      )}
      <Divider my="sm" />
      <UserMenu />
    </Stack>
  );
}
