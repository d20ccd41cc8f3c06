import { parisInstant } from '../../domain/calendar.ts';
import { frenchDate, frenchLongDate } from '../../domain/french-dates.ts';
import type { DemoBatch } from './batch.ts';
import type { CondominiumView } from './documents/condominium-view.ts';
import type { DemoSchedule } from './documents/schedule.ts';
import type { RentalDemo } from './rental.ts';
import type { SyndicDemo } from './syndic.ts';

/**
 * What happens around the demo's documents: the events of "À venir", the bell's notifications and the
 * co-owners' consent to share their contact details with the council. Dates are relative to the load, so the
 * home page never looks stale.
 */

export interface LifeIds {
  /** The latest minutes, announced to every co-owner. */
  latestMinutesId: string;
  latestMinutesTitle: string;
  bankStatementId: string;
  bankStatementTitle: string;
  latestReceiptId: string;
  latestReceiptTitle: string;
}

interface Moments {
  now: Date;
  /** When the latest minutes and the bank statement were published. */
  minutesPublishedAt: Date;
  bankStatementPublishedAt: Date;
  latestReceiptPublishedAt: Date;
}

export function addScheduledEvents(batch: DemoBatch, syndic: SyndicDemo, schedule: DemoSchedule): void {
  const event = (row: Omit<DemoBatch['scheduledEvents'][number], 'agencyId' | 'condominiumId' | 'createdByStaffId'>) =>
    batch.scheduledEvents.push({
      agencyId: syndic.agencyId,
      condominiumId: syndic.condominiumId,
      createdByStaffId: syndic.managerId,
      ...row,
    });
  event({
    kind: 'autre',
    title: "Coupure d'eau programmée",
    description: "Remplacement d'une vanne d'arrêt en sous-sol : eau froide coupée dans les deux bâtiments de 9 h à 12 h.",
    startsOn: schedule.waterCut,
  });
  event({
    kind: 'visite',
    title: "Visite annuelle de l'ascenseur",
    description: 'Ascenseurs Delta Maintenance : chaque cabine est arrêtée environ une heure dans la matinée.',
    startsOn: schedule.liftVisit,
  });
  event({
    kind: 'travaux',
    title: 'Ravalement des façades',
    description: "Façades & Patrimoine — bâtiments A et B, voté par l'assemblée générale du 12 juin 2026 (résolution n° 8).",
    startsOn: schedule.facadeWorksStart,
    endsOn: schedule.facadeWorksEnd,
  });
  event({
    buildingId: syndic.buildingIds.B,
    kind: 'travaux',
    title: 'Montage des échafaudages — bâtiment B',
    description: 'Balcons et rebords de fenêtres à libérer côté rue Marc Sangnier et côté cour.',
    startsOn: schedule.scaffoldingB,
  });
  event({
    kind: 'assemblee',
    title: 'Assemblée générale ordinaire',
    description:
      'Salle des Arcades, 12 rue des Écoles, Créteil, à 18 h 30. La convocation vous sera notifiée au moins 21 jours avant.',
    startsOn: schedule.generalMeeting,
  });
}

