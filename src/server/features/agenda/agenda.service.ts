import { addDays, parisDate } from '../../../domain/calendar.ts';
import { nextPaymentDate, nextQuarterStart } from '../../../domain/due-dates.ts';
import type { Database, Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import { presentEvent, presentFundsCall, presentRentDue, presentStaffEvent } from './agenda.presenter.ts';
import {
  deleteAgencyEvent,
  findAgencyCondominium,
  findAgencyEvent,
  findCondominiumBuilding,
  insertScheduledEvent,
  listAgencyCondominiums,
  listAgencyEvents,
  listOwnedCondominiums,
  listPersonEvents,
  listRunningLeases,
} from './agenda.repository.ts';
import type { AgendaItem, ScheduledEventBody } from './agenda.schema.ts';

type ClientViewer = Extract<Viewer, { kind: 'client' }>;
type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

/** How far "À venir" looks ahead for announced events. */
export const AGENDA_HORIZON_DAYS = 90;

const condominiumNotFound = () =>
  new AppError('NOT_FOUND', "Cette copropriété n'existe pas ou n'est pas gérée par votre agence.");
const eventNotFound = () => new AppError('NOT_FOUND', "Cet événement n'existe pas ou ne concerne pas votre agence.");

/**
 * "À venir": the events the agency announced for the person's condominiums and buildings over the next 90
 * days, with the due dates that follow from what they hold — the next quarterly provision of each
 * condominium for a co-owner, the next rent of each lease for a tenant. Due dates are shown even when they
 * fall a day or two beyond 90 days: the next one is always within a quarter, and a due date is worth knowing.
 */
export class AgendaService {
  constructor(private readonly db: Database) {}

  async upcoming(viewer: ClientViewer, now = new Date()): Promise<{ items: AgendaItem[] }> {
    const today = parisDate(now);
    const [events, condominiums, leases] = await Promise.all([
      listPersonEvents(this.db, viewer.personId, today, addDays(today, AGENDA_HORIZON_DAYS)),
      listOwnedCondominiums(this.db, viewer.personId, today),
      listRunningLeases(this.db, viewer.personId, today),
    ]);
    const items = events.map(presentEvent);
    const provisionDue = nextQuarterStart(today);
    for (const condominium of condominiums) items.push(presentFundsCall(condominium, provisionDue));
    for (const lease of leases) {
      const rentDue = nextPaymentDate(today, lease.paymentDay);
      // A lease ending before its next payment day owes no further rent.
      if (lease.endDate && lease.endDate <= rentDue) continue;
      items.push(presentRentDue(lease, rentDue));
    }
    // A stable sort by date: on the same day, announced events stay before computed due dates.
    return { items: items.sort((a, b) => a.startsOn.localeCompare(b.startsOn)) };
  }

  async condominiums(viewer: StaffViewer) {
    return { condominiums: await listAgencyCondominiums(this.db, viewer.agencyId) };
  }

  async list(viewer: StaffViewer, condominiumId: string | undefined, now = new Date()) {
    if (condominiumId && !(await findAgencyCondominium(this.db, viewer.agencyId, condominiumId))) throw condominiumNotFound();
    const rows = await listAgencyEvents(this.db, viewer.agencyId, parisDate(now), condominiumId);
    return { events: rows.map(presentStaffEvent) };
  }

  async create(viewer: StaffViewer, input: ScheduledEventBody, evidence: Evidence) {
    const id = await this.db.transaction(async (tx) => {
      if (!(await findAgencyCondominium(tx, viewer.agencyId, input.condominiumId))) throw condominiumNotFound();
      if (input.buildingId && !(await findCondominiumBuilding(tx, input.condominiumId, input.buildingId))) {
        throw new AppError('NOT_FOUND', "Ce bâtiment n'appartient pas à cette copropriété.");
      }
      const event = await insertScheduledEvent(tx, {
        agencyId: viewer.agencyId,
        condominiumId: input.condominiumId,
        buildingId: input.buildingId ?? null,
        kind: input.kind,
        title: input.title,
        description: input.description || null,
        startsOn: input.startsOn,
        endsOn: input.endsOn ?? null,
        createdByStaffId: viewer.staffMemberId,
      });
      await this.audit(tx, viewer, 'scheduled_event.created', event.id, evidence, { title: event.title });
      return event.id;
    });
    const row = await findAgencyEvent(this.db, viewer.agencyId, id);
    if (!row) throw eventNotFound();
    return presentStaffEvent(row);
  }

  async remove(viewer: StaffViewer, eventId: string, evidence: Evidence): Promise<void> {
    await this.db.transaction(async (tx) => {
      const removed = await deleteAgencyEvent(tx, viewer.agencyId, eventId);
      if (!removed) throw eventNotFound();
      await this.audit(tx, viewer, 'scheduled_event.deleted', removed.id, evidence, { title: removed.title });
    });
  }

  private audit(
    tx: Executor,
    viewer: StaffViewer,
    action: string,
    eventId: string,
    evidence: Evidence,
    details: Record<string, unknown>,
  ) {
    return recordAuditEvent(tx, {
      accountId: viewer.accountId,
      action,
      targetType: 'scheduled_event',
      targetId: eventId,
      ipAddress: evidence.ipAddress,
      userAgent: evidence.userAgent,
      details,
    });
  }
}
