import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { clientReferenceAt, personNameColumns } from '../../db/person-columns.ts';
import {
  agencies,
  clientReferences,
  condominiums,
  documents,
  documentVersions,
  leases,
  leaseTenants,
  ledgerEntries,
  ledgerLines,
  ledgers,
  lots,
  managedUnits,
  managementMandates,
  ownerships,
  persons,
  sepaMandates,
} from '../../db/schema/index.ts';
import { visibleDocumentsCondition } from '../documents/documents.repository.ts';
import { inForce } from '../me/me.repository.ts';

export type NewLedgerEntry = Omit<typeof ledgerEntries.$inferInsert, 'id' | 'createdAt'>;
export type NewLedgerLine = Omit<typeof ledgerLines.$inferInsert, 'id' | 'entryId'>;

/** The syndicate's books, opened the first time something is posted for the condominium. */
export async function condominiumLedger(db: Executor, condominiumId: string): Promise<string> {
  const [existing] = await db.select({ id: ledgers.id }).from(ledgers).where(eq(ledgers.condominiumId, condominiumId));
  if (existing) return existing.id;
  const [condominium] = await db
    .select({ agencyId: condominiums.agencyId, name: condominiums.name })
    .from(condominiums)
    .where(eq(condominiums.id, condominiumId));
  if (!condominium) throw new Error(`no condominium ${condominiumId}`);
  const [created] = await db
    .insert(ledgers)
    .values({ agencyId: condominium.agencyId, kind: 'condominium', condominiumId, name: condominium.name })
    .onConflictDoNothing()
    .returning({ id: ledgers.id });
  if (created) return created.id;
  // Opened by a concurrent transaction in the meantime.
  const [raced] = await db.select({ id: ledgers.id }).from(ledgers).where(eq(ledgers.condominiumId, condominiumId));
  if (!raced) throw new Error(`ledger of ${condominiumId} could not be opened`);
  return raced.id;
}

const rentalLedgerOf = (agencyId: string) => and(eq(ledgers.agencyId, agencyId), eq(ledgers.kind, 'rental'));

/** The agency's rental ledger (landlords 4671, tenants 411, bank 512), opened on first use. */
export async function rentalLedger(db: Executor, agencyId: string): Promise<string> {
  const [existing] = await db.select({ id: ledgers.id }).from(ledgers).where(rentalLedgerOf(agencyId));
  if (existing) return existing.id;
  const [agency] = await db.select({ name: agencies.name }).from(agencies).where(eq(agencies.id, agencyId));
  if (!agency) throw new Error(`no agency ${agencyId}`);
  const [created] = await db
    .insert(ledgers)
    .values({ agencyId, kind: 'rental', condominiumId: null, name: `Gérance — ${agency.name}` })
    .onConflictDoNothing()
    .returning({ id: ledgers.id });
  if (created) return created.id;
  const [raced] = await db.select({ id: ledgers.id }).from(ledgers).where(rentalLedgerOf(agencyId));
  if (!raced) throw new Error(`rental ledger of ${agencyId} could not be opened`);
  return raced.id;
}

/**
 * Posts one balanced entry, or nothing if an entry with the same source and external id is already in the
 * ledger: posting (or importing) the same thing twice changes nothing. Balance is enforced by the database
 * at commit (constraint trigger of migration 0005), so callers post inside their own transaction.
 */
export async function postEntry(
  db: Executor,
  entry: NewLedgerEntry,
  lines: NewLedgerLine[],
): Promise<{ entryId: string; created: boolean }> {
  const [created] = await db.insert(ledgerEntries).values(entry).onConflictDoNothing().returning({ id: ledgerEntries.id });
  if (!created) {
    const [existing] = await db
      .select({ id: ledgerEntries.id })
      .from(ledgerEntries)
      .where(
        and(
          eq(ledgerEntries.ledgerId, entry.ledgerId),
          eq(ledgerEntries.source, entry.source),
          eq(ledgerEntries.externalId, entry.externalId),
        ),
      );
    if (!existing) throw new Error(`entry ${entry.externalId} neither inserted nor found`);
    return { entryId: existing.id, created: false };
  }
  if (lines.length > 0) await db.insert(ledgerLines).values(lines.map((line) => ({ ...line, entryId: created.id })));
  return { entryId: created.id, created: true };
}

