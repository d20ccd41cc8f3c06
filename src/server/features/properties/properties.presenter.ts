import { displayName, type NamedPerson } from '../../../domain/person-name.ts';
import type { staffMembers } from '../../db/schema/index.ts';
import type { CoOwnerRow, listLotShares, OwnedLotRow, RentedUnitRow, UnitRow } from './properties.repository.ts';
import type { ManagedUnit, OwnedLot, RentalStatus } from './properties.schema.ts';

type ShareRow = Awaited<ReturnType<typeof listLotShares>>[number];

/** As documented on `managed_units`: "loué" while a lease runs, else "mise en location" when marketed, else vacant. */
export function rentalStatusOf(unit: { isBeingLet: boolean }, hasRunningLease: boolean): RentalStatus {
  if (hasRunningLease) return 'loue';
  return unit.isBeingLet ? 'mise_en_location' : 'vacant';
}

/** Lot numbers as a person reads them: 101 before 208 before C01, and 9 before 10. */
export const byLotNumber = (a: { number: string }, b: { number: string }) =>
  a.number.localeCompare(b.number, 'fr', { numeric: true });

export function presentOwnedLot(lot: OwnedLotRow, shares: ShareRow[]): OwnedLot {
  return {
    id: lot.id,
    number: lot.number,
    kind: lot.kind,
    floor: lot.floor,
    staircase: lot.staircase,
    building: lot.building?.name ?? null,
    description: lot.description,
    ownershipKind: lot.ownershipKind,
    shares: shares
      .filter((share) => share.lotId === lot.id)
      .map(({ keyCode, keyName, isGeneral, shares: count, total }) => ({
        keyCode,
        keyName,
        isGeneral,
        shares: count,
        total,
      })),
  };
}

export const presentCondominium = (condominium: OwnedLotRow['condominium']) => ({
  id: condominium.id,
  name: condominium.name,
  addressLine1: condominium.addressLine1,
  addressLine2: condominium.addressLine2,
  postalCode: condominium.postalCode,
  city: condominium.city,
});

const unitFields = (unit: UnitRow) => ({
  id: unit.id,
  reference: unit.reference,
  kind: unit.kind,
  addressLine1: unit.addressLine1,
  addressLine2: unit.addressLine2,
  postalCode: unit.postalCode,
  city: unit.city,
  floor: unit.floor,
  surfaceSquareMetres: unit.surfaceSquareMetres,
});

export interface RunningLease {
  startDate: string;
  monthlyRentCents: number;
  monthlyChargesCents: number;
  tenants: NamedPerson[];
}

export function presentManagedUnit(unit: UnitRow, lease: RunningLease | undefined): ManagedUnit {
  return {
    ...unitFields(unit),
    status: rentalStatusOf(unit, lease !== undefined),
    tenantNames: lease ? lease.tenants.map(displayName) : [],
    leaseStartDate: lease?.startDate ?? null,
  };
}

export const presentRentedUnit = (unit: RentedUnitRow) => ({
  ...unitFields(unit),
  monthlyRentCents: unit.monthlyRentCents,
  monthlyChargesCents: unit.monthlyChargesCents,
  leaseStartDate: unit.leaseStartDate,
  agencyName: unit.agencyName,
});

export function presentLandlordUnitDetail(unit: UnitRow, lease: RunningLease | undefined) {
  return {
    ...presentManagedUnit(unit, lease),
    relation: 'landlord' as const,
    monthlyRentCents: lease?.monthlyRentCents ?? null,
    monthlyChargesCents: lease?.monthlyChargesCents ?? null,
  };
}

/** A tenant sees their own lease; the rental status and the names on it are the landlord's business. */
export function presentTenantUnitDetail(unit: RentedUnitRow) {
  return {
    ...unitFields(unit),
    relation: 'tenant' as const,
    status: null,
    tenantNames: [],
    leaseStartDate: unit.leaseStartDate,
    monthlyRentCents: unit.monthlyRentCents,
    monthlyChargesCents: unit.monthlyChargesCents,
  };
}

export const presentManager = (staff: typeof staffMembers.$inferSelect | undefined) =>
  staff ? { name: `${staff.firstName} ${staff.lastName}`, email: staff.email, phone: staff.phone } : null;

export const presentCouncilMember = (member: NamedPerson & { role: 'president' | 'member' }) => ({
  displayName: displayName(member),
  role: member.role,
});

/**
 * The co-owners as a council member sees them: everyone by name and lots; phone and email only for those who
 * agreed to share them (persons.council_contact_consent_at). One entry per person, by family name.
 */
export function presentCoOwnerContacts(rows: CoOwnerRow[]) {
  const byPerson = new Map<string, { row: CoOwnerRow; lots: string[] }>();
  for (const row of rows) {
    const entry = byPerson.get(row.personId) ?? { row, lots: [] };
    entry.lots.push(row.lotNumber);
    byPerson.set(row.personId, entry);
  }
  const sortName = (row: CoOwnerRow) => `${row.lastName ?? row.companyName ?? ''} ${row.firstName ?? ''}`;
  return [...byPerson.values()]
    .sort((a, b) => sortName(a.row).localeCompare(sortName(b.row), 'fr'))
    .map(({ row, lots }) => {
      const shares = row.councilContactConsentAt !== null;
      return {
        displayName: displayName(row),
        lots: lots.sort((a, b) => a.localeCompare(b, 'fr', { numeric: true })),
        sharesContact: shares,
        email: shares ? row.email : null,
        mobilePhone: shares ? row.mobilePhone : null,
        landlinePhone: shares ? row.landlinePhone : null,
      };
    });
}
