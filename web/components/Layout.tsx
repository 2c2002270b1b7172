import { AppShell, Box, Burger, Button, Group, NavLink, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useSession, useUser } from '../features/auth/session.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { MAIN_ID, SkipLink } from './SkipLink.js';
import { LoadingState } from './States.js';
import { canAdminister, canImport, canManageAccounts, canSeeAnalytics, canWriteAgencyReports } from '../../shared/access.js';

export function ProductName() {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to="/projects" className="product-name">
      <span className="product-mark" aria-hidden="true" />
      <Text component="span" fw={700} fz="lg" c="impact.9" style={{ whiteSpace: 'nowrap' }}>
        {t('app.name')}
      </Text>
    </UnstyledButton>
  );
}

function LogoutButton({ onLogout }: { onLogout: () => Promise<void> }) {
  const { t } = useTranslation();
  return (
    <Button variant="default" size="compact-sm" onClick={() => void onLogout()}>
      {t('header.logout')}
    </Button>
  );
}

/** The signed-in app: header with account and language, the main menu, and the page. */
export function Layout() {
  const { t } = useTranslation();
  const user = useUser();
  const { logout } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, menu] = useDisclosure(false);
  const closeMenu = menu.close;
  const signOut = async () => {
    await logout();
    navigate('/login', { replace: true });
  };

  // after moving to another page: close the phone menu, and start keyboard and screen-reader users
  // at the new page's content instead of at the top of the document (not on the first page shown)
  const pathname = location.pathname;
  const shownPath = useRef<string | null>(null);
  useEffect(() => {
    if (shownPath.current === pathname) return;
    const first = shownPath.current === null;
    shownPath.current = pathname;
    closeMenu();
    if (!first) document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [pathname, closeMenu]);

  const items = [
    { to: '/projects', label: t('nav.projects') },
    { to: '/organisations', label: t('nav.organisations') },
    { to: '/evidence', label: t('coding.retrieval') },
    { to: '/codebooks', label: t('coding.codebooks') },
    ...(user && canImport(user) ? [{ to: '/imports', label: t('imports.nav') }] : []),
    ...(user && canSeeAnalytics(user) ? [{ to: '/analytics', label: t('analytics.nav') }] : []),
    ...(user && canWriteAgencyReports(user) ? [{ to: '/reports', label: t('reports.nav') }] : []),
    // accounts: the NA admin manages everyone's, a coordinator their colleagues'
    ...(user && canManageAccounts(user) ? [{ to: '/users', label: t('accounts.nav') }] : []),
    // the instrument library and the outbox are the NA admin's
    ...(user && canAdminister(user)
      ? [
          { to: '/instruments', label: t('questionnaires.instruments') },
          { to: '/outbox', label: t('questionnaires.outbox') },
        ]
      : []),
    { to: '/account', label: t('accounts.myAccount') },
  ];

  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }} padding="lg">
      <SkipLink />
      <AppShell.Header className="app-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={menuOpen}
              onClick={menu.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={menuOpen}
              aria-controls="main-navigation"
            />
            <ProductName />
          </Group>
          <Group gap="md" wrap="nowrap">
            <Box visibleFrom="md" ta="right" aria-label={t('header.account')} role="group">
              <Text fz="sm" fw={600} lh={1.2}>
                {user.name}
              </Text>
              <Text fz="xs" c="dimmed" lh={1.2}>
                {t(`roles.${user.role}`)}
                {user.organisationName ? ` · ${user.organisationName}` : ''}
              </Text>
            </Box>
            <LanguageSwitch />
            <Box visibleFrom="sm">
              <LogoutButton onLogout={signOut} />
            </Box>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="main-navigation" aria-label={t('nav.label')}>
        <Stack gap={4}>
          {items.map((item) => (
            <NavLink key={item.to} component={RouterNavLink} to={item.to} label={item.label} active={location.pathname.startsWith(item.to)} fw={500} />
          ))}
        </Stack>
        <Stack mt="auto" hiddenFrom="md" pt="md" gap="xs" align="flex-start">
          <div>
            <Text fz="sm" fw={600}>
              {user.name}
            </Text>
            <Text fz="xs" c="dimmed">
              {t(`roles.${user.role}`)}
              {user.organisationName ? ` · ${user.organisationName}` : ''}
            </Text>
          </div>
          <Box hiddenFrom="sm">
            <LogoutButton onLogout={signOut} />
          </Box>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className="app-main">
        <Box maw={1200}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
          </Suspense>
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}

/** The pages without an account (login): the header with name and language, and the page. */
export function PublicLayout({ children }: { children: ReactNode }) {
  return (
    <AppShell header={{ height: 64 }} padding="lg">
      <SkipLink />
      <AppShell.Header className="app-header">
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <ProductName />
          <LanguageSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} className="app-main app-main--public">
        {children}
      </AppShell.Main>
    </AppShell>
  );
}
