import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect } from '@tanstack/react-router';
import { isUnauthenticated } from '../api/client.ts';
import { meQuery } from '../api/queries.ts';
import type { Me } from '../api/types.ts';
import { ActivationQueuePage } from '../features/activation-requests/ActivationQueuePage.tsx';
import { ActivationRequestDetailPage } from '../features/activation-requests/ActivationRequestDetailPage.tsx';
import { ActivationRequestPage } from '../features/activation-requests/ActivationRequestPage.tsx';
import { ActivationTrackingPage } from '../features/activation-requests/ActivationTrackingPage.tsx';
import { StaffAgendaPage } from '../features/agenda/StaffAgendaPage.tsx';
import { ForgottenPasswordPage } from '../features/auth/ForgottenPasswordPage.tsx';
import { LoginPage } from '../features/auth/LoginPage.tsx';
import { ClientAccessPage } from '../features/client-access/ClientAccessPage.tsx';
import { ClientsPage } from '../features/client-access/ClientsPage.tsx';
import { CollectionsPage } from '../features/collections/CollectionsPage.tsx';
import { ContactRequestsPage } from '../features/contact-requests/ContactRequestsPage.tsx';
import { StaffContractsPage } from '../features/contracts/StaffContractsPage.tsx';
import { CouncilHomePage } from '../features/council/CouncilHomePage.tsx';
import { CouncilSpacePage } from '../features/council/CouncilSpacePage.tsx';
import { StaffInvoicesPage } from '../features/council/StaffInvoicesPage.tsx';
import { DemoOutboxPage } from '../features/demo-outbox/DemoOutboxPage.tsx';
import { PayBalancePage } from '../features/direct-debit/PayBalancePage.tsx';
import { DocumentsPage } from '../features/documents/DocumentsPage.tsx';
import { documentsSearch } from '../features/documents/search.ts';
import { FinancesPage } from '../features/finance/FinancesPage.tsx';
import { FundsCallsPage } from '../features/funds-calls/FundsCallsPage.tsx';
import { HomePage } from '../features/home/HomePage.tsx';
import { LandlordStatementsPage } from '../features/landlord-statements/LandlordStatementsPage.tsx';
import { ConfirmEmailPage } from '../features/password/ConfirmEmailPage.tsx';
import { SetPasswordPage } from '../features/password/SetPasswordPage.tsx';
import { BankPage } from '../features/payments/BankPage.tsx';
import { RemindersPage } from '../features/payments/RemindersPage.tsx';
import { ProfilePage } from '../features/profile/ProfilePage.tsx';
import { LotDetailPage } from '../features/properties/LotDetailPage.tsx';
import { PropertiesPage } from '../features/properties/PropertiesPage.tsx';
import { UnitDetailPage } from '../features/properties/UnitDetailPage.tsx';
import { RentPage } from '../features/rent/RentPage.tsx';
import { linkAnswerSearch, loginAnswerSearch } from '../features/social-login/search.ts';
import { PublishDocumentsPage } from '../features/staff-documents/PublishDocumentsPage.tsx';
import { StaffDocumentDetailPage } from '../features/staff-documents/StaffDocumentDetailPage.tsx';
import { StaffDocumentsPage } from '../features/staff-documents/StaffDocumentsPage.tsx';
import { staffDocumentsSearch } from '../features/staff-documents/search.ts';
import { ComingSoonPage } from '../ui/ComingSoonPage.tsx';
import { AppLayout } from './AppLayout.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { isCouncilMember, isLandlord, isStaff } from './navigation.ts';
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
  validateSearch: (search: Record<string, unknown>): { redirect?: string } & ReturnType<typeof loginAnswerSearch> => {
    const target = safeRedirect(search.redirect);
    return { ...(target ? { redirect: target } : {}), ...loginAnswerSearch(search) };
  },
  component: LoginPage,
});

const forgottenPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mot-de-passe-oublie',
  // The identifier typed at the login step, so that the person does not type it twice.
  validateSearch: (search: Record<string, unknown>): { identifiant?: string } =>
    typeof search.identifiant === 'string' ? { identifiant: search.identifiant.slice(0, 254) } : {},
  component: ForgottenPasswordPage,
});

