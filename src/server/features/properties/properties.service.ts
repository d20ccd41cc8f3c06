import { parisDate } from '../../../domain/calendar.ts';
import type { Database } from '../../db/client.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import { presentAgencyCard } from '../me/me.presenter.ts';
import { findAgency } from '../me/me.repository.ts';
import {
  byLotNumber,
  presentCondominium,
  presentCoOwnerContacts,
  presentCouncilMember,
  presentLandlordUnitDetail,
  presentManagedUnit,
  presentManager,
  presentOwnedLot,
  presentRentedUnit,
  presentTenantUnitDetail,
  type RunningLease,
} from './properties.presenter.ts';
import {
  findLotCondominium,
  findManager,
  isCouncilMemberOf,
  listCondominiumCoOwners,
  listCouncilMembers,
  listLotShares,
  listManagedUnits,
  listOwnedLots,
  listRentedUnits,
  listRunningLeaseTenants,
} from './properties.repository.ts';
import type { LotDetail, PropertiesOverview, UnitDetail } from './properties.schema.ts';

type ClientViewer = Extract<Viewer, { kind: 'client' }>;

const notFound = () => new AppError('NOT_FOUND', "Ce bien n'existe pas ou ne fait pas partie de vos biens.");

/**
 * "Biens": what a person holds today, in separate spaces — the lots they own in condominiums, the units
 * they entrust to an agency, the unit they rent. Nothing ended or not yet begun is shown.
 */
export class PropertiesService {
  constructor(private readonly db: Database) {}

  async overview(viewer: ClientViewer, now = new Date()): Promise<PropertiesOverview> {
    const today = parisDate(now);
    const [owned, managed, rented] = await Promise.all([
      listOwnedLots(this.db, viewer.personId, today),
      listManagedUnits(this.db, viewer.personId, today),
      listRentedUnits(this.db, viewer.personId, today),
    ]);
    const [shares, leases] = await Promise.all([
      listLotShares(
        this.db,
        owned.map((lot) => lot.id),
      ),
      this.runningLeases(
        managed.map((unit) => unit.id),
        today,
      ),
    ]);

    const byCondominium = new Map<string, PropertiesOverview['coOwnership'][number]>();
    for (const lot of [...owned].sort(byLotNumber)) {
      const group = byCondominium.get(lot.condominium.id) ?? {
        condominium: presentCondominium(lot.condominium),
        agencyName: lot.agencyName,
        lots: [],
      };
      group.lots.push(presentOwnedLot(lot, shares));
      byCondominium.set(lot.condominium.id, group);
    }
    return {
      coOwnership: [...byCondominium.values()].sort((a, b) => a.condominium.name.localeCompare(b.condominium.name, 'fr')),
      managed: managed.map((unit) => presentManagedUnit(unit, leases.get(unit.id))),
      rented: rented.map(presentRentedUnit),
    };
  }

  /** A lot the person owns today: its condominium, their other lots there, who manages it, who sits on the council. */
  async lotDetail(viewer: ClientViewer, lotId: string, now = new Date()): Promise<LotDetail> {
    const today = parisDate(now);
    const [lot] = await listOwnedLots(this.db, viewer.personId, today, { lotId });
    if (!lot) throw notFound();
    const ownerLots = (await listOwnedLots(this.db, viewer.personId, today, { condominiumId: lot.condominium.id })).sort(
      byLotNumber,
    );
    const [shares, contacts] = await Promise.all([
      listLotShares(
        this.db,
        ownerLots.map((owned) => owned.id),
      ),
      this.contacts(viewer.personId, lot.condominium.managerId, lot.agencyId, lot.condominium.id, today),
    ]);
    const building = lot.building;
    return {
      lot: presentOwnedLot(lot, shares),
      condominium: presentCondominium(lot.condominium),
      buildingAddress: building
        ? {
            addressLine1: building.addressLine1,
            addressLine2: building.addressLine2,
            postalCode: building.postalCode,
            city: building.city,
          }
        : null,
      ownerLots: ownerLots.map((owned) => presentOwnedLot(owned, shares)),
      ...contacts,
    };
  }

  /** A unit under the person's mandate (as landlord) or lease (as tenant), running today. */
  async unitDetail(viewer: ClientViewer, unitId: string, now = new Date()): Promise<UnitDetail> {
    const today = parisDate(now);
    const [managed] = await listManagedUnits(this.db, viewer.personId, today, unitId);
    if (managed) {
      const leases = await this.runningLeases([managed.id], today);
      return {
        unit: presentLandlordUnitDetail(managed, leases.get(managed.id)),
        ...(await this.unitContacts(viewer.personId, managed, today)),
      };
    }
    const [rented] = await listRentedUnits(this.db, viewer.personId, today, unitId);
    if (!rented) throw notFound();
    return { unit: presentTenantUnitDetail(rented), ...(await this.unitContacts(viewer.personId, rented, today)) };
  }

  private async unitContacts(
    viewerPersonId: string,
    unit: { lotId: string | null; managerId: string | null; agencyId: string },
    today: string,
  ) {
    // The council belongs to a condominium: only a unit that is also a lot managed in Palier has one.
    const condominiumId = unit.lotId ? await findLotCondominium(this.db, unit.lotId) : undefined;
    return this.contacts(viewerPersonId, unit.managerId, unit.agencyId, condominiumId, today);
  }

  /**
   * The manager, the agency and the council; for a viewer sitting on that council, also the co-owners (the seed:
   * "les coordonnées des copropriétaires"), whose phone and email show only with their consent.
   */
  private async contacts(
    viewerPersonId: string,
    managerId: string | null,
    agencyId: string,
    condominiumId: string | undefined,
    today: string,
  ) {
    const [manager, agency, council, onCouncil] = await Promise.all([
      findManager(this.db, managerId),
      findAgency(this.db, agencyId),
      condominiumId ? listCouncilMembers(this.db, condominiumId, today) : [],
      condominiumId ? isCouncilMemberOf(this.db, viewerPersonId, condominiumId, today) : false,
    ]);
    if (!agency) throw notFound();
    const coOwners = onCouncil && condominiumId ? await listCondominiumCoOwners(this.db, condominiumId, today) : undefined;
    return {
      manager: presentManager(manager),
      agency: presentAgencyCard(agency),
      council: council.map(presentCouncilMember),
      ...(coOwners ? { coOwners: presentCoOwnerContacts(coOwners) } : {}),
    };
  }

  private async runningLeases(unitIds: string[], today: string): Promise<Map<string, RunningLease>> {
    const rows = await listRunningLeaseTenants(this.db, unitIds, today);
    const leases = new Map<string, RunningLease>();
    for (const row of rows) {
      const lease = leases.get(row.unitId) ?? {
        startDate: row.startDate,
        monthlyRentCents: row.monthlyRentCents,
        monthlyChargesCents: row.monthlyChargesCents,
        tenants: [],
      };
      lease.tenants.push(row.tenant);
      leases.set(row.unitId, lease);
    }
    return leases;
  }
}
