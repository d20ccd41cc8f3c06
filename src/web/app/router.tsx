import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { isUnauthenticated } from '../api/client.ts';
import { meQuery } from '../api/queries.ts';
import type { Me } from '../api/types.ts';
import { ForgottenPasswordPage } from '../features/auth/ForgottenPasswordPage.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { DemoOutboxPage } from '../features/demo-outbox/DemoOutboxPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { ProfilePage } from '../features/profile/ProfilePage.tsx';
import { ComingSoonPage } from '../ui/ComingSoonPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { isCouncilMember, isLandlord } from './navigation.ts';
import { PendingPage } from './PendingPage.tsx';
import { handleSessionLost, queryClient } from './queryClient.ts';
import { RouteErrorPage } from './RouteErrorPage.tsx';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

/** Only same-site paths may be used as the after-login destination (no open redirect). */
function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return undefined;
  return value.startsWith('/connexion') ? undefined : value;
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/connexion',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = safeRedirect(search.redirect);
    return target ? { redirect: target } : {};
  },
  component: LoginPage,
});

const forgottenPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mot-de-passe-oublie',
  component: ForgottenPasswordPage,
});

const demoOutboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/boite-de-reception-demo',
  component: DemoOutboxPage,
});

/** Every route below needs a session: GET /api/me answering 401 sends the visitor to /connexion. */
const signedInRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'espace',
  beforeLoad: async ({ context, location }): Promise<{ me: Me }> => {
    try {
      return { me: await context.queryClient.ensureQueryData(meQuery) };
    } catch (error) {
      if (isUnauthenticated(error)) {
        throw redirect({
          to: '/connexion',
          search: location.pathname === '/' ? {} : { redirect: location.href },
        });
      }
      throw error;
    }
  },
  component: AppLayout,
  errorComponent: RouteErrorPage,
});

const homeRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/', component: HomePage });
const profileRoute = createRoute({ getParentRoute: () => signedInRoute, path: '/profil', component: ProfilePage });

const sectionRoutes = [
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/biens',
    component: () => <ComingSoonPage titleKey="pages.properties" />,
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/finances',
    component: () => <ComingSoonPage titleKey="pages.finances" />,
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/interventions',
    component: () => <ComingSoonPage titleKey="pages.interventions" />,
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/documents',
    component: () => <ComingSoonPage titleKey="pages.documents" />,
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/ag',
    component: () => <ComingSoonPage titleKey="pages.meetings" />,
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/conseil-syndical',
    beforeLoad: ({ context }) => {
      if (!isCouncilMember(context.me)) throw redirect({ to: '/' });
    },
    component: () => <ComingSoonPage titleKey="pages.council" />,
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/locataires',
    beforeLoad: ({ context }) => {
      if (!isLandlord(context.me)) throw redirect({ to: '/' });
    },
    component: () => <ComingSoonPage titleKey="pages.tenants" />,
  }),
] as const;

const routeTree = rootRoute.addChildren([
  loginRoute,
  forgottenPasswordRoute,
  demoOutboxRoute,
  signedInRoute.addChildren([homeRoute, profileRoute, ...sectionRoutes]),
]);

export const router = createRouter({
  routeTree,
  context: { queryClient },
  // TanStack Query owns data freshness; the router must not serve its own cached loads.
  defaultPreloadStaleTime: 0,
  defaultPendingComponent: PendingPage,
  defaultPendingMs: 400,
  scrollRestoration: true,
});

handleSessionLost(() => {
  if (router.state.location.pathname === '/connexion') return;
  void router.navigate({ to: '/connexion' }).then(() => queryClient.clear());
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
