import {
  IconAddressBook,
  IconBuildingBank,
  IconBuildingCommunity,
  IconCalendarEvent,
  IconCalendarTime,
  IconCash,
  IconCoin,
  IconFileCertificate,
  IconFileText,
  IconHome,
  IconHomeDollar,
  IconMailExclamation,
  IconMessageQuestion,
  IconReceipt,
  IconReportMoney,
  IconTool,
  IconUserCheck,
  IconUsers,
  IconUsersGroup,
} from '@tabler/icons-react';
import type { Me } from '../api/types.ts';

export type NavigationPath =
  | '/'
  | '/biens'
  | '/finances'
  | '/interventions'
  | '/documents'
  | '/ag'
  | '/conseil-syndical'
  | '/locataires'
  | '/gestion/clients'
  | '/gestion/documents'
  | '/gestion/demandes-acces'
  | '/gestion/demandes-contact'
  | '/gestion/agenda'
  | '/gestion/contrats'
  | '/gestion/appels-de-fonds'
  | '/gestion/factures'
  | '/gestion/prelevements'
  | '/gestion/banque'
  | '/gestion/relances'
  | '/gestion/gerance'
  | '/gestion/loyers';

export interface NavigationItem {
  to: NavigationPath;
  labelKey:
    | 'nav.home'
    | 'nav.properties'
    | 'nav.finances'
    | 'nav.interventions'
    | 'nav.documents'
    | 'nav.meetings'
    | 'nav.council'
    | 'nav.tenants'
    | 'nav.clients'
    | 'nav.activationRequests'
    | 'contactRequests.nav'
    | 'agenda.nav'
    | 'contracts.nav'
    | 'fundsCalls.nav'
    | 'council.staff.nav'
    | 'collections.nav'
    | 'payments.navBank'
    | 'payments.navReminders'
    | 'landlordStatements.nav'
    | 'rent.nav';
  icon: typeof IconHome;
  /** A count shown next to the label, e.g. the access requests waiting. */
  badge?: 'pendingActivationRequests' | 'openContactRequests';
}

export function isStaff(me: Me): boolean {
  return me.kind === 'staff';
}

export function isCouncilMember(me: Me): boolean {
  return me.roles.isCouncilMember;
}

export function isCoOwner(me: Me): boolean {
  return me.roles.coOwnerLotCount > 0;
}

export function isLandlord(me: Me): boolean {
  return me.roles.landlordUnitCount > 0;
}

/** The seed portal's menu, limited to the sections this person's roles open. */
export function navigationFor(me: Me): NavigationItem[] {
  const home: NavigationItem = { to: '/', labelKey: 'nav.home', icon: IconHome };
  if (me.kind === 'staff')
    return [
      home,
      { to: '/gestion/clients', labelKey: 'nav.clients', icon: IconAddressBook },
      { to: '/gestion/documents', labelKey: 'nav.documents', icon: IconFileText },
      {
        to: '/gestion/demandes-acces',
        labelKey: 'nav.activationRequests',
        icon: IconUserCheck,
        badge: 'pendingActivationRequests',
      },
      {
        to: '/gestion/demandes-contact',
        labelKey: 'contactRequests.nav',
        icon: IconMessageQuestion,
        badge: 'openContactRequests',
      },
      { to: '/gestion/agenda', labelKey: 'agenda.nav', icon: IconCalendarTime },
      { to: '/gestion/contrats', labelKey: 'contracts.nav', icon: IconFileCertificate },
      { to: '/gestion/appels-de-fonds', labelKey: 'fundsCalls.nav', icon: IconCoin },
      { to: '/gestion/factures', labelKey: 'council.staff.nav', icon: IconReceipt },
      { to: '/gestion/prelevements', labelKey: 'collections.nav', icon: IconBuildingBank },
      { to: '/gestion/banque', labelKey: 'payments.navBank', icon: IconCash },
      { to: '/gestion/relances', labelKey: 'payments.navReminders', icon: IconMailExclamation },
      { to: '/gestion/gerance', labelKey: 'landlordStatements.nav', icon: IconReportMoney },
      { to: '/gestion/loyers', labelKey: 'rent.nav', icon: IconHomeDollar },
    ];
  const items: NavigationItem[] = [
    home,
    { to: '/biens', labelKey: 'nav.properties', icon: IconBuildingCommunity },
    { to: '/finances', labelKey: 'nav.finances', icon: IconCoin },
    { to: '/interventions', labelKey: 'nav.interventions', icon: IconTool },
  ];
  if (isLandlord(me)) items.push({ to: '/locataires', labelKey: 'nav.tenants', icon: IconUsers });
  items.push({ to: '/documents', labelKey: 'nav.documents', icon: IconFileText });
  // General meetings concern co-owners: the seed's landlord-only menu has no "AG".
  if (isCoOwner(me)) items.push({ to: '/ag', labelKey: 'nav.meetings', icon: IconCalendarEvent });
  if (isCouncilMember(me)) items.push({ to: '/conseil-syndical', labelKey: 'nav.council', icon: IconUsersGroup });
  return items;
}

export function isActivePath(pathname: string, to: NavigationPath): boolean {
  if (to === '/') return pathname === '/';
  return pathname === to || pathname.startsWith(`${to}/`);
}