export function addNotifications(
  batch: DemoBatch,
  context: { view: CondominiumView; syndic: SyndicDemo; rental: RentalDemo; tenantId: string },
  schedule: DemoSchedule,
  ids: LifeIds,
  moments: Moments,
): void {
  const { view, syndic, rental } = context;
  const hoursBefore = (hours: number) => new Date(moments.now.getTime() - hours * 3_600_000);
  // Already carried by a digest: a digest job starting with the demo must not email demo people at once.
  const digested = (createdAt: Date) => new Date(createdAt.getTime() + 60_000);
  const notify = (row: Omit<DemoBatch['notifications'][number], 'emailedAt'> & { createdAt: Date }) =>
    batch.notifications.push({ ...row, emailedAt: digested(row.createdAt) });
  const documentLink = (documentId: string) => `/documents?document=${documentId}`;

  const owners = new Set(view.membersOn(moments.now.toISOString().slice(0, 10)).map((member) => member.personId));
  // Joint owners who do not represent the indivision are told too: they can read the documents.
  for (const row of batch.ownerships) {
    if (row.endDate == null && view.lots.some((lot) => lot.id === row.lotId)) owners.add(row.personId);
  }
  for (const personId of owners) {
    notify({
      agencyId: syndic.agencyId,
      personId,
      kind: 'document',
      title: `Nouveau document : ${ids.latestMinutesTitle}`,
      link: documentLink(ids.latestMinutesId),
      documentId: ids.latestMinutesId,
      createdAt: moments.minutesPublishedAt,
    });
  }
  for (const membership of batch.councilMemberships.filter((row) => row.condominiumId === syndic.condominiumId)) {
    notify({
      agencyId: syndic.agencyId,
      personId: membership.personId,
      kind: 'document',
      title: `Nouveau document : ${ids.bankStatementTitle}`,
      link: documentLink(ids.bankStatementId),
      documentId: ids.bankStatementId,
      createdAt: moments.bankStatementPublishedAt,
    });
  }

  // The demo co-owner's bell: the minutes above and two messages from his manager, unread; two older ones, read.
  const allouard = view.personId('Allouard');
  notify({
    agencyId: syndic.agencyId,
    personId: allouard,
    kind: 'manager_message',
    title: `Travaux de ravalement : début le ${frenchDate(schedule.facadeWorksStart)}`,
    body: `Les échafaudages seront montés à partir du ${frenchLongDate(schedule.facadeWorksStart)}. Merci de libérer vos balcons ; l'avis complet est dans vos documents (Vie de l'immeuble).`,
    link: '/',
    createdAt: hoursBefore(19),
  });
  notify({
    agencyId: syndic.agencyId,
    personId: allouard,
    kind: 'manager_message',
    title: `Coupure d'eau programmée le ${frenchLongDate(schedule.waterCut)}`,
    body: "L'eau froide sera coupée de 9 h à 12 h dans les deux bâtiments pour le remplacement d'une vanne d'arrêt en sous-sol.",
    link: '/',
    createdAt: hoursBefore(5),
  });
  const readOn = (date: string) => ({ createdAt: parisInstant(date, '08:45'), readAt: parisInstant(date, '19:10') });
  notify({
    agencyId: syndic.agencyId,
    personId: allouard,
    kind: 'document',
    title: 'Nouveau document : Appel de fonds — 4e trimestre 2026',
    link: '/documents',
    ...readOn('2026-09-10'),
  });
  notify({
    agencyId: syndic.agencyId,
    personId: allouard,
    kind: 'manager_message',
    title: "Visite de contrôle de la chaufferie avant l'hiver",
    body: 'Le chauffage collectif sera remis en service le 15 octobre après la visite annuelle des chaudières.',
    link: '/',
    ...readOn('2026-10-06'),
  });

  // The demo tenant's bell: the last receipt and a message about the building.
  notify({
    agencyId: rental.agencyId,
    personId: context.tenantId,
    kind: 'document',
    title: `Nouveau document : ${ids.latestReceiptTitle}`,
    link: documentLink(ids.latestReceiptId),
    documentId: ids.latestReceiptId,
    createdAt: moments.latestReceiptPublishedAt,
  });
  notify({
    agencyId: rental.agencyId,
    personId: context.tenantId,
    kind: 'manager_message',
    title: `Entretien de la ventilation le ${frenchLongDate(schedule.ventilationVisit)}`,
    body: "Le technicien d'Air Services passera dans tous les logements du 20 rue de Chambéry entre 8 h et 13 h pour nettoyer les bouches de VMC. Merci de lui laisser l'accès ou de confier vos clés à la gardienne.",
    link: '/',
    createdAt: hoursBefore(28),
  });
}

/** About half the co-owners agreed that the council sees their phone and email, the demo co-owner among them. */
export function addCouncilContactConsents(batch: DemoBatch, view: CondominiumView, today: string): void {
  const allouard = view.personId('Allouard');
  view.membersOn(today).forEach((member, index) => {
    if (index % 2 !== 0 && member.personId !== allouard) return;
    const person = batch.persons.find((row) => row.id === member.personId);
    // Given on the consent slip handed out at the 2024 meeting, or later from the profile.
    if (person)
      person.councilContactConsentAt = parisInstant(index < 8 ? '2024-06-12' : '2025-03-04', index < 8 ? '21:10' : '18:20');
  });
}