// PostgreSQL accepts at most 65 535 bound parameters per statement; a line has about twelve columns.
const BULK_ROWS = 4_000;

/**
 * `postEntry` for many entries of one ledger at once (a quarter's calls for thousands of co-owners): the same
 * idempotence by source and external id, in a few multi-row statements instead of two per entry. Returns the
 * external ids of the entries created by this call.
 */
export async function postEntries(
  db: Executor,
  items: Array<{ entry: NewLedgerEntry; lines: NewLedgerLine[] }>,
): Promise<{ created: Map<string, string> }> {
  const created = new Map<string, string>();
  for (let start = 0; start < items.length; start += BULK_ROWS) {
    const slice = items.slice(start, start + BULK_ROWS);
    const rows = await db
      .insert(ledgerEntries)
      .values(slice.map((item) => item.entry))
      .onConflictDoNothing()
      .returning({ id: ledgerEntries.id, externalId: ledgerEntries.externalId });
    for (const row of rows) created.set(row.externalId, row.id);
  }
  const lines = items.flatMap((item) => {
    const entryId = created.get(item.entry.externalId);
    return entryId ? item.lines.map((line) => ({ ...line, entryId })) : [];
  });
  for (let start = 0; start < lines.length; start += BULK_ROWS)
    await db.insert(ledgerLines).values(lines.slice(start, start + BULK_ROWS));
  return { created };
}

/* ------------------------------------------------------------------------------------------------------------
 * The person side: what a co-owner or a tenant sees of the books — their own third-party account lines only.
 * ------------------------------------------------------------------------------------------------------------ */

/**
 * A person's account in one set of books: their 450x lines in a condominium; the 411 lines of a lease, shared by
 * its co-tenants (they owe the rent jointly, so each sees the lease's account whichever of them a line names);
 * or a landlord's 4671 lines in an agency's rental ledger.
 */
export type AccountScope =
  | { kind: 'coOwner'; condominiumId: string; personId: string }
  | { kind: 'tenant'; leaseId: string }
  | { kind: 'landlord'; agencyId: string; personId: string };

const coOwnerAccounts = sql`${ledgerLines.accountCode} like '450%'`;
const tenantAccounts = inArray(ledgerLines.accountCode, ['411', '4111']);

/** The 450x lines of one condominium's books (one ledger per condominium), for the persons `person` selects. */
const coOwnerLines = (condominiumId: string, person: SQL) =>
  and(person, eq(ledgers.condominiumId, condominiumId), coOwnerAccounts) as SQL;

const landlordAccounts = eq(ledgerLines.accountCode, '4671');

function scopeCondition(scope: AccountScope): SQL {
  if (scope.kind === 'coOwner') return coOwnerLines(scope.condominiumId, eq(ledgerLines.personId, scope.personId));
  if (scope.kind === 'landlord')
    return and(
      eq(ledgerLines.personId, scope.personId),
      landlordAccounts,
      eq(ledgers.agencyId, scope.agencyId),
      eq(ledgers.kind, 'rental'),
    ) as SQL;
  return and(eq(ledgerLines.leaseId, scope.leaseId), tenantAccounts) as SQL;
}

/** The person's ownerships in force today (end date: the first day no longer in force, as everywhere). */
export const ownershipsInForce = (personId: string, today: string) =>
  and(eq(ownerships.personId, personId), inForce(ownerships.startDate, ownerships.endDate, today));

/** The condominiums where the person owns a lot today, with their address for the account's label. */
export async function listCoOwnedCondominiums(db: Executor, personId: string, today: string) {
  return db
    .selectDistinct({
      id: condominiums.id,
      agencyId: condominiums.agencyId,
      name: condominiums.name,
      addressLine1: condominiums.addressLine1,
      addressLine2: condominiums.addressLine2,
      postalCode: condominiums.postalCode,
      city: condominiums.city,
    })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
    .where(ownershipsInForce(personId, today));
}

