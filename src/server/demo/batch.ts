import { randomUUID } from 'node:crypto';
import { canonicalClientReference } from '../../domain/client-reference.ts';
import type { Executor } from '../db/client.ts';
import {
  accounts,
  agencies,
  allocationKeys,
  buildingContracts,
  buildings,
  clientReferences,
  condominiums,
  councilMemberships,
  documents,
  documentVersions,
  leases,
  leaseTenants,
  lotShares,
  lots,
  managedUnits,
  managementMandates,
  notifications,
  ownerships,
  persons,
  scheduledEvents,
  staffMembers,
  storedFiles,
} from '../db/schema/index.ts';

type Row<Table extends { $inferInsert: unknown }> = Table['$inferInsert'];
/** Accounts are collected without their hash: the single slow argon2 hash is added when writing. */
type AccountRow = Omit<Row<typeof accounts>, 'passwordHash'>;
export type PersonFields = Omit<Row<typeof persons>, 'id' | 'createdAt'>;
export type Address = Pick<PersonFields, 'addressLine1' | 'addressLine2' | 'postalCode' | 'city'>;

/**
 * The demo's rows, collected in memory before anything is written. Ids are chosen here so that rows can
 * point at each other before insertion, and the whole set is then written in foreign-key order.
 */
export class DemoBatch {
  readonly agencies: Row<typeof agencies>[] = [];
  readonly staffMembers: Row<typeof staffMembers>[] = [];
  readonly persons: Row<typeof persons>[] = [];
  readonly clientReferences: Row<typeof clientReferences>[] = [];
  readonly accounts: AccountRow[] = [];
  readonly condominiums: Row<typeof condominiums>[] = [];
  readonly buildings: Row<typeof buildings>[] = [];
  readonly lots: Row<typeof lots>[] = [];
  readonly allocationKeys: Row<typeof allocationKeys>[] = [];
  readonly lotShares: Row<typeof lotShares>[] = [];
  readonly ownerships: Row<typeof ownerships>[] = [];
  readonly councilMemberships: Row<typeof councilMemberships>[] = [];
  readonly managementMandates: Row<typeof managementMandates>[] = [];
  readonly managedUnits: Row<typeof managedUnits>[] = [];
  readonly leases: Row<typeof leases>[] = [];
  readonly leaseTenants: Row<typeof leaseTenants>[] = [];
  readonly storedFiles: Row<typeof storedFiles>[] = [];
  readonly documents: Row<typeof documents>[] = [];
  readonly documentVersions: Row<typeof documentVersions>[] = [];
  readonly buildingContracts: Row<typeof buildingContracts>[] = [];
  readonly scheduledEvents: Row<typeof scheduledEvents>[] = [];
  readonly notifications: Row<typeof notifications>[] = [];

  /** Adds a row to one of the lists with a fresh id, and returns that id. */
  add<Item extends { id?: string }>(list: Item[], row: Omit<Item, 'id'>): string {
    const id = randomUUID();
    list.push({ ...row, id } as Item);
    return id;
  }

  /** A client as the agency's software exports them: a person, their reference in that agency, a login. */
  addClient(agencyId: string, reference: string, email: string | null, person: PersonFields): string {
    const personId = this.add(this.persons, person);
    this.clientReferences.push({ agencyId, personId, reference, canonical: canonicalClientReference(reference) });
    this.accounts.push({ personId, email });
    return personId;
  }

  async writeTo(tx: Executor, passwordHash: string): Promise<void> {
    const insert = async <Table extends Parameters<Executor['insert']>[0]>(table: Table, rows: Table['$inferInsert'][]) => {
      if (rows.length > 0) await tx.insert(table).values(rows);
    };
    await insert(agencies, this.agencies);
    await insert(staffMembers, this.staffMembers);
    await insert(persons, this.persons);
    await insert(clientReferences, this.clientReferences);
    await insert(
      accounts,
      this.accounts.map((account) => ({ ...account, passwordHash })),
    );
    await insert(condominiums, this.condominiums);
    await insert(buildings, this.buildings);
    await insert(lots, this.lots);
    await insert(allocationKeys, this.allocationKeys);
    await insert(lotShares, this.lotShares);
    await insert(ownerships, this.ownerships);
    await insert(councilMemberships, this.councilMemberships);
    await insert(managementMandates, this.managementMandates);
    await insert(managedUnits, this.managedUnits);
    await insert(leases, this.leases);
    await insert(leaseTenants, this.leaseTenants);
    await insert(storedFiles, this.storedFiles);
    await insert(documents, this.documents);
    await insert(documentVersions, this.documentVersions);
    await insert(buildingContracts, this.buildingContracts);
    await insert(scheduledEvents, this.scheduledEvents);
    await insert(notifications, this.notifications);
  }
}

/**
 * Splits `total` in proportion to `weights` so that the parts add up to exactly `total` (largest
 * remainder): a general key must total 10 000 tantièmes to the unit, rounding each lot would not.
 */
export function distribute(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((accumulator, weight) => accumulator + weight, 0);
  const exact = weights.map((weight) => (weight * total) / sum);
  const parts = exact.map(Math.floor);
  let missing = total - parts.reduce((accumulator, part) => accumulator + part, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing === 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    missing -= 1;
  }
  return parts;
}