/** The pages opened by the emailed links (create or reset the password, confirm an address). */
const setPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mot-de-passe/nouveau',
  validateSearch: (search: Record<string, unknown>): { jeton: string } => ({
    jeton: typeof search.jeton === 'string' ? search.jeton.slice(0, 200) : '',
  }),
  component: SetPasswordPage,
});

const confirmEmailRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/email/confirmer',
  validateSearch: (search: Record<string, unknown>): { jeton: string; suite?: string } => ({
    jeton: typeof search.jeton === 'string' ? search.jeton.slice(0, 200) : '',
    ...(search.suite === 'mot-de-passe' ? { suite: 'mot-de-passe' } : {}),
  }),
  component: ConfirmEmailPage,
});

const activationRequestRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/demande-acces',
  component: ActivationRequestPage,
});

const activationTrackingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/demande-acces/suivi',
  validateSearch: (search: Record<string, unknown>): { jeton?: string; nouvelle?: boolean } => ({
    ...(typeof search.jeton === 'string' ? { jeton: search.jeton.slice(0, 200) } : {}),
    ...(search.nouvelle === true ? { nouvelle: true } : {}),
  }),
  component: ActivationTrackingPage,
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
const profileRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/profil',
  validateSearch: linkAnswerSearch,
  component: ProfilePage,
});

const sectionRoutes = [
  createRoute({ getParentRoute: () => signedInRoute, path: '/biens', component: PropertiesPage }),
  createRoute({ getParentRoute: () => signedInRoute, path: '/biens/lot/$lotId', component: LotDetailPage }),
  createRoute({ getParentRoute: () => signedInRoute, path: '/biens/bien/$unitId', component: UnitDetailPage }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/finances',
    component: FinancesPage,
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/finances/prelevement',
    // The account whose "Payer votre solde" was clicked: preselected at step 1, still changeable.
    validateSearch: (search: Record<string, unknown>): { compte?: string } =>
      typeof search.compte === 'string' && search.compte.length <= 200 ? { compte: search.compte } : {},
    component: PayBalancePage,
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/interventions',
    component: () => <ComingSoonPage titleKey="pages.interventions" />,
  }),
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/documents',
    validateSearch: documentsSearch,
    // Staff publish documents; they read them from their own list.
    beforeLoad: ({ context }) => {
      if (isStaff(context.me)) throw redirect({ to: '/gestion/documents' });
    },
    component: DocumentsPage,
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
    component: CouncilHomePage,
  }),
  // Whoever does not sit on that council gets the API's 404, shown as the page not found.
  createRoute({
    getParentRoute: () => signedInRoute,
    path: '/conseil-syndical/$condominiumId',
    component: CouncilSpacePage,
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

/** Staff screens: a client who types the address lands on their home page. */
const staffOnly = ({ context }: { context: { me: Me } }) => {
  if (!isStaff(context.me)) throw redirect({ to: '/' });
};

const clientsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/clients',
  validateSearch: (search: Record<string, unknown>): { q?: string; page?: number } => {
    const q = typeof search.q === 'string' ? search.q.slice(0, 100) : undefined;
    const page = Number(search.page);
    return { ...(q ? { q } : {}), ...(Number.isInteger(page) && page > 1 ? { page } : {}) };
  },
  beforeLoad: staffOnly,
  component: ClientsPage,
});
const clientAccessRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/clients/$personId',
  beforeLoad: staffOnly,
  component: ClientAccessPage,
});

const staffDocumentsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/documents',
  validateSearch: staffDocumentsSearch,
  beforeLoad: staffOnly,
  component: StaffDocumentsPage,
});
const publishDocumentsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/documents/publier',
  beforeLoad: staffOnly,
  component: PublishDocumentsPage,
});
const staffDocumentRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/documents/$documentId',
  beforeLoad: staffOnly,
  component: StaffDocumentDetailPage,
});

const activationQueueRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/demandes-acces',
  beforeLoad: staffOnly,
  component: ActivationQueuePage,
});
const activationRequestDetailRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/demandes-acces/$requestId',
  beforeLoad: staffOnly,
  component: ActivationRequestDetailPage,
});

const contactRequestsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/demandes-contact',
  beforeLoad: staffOnly,
  component: ContactRequestsPage,
});
const staffAgendaRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/agenda',
  beforeLoad: staffOnly,
  component: StaffAgendaPage,
});

/** The contracts of one of the agency's condominiums, chosen in the page and kept in the address. */
const staffContractsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/contrats',
  validateSearch: (search: Record<string, unknown>): { copropriete?: string } =>
    typeof search.copropriete === 'string' && /^[0-9a-f-]{36}$/i.test(search.copropriete)
      ? { copropriete: search.copropriete }
      : {},
  beforeLoad: staffOnly,
  component: StaffContractsPage,
});

/** Budgets and calls for funds of one of the agency's condominiums, for a year; both kept in the address. */
const fundsCallsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/appels-de-fonds',
  validateSearch: (search: Record<string, unknown>): { copropriete?: string; exercice?: number } => ({
    ...(typeof search.copropriete === 'string' && /^[0-9a-f-]{36}$/i.test(search.copropriete)
      ? { copropriete: search.copropriete }
      : {}),
    ...(Number.isInteger(Number(search.exercice)) && Number(search.exercice) >= 2000 && Number(search.exercice) <= 2100
      ? { exercice: Number(search.exercice) }
      : {}),
  }),
  beforeLoad: staffOnly,
  component: FundsCallsPage,
});

/** SEPA collection runs: prepare, download the bank file, settle, record returns; the run shown kept in the address. */
const collectionsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/prelevements',
  validateSearch: (search: Record<string, unknown>): { remise?: string } =>
    typeof search.remise === 'string' && /^[0-9a-f-]{36}$/i.test(search.remise) ? { remise: search.remise } : {},
  beforeLoad: staffOnly,
  component: CollectionsPage,
});

/** Bank accounts: import a statement, review the lines not matched; the account shown kept in the address. */
const bankRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/banque',
  validateSearch: (search: Record<string, unknown>): { compte?: string } =>
    typeof search.compte === 'string' && /^[0-9a-f-]{36}$/i.test(search.compte) ? { compte: search.compte } : {},
  beforeLoad: staffOnly,
  component: BankPage,
});

/** Overdue co-owners and tenants: send reminders, record a payment received. */
const remindersRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/relances',
  beforeLoad: staffOnly,
  component: RemindersPage,
});

/** The rental agency's comptes rendus de gérance: issue a period, list them with their PDFs. */
const landlordStatementsRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/gerance',
  beforeLoad: staffOnly,
  component: LandlordStatementsPage,
});

/** The rental agency's rent: call a month, follow what is paid, issue quittances and receipts. */
const rentRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/loyers',
  beforeLoad: staffOnly,
  component: RentPage,
});

/** Supplier invoices of the agency's condominiums, for their councils: record, publish, mark paid. */
const staffInvoicesRoute = createRoute({
  getParentRoute: () => signedInRoute,
  path: '/gestion/factures',
  beforeLoad: staffOnly,
  component: StaffInvoicesPage,
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  forgottenPasswordRoute,
  setPasswordRoute,
  confirmEmailRoute,
  activationRequestRoute,
  activationTrackingRoute,
  demoOutboxRoute,
  signedInRoute.addChildren([
    homeRoute,
    profileRoute,
    ...sectionRoutes,
    clientsRoute,
    clientAccessRoute,
    staffDocumentsRoute,
    publishDocumentsRoute,
    staffDocumentRoute,
    activationQueueRoute,
    activationRequestDetailRoute,
    contactRequestsRoute,
    staffAgendaRoute,
    staffContractsRoute,
    fundsCallsRoute,
    staffInvoicesRoute,
    collectionsRoute,
    bankRoute,
    remindersRoute,
    landlordStatementsRoute,
    rentRoute,
  ]),
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