/** The leases the person rents under today that already have lines in a rental ledger. */
export async function listTenantLeasesWithLines(db: Executor, personId: string, today: string) {
  return db
    .selectDistinct({
      leaseId: leases.id,
      agencyId: managementMandates.agencyId,
      addressLine1: managedUnits.addressLine1,
      addressLine2: managedUnits.addressLine2,
      postalCode: managedUnits.postalCode,
      city: managedUnits.city,
      reference: managedUnits.reference,
    })
    .from(leaseTenants)
    .innerJoin(leases, eq(leases.id, leaseTenants.leaseId))
    .innerJoin(managedUnits, eq(managedUnits.id, leases.managedUnitId))
    .innerJoin(managementMandates, eq(managementMandates.id, managedUnits.mandateId))
    .innerJoin(ledgerLines, and(eq(ledgerLines.leaseId, leases.id), tenantAccounts))
    .where(and(eq(leaseTenants.personId, personId), inForce(leases.startDate, leases.endDate, today)));
}

/**
 * The agencies whose rental books hold the person's landlord account (4671). One account per agency, not per
 * management mandate: the agency holds one balance for the landlord, paid out in one transfer whatever the
 * number of mandates, and its lines name the unit (managedUnitId) when the detail matters.
 */
export async function listLandlordAgencies(db: Executor, personId: string) {
  return db
    .selectDistinct({ agencyId: agencies.id, name: agencies.name })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, and(eq(ledgers.id, ledgerEntries.ledgerId), eq(ledgers.kind, 'rental')))
    .innerJoin(agencies, eq(agencies.id, ledgers.agencyId))
    .where(and(eq(ledgerLines.personId, personId), landlordAccounts));
}

/** credit − debit: the person's point of view, negative = owes. */
const balanceSum = sql<string>`coalesce(sum(${ledgerLines.creditCents} - ${ledgerLines.debitCents}), 0)`;

/** One account's balance, in full or of the entries before a date (exclusive). */
export async function accountBalance(db: Executor, scope: AccountScope, before?: string): Promise<number> {
  const [row] = await db
    .select({ balance: balanceSum })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(and(scopeCondition(scope), before ? lt(ledgerEntries.entryDate, before) : undefined));
  return Number(row?.balance ?? 0);
}

/** The co-owner account balances of several persons in one condominium; a person without lines is absent. */
export async function coOwnerBalances(db: Executor, condominiumId: string, personIds: string[]): Promise<Map<string, number>> {
  if (personIds.length === 0) return new Map();
  const rows = await db
    .select({ personId: ledgerLines.personId, balance: balanceSum })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(coOwnerLines(condominiumId, inArray(ledgerLines.personId, personIds)))
    .groupBy(ledgerLines.personId);
  return new Map(rows.map((row) => [row.personId ?? '', Number(row.balance)]));
}

export async function accountYears(db: Executor, scope: AccountScope): Promise<number[]> {
  const rows = await db
    .selectDistinct({ year: sql<number>`extract(year from ${ledgerEntries.entryDate})::int` })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(scopeCondition(scope));
  return rows.map((row) => Number(row.year)).sort((a, b) => b - a);
}

/** The account's lines of one year, in the order they happened. */
export async function accountLines(db: Executor, scope: AccountScope, year: number) {
  return db
    .select({
      id: ledgerLines.id,
      date: ledgerEntries.entryDate,
      entryLabel: ledgerEntries.label,
      lineLabel: ledgerLines.label,
      debitCents: ledgerLines.debitCents,
      creditCents: ledgerLines.creditCents,
      documentId: ledgerEntries.documentId,
    })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(
      and(scopeCondition(scope), gte(ledgerEntries.entryDate, `${year}-01-01`), lte(ledgerEntries.entryDate, `${year}-12-31`)),
    )
    .orderBy(asc(ledgerEntries.entryDate), asc(ledgerEntries.createdAt), asc(ledgerEntries.id), asc(ledgerLines.accountCode));
}

