import { and, asc, desc, eq, gte, isNull, lte, or } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { buildingContracts, condominiums, documents } from '../../db/schema/index.ts';

export type ContractInsert = typeof buildingContracts.$inferInsert;

const contractColumns = {
  id: buildingContracts.id,
  condominiumId: buildingContracts.condominiumId,
  kind: buildingContracts.kind,
  title: buildingContracts.title,
  supplierName: buildingContracts.supplierName,
  supplierPhone: buildingContracts.supplierPhone,
  supplierEmail: buildingContracts.supplierEmail,
  contractNumber: buildingContracts.contractNumber,
  startDate: buildingContracts.startDate,
  endDate: buildingContracts.endDate,
  yearlyAmountCents: buildingContracts.yearlyAmountCents,
  /** Null when the linked document was withdrawn: a link to nothing would only disappoint. */
  documentId: documents.id,
};

/**
 * A condominium's contracts by kind, newest first (the service puts the running ones first). With `endedSince`, the contracts started by `today` and still running or ended on or after that date (what
 * co-owners see); without it, every contract (what staff manage).
 */
export async function listContracts(db: Executor, condominiumId: string, window?: { today: string; endedSince: string }) {
  return db
    .select(contractColumns)
    .from(buildingContracts)
    .leftJoin(documents, and(eq(documents.id, buildingContracts.documentId), isNull(documents.withdrawnAt)))
    .where(
      and(
        eq(buildingContracts.condominiumId, condominiumId),
        window ? lte(buildingContracts.startDate, window.today) : undefined,
        window ? or(isNull(buildingContracts.endDate), gte(buildingContracts.endDate, window.endedSince)) : undefined,
      ),
    )
    .orderBy(asc(buildingContracts.kind), desc(buildingContracts.startDate), asc(buildingContracts.title));
}

export type ContractRow = Awaited<ReturnType<typeof listContracts>>[number];

export async function findContract(db: Executor, condominiumId: string, contractId: string): Promise<ContractRow | undefined> {
  const [row] = await db
    .select(contractColumns)
    .from(buildingContracts)
    .leftJoin(documents, and(eq(documents.id, buildingContracts.documentId), isNull(documents.withdrawnAt)))
    .where(and(eq(buildingContracts.id, contractId), eq(buildingContracts.condominiumId, condominiumId)));
  return row;
}

export async function insertContract(db: Executor, values: ContractInsert): Promise<string> {
  const [row] = await db.insert(buildingContracts).values(values).returning({ id: buildingContracts.id });
  if (!row) throw new Error('contract insert returned no row');
  return row.id;
}

export async function updateContract(db: Executor, contractId: string, values: Partial<ContractInsert>): Promise<void> {
  await db.update(buildingContracts).set(values).where(eq(buildingContracts.id, contractId));
}

export async function deleteContract(db: Executor, contractId: string): Promise<void> {
  await db.delete(buildingContracts).where(eq(buildingContracts.id, contractId));
}

export async function findCondominium(db: Executor, condominiumId: string) {
  const [row] = await db
    .select({ id: condominiums.id, agencyId: condominiums.agencyId, name: condominiums.name })
    .from(condominiums)
    .where(eq(condominiums.id, condominiumId));
  return row;
}

export async function listAgencyCondominiums(db: Executor, agencyId: string) {
  return db
    .select({ id: condominiums.id, reference: condominiums.reference, name: condominiums.name, city: condominiums.city })
    .from(condominiums)
    .where(eq(condominiums.agencyId, agencyId))
    .orderBy(condominiums.name);
}

/** A published, not withdrawn, document of this condominium of this agency: the only kind a contract may link to. */
export async function findCondominiumDocument(db: Executor, agencyId: string, condominiumId: string, documentId: string) {
  const [row] = await db
    .select({ id: documents.id })
    .from(documents)
    .where(
      and(
        eq(documents.id, documentId),
        eq(documents.agencyId, agencyId),
        eq(documents.condominiumId, condominiumId),
        isNull(documents.withdrawnAt),
      ),
    );
  return row;
}
