import { AppShell, Burger, Group, NavLink, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconMailbox } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { Link, Outlet, useLocation, useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { logOut, meQuery, settingsQuery } from '../api/queries.ts';
import { PendingActivationBadge } from '../features/activation-requests/PendingActivationBadge.tsx';
import { OpenContactRequestsBadge } from '../features/contact-requests/OpenContactRequestsBadge.tsx';
import { NotificationBell } from '../features/notifications/NotificationBell.tsx';
import { BrandMark } from '../ui/BrandMark.tsx';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { MAIN_CONTENT_ID, SkipLink } from '../ui/SkipLink.tsx';
import { isActivePath, navigationFor } from './navigation.ts';
import { UserMenu } from './UserMenu.tsx';

const NAVBAR_ID = 'navigation-principale';

/** The count shown next to a menu entry, by the entry's `badge`. */
const navigationBadges = {
  none: undefined,
  pendingActivationRequests: <PendingActivationBadge />,
  openContactRequests: <OpenContactRequestsBadge />,
};

/** The signed-in frame: header with brand and user menu, navigation (a burger on phones), main content. */
export function AppLayout() {
  const { t } = useTranslation();
  const { data: me } = useSuspenseQuery(meQuery);
  const settings = useQuery(settingsQuery);
  const [navOpened, nav] = useDisclosure(false);
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const logout = useMutation({
    mutationFn: logOut,
    // Leave even if the call failed: the person asked to go, and their data must leave the screen.
    onSettled: async () => {
      await navigate({ to: '/connexion' });
      queryClient.clear();
    },
  });

  useFocusHeadingOnNavigation();

  const agencyName = me.agencies.length === 1 ? me.agencies[0]?.name : null;

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
      padding={{ base: 'md', sm: 'xl' }}
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={navOpened}
              onClick={nav.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={navOpened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={navOpened}
              aria-controls={NAVBAR_ID}
            />
            <BrandMark subtitle={agencyName} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {me.kind === 'client' ? <NotificationBell /> : null}
            <UserMenu me={me} onLogout={() => logout.mutate()} loggingOut={logout.isPending} />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar id={NAVBAR_ID} aria-label={t('nav.label')} p="sm">
        <AppShell.Section grow component={ScrollArea}>
          {navigationFor(me).map((item) => (
            <NavLink
              key={item.to}
              label={t(item.labelKey)}
              leftSection={<item.icon size={20} aria-hidden />}
              rightSection={navigationBadges[item.badge ?? 'none']}
              active={isActivePath(pathname, item.to)}
              aria-current={isActivePath(pathname, item.to) ? 'page' : undefined}
              classNames={{ label: 'nav-link-label' }}
              renderRoot={(props) => <Link to={item.to} {...props} />}
              onClick={nav.close}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          ))}
        </AppShell.Section>
        {settings.data?.demoMode ? (
          <AppShell.Section pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
            <NavLink
              label={t('nav.demoOutbox')}
              leftSection={<IconMailbox size={20} aria-hidden />}
              renderRoot={(props) => <Link to="/boite-de-reception-demo" {...props} />}
              onClick={nav.close}
              style={{ borderRadius: 'var(--mantine-radius-md)' }}
            />
          </AppShell.Section>
        ) : null}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} bg="gray.0">
        <div style={{ maxWidth: 1100, marginInline: 'auto' }}>
          <Outlet />
        </div>
      </AppShell.Main>
    </AppShell>
  );
}

/** After an in-app navigation, screen-reader and keyboard users start from the new page's title. */
function useFocusHeadingOnNavigation() {
  const router = useRouter();
  useEffect(
    () =>
      router.subscribe('onRendered', (event) => {
        if (!event.pathChanged || !event.fromLocation) return;
        document.querySelector<HTMLElement>(`#${MAIN_CONTENT_ID} [data-page-heading]`)?.focus();
      }),
    [router],
  );
}