/** The documents among `ids` the person may read today: a statement links only those. */
export async function visibleDocumentIds(db: Executor, personId: string, ids: string[], today: string): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .select({ id: documents.id })
    .from(documents)
    .where(and(inArray(documents.id, ids), visibleDocumentsCondition(personId, today)));
  return new Set(rows.map((row) => row.id));
}

/** The person's own copies of documents: the one stored file of a notice is published once per co-tenant. */
export async function personDocumentCopies(db: Executor, personId: string, documentIds: string[]): Promise<Map<string, string>> {
  if (documentIds.length === 0) return new Map();
  const original = db
    .select({ documentId: documentVersions.documentId, storedFileId: documentVersions.storedFileId })
    .from(documentVersions)
    .where(inArray(documentVersions.documentId, documentIds))
    .as('original');
  const rows = await db
    .select({ originalId: original.documentId, copyId: documents.id })
    .from(original)
    .innerJoin(documentVersions, eq(documentVersions.storedFileId, original.storedFileId))
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(and(eq(documents.personId, personId), isNull(documents.withdrawnAt)))
    .orderBy(desc(documents.publishedAt));
  const map = new Map<string, string>();
  for (const row of rows) if (!map.has(row.originalId)) map.set(row.originalId, row.copyId);
  return map;
}

/** Condominiums where a direct-debit mandate of the person is active. */
export async function activeMandateCondominiums(db: Executor, personId: string): Promise<Set<string>> {
  const rows = await db
    .select({ condominiumId: sepaMandates.condominiumId })
    .from(sepaMandates)
    .where(and(eq(sepaMandates.personId, personId), eq(sepaMandates.status, 'active')));
  return new Set(rows.flatMap((row) => (row.condominiumId ? [row.condominiumId] : [])));
}

/** Among `leaseIds`, the leases paid by an active direct-debit mandate, whichever co-tenant signed it. */
export async function activeMandateLeases(db: Executor, leaseIds: string[]): Promise<Set<string>> {
  if (leaseIds.length === 0) return new Set();
  const rows = await db
    .select({ leaseId: sepaMandates.leaseId })
    .from(sepaMandates)
    .where(and(inArray(sepaMandates.leaseId, leaseIds), eq(sepaMandates.status, 'active')));
  return new Set(rows.flatMap((row) => (row.leaseId ? [row.leaseId] : [])));
}

/* ------------------------------------------------------------------------------------------------------------
 * The import side: the agency's accounting system posts entries.
 * ------------------------------------------------------------------------------------------------------------ */

export async function findCondominiumAgency(db: Executor, condominiumId: string) {
  const [row] = await db
    .select({ id: condominiums.id, agencyId: condominiums.agencyId })
    .from(condominiums)
    .where(eq(condominiums.id, condominiumId));
  return row;
}

/** Client references of the agency (canonical form) → person. */
export async function personsByReference(db: Executor, agencyId: string, canonical: string[]): Promise<Map<string, string>> {
  if (canonical.length === 0) return new Map();
  const rows = await db
    .select({ canonical: clientReferences.canonical, personId: clientReferences.personId })
    .from(clientReferences)
    .where(and(eq(clientReferences.agencyId, agencyId), inArray(clientReferences.canonical, canonical)));
  return new Map(rows.map((row) => [row.canonical, row.personId]));
}

/** What a statement's letterhead and address block need: the agency keeping the books, the person. */
export async function findStatementParties(db: Executor, agencyId: string, personId: string) {
  const [[agency], [person]] = await Promise.all([
    db
      .select({
        name: agencies.name,
        addressLine1: agencies.addressLine1,
        addressLine2: agencies.addressLine2,
        postalCode: agencies.postalCode,
        city: agencies.city,
        phone: agencies.phone,
        email: agencies.email,
      })
      .from(agencies)
      .where(eq(agencies.id, agencyId)),
    db
      .select({
        ...personNameColumns,
        reference: clientReferences.reference,
      })
      .from(persons)
      .leftJoin(clientReferences, clientReferenceAt(agencyId))
      .where(eq(persons.id, personId)),
  ]);
  return { agency, person };
}
