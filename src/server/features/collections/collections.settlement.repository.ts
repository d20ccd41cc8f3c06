import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  accounts,
  agencies,
  bankAccounts,
  collectionRuns,
  directDebits,
  leases,
  ledgerEntries,
  persons,
  sepaMandates,
} from '../../db/schema/index.ts';
import { debtorContactColumns } from './collections.repository.ts';

/** A direct debit with what settling it needs: whose account it pays, under which mandate, to which creditor. */
const debitWithMandate = {
  id: directDebits.id,
  mandateId: directDebits.mandateId,
  collectionRunId: directDebits.collectionRunId,
  amountCents: directDebits.amountCents,
  collectionDate: directDebits.collectionDate,
  sequenceType: directDebits.sequenceType,
  endToEndId: directDebits.endToEndId,
  remittanceInformation: directDebits.remittanceInformation,
  status: directDebits.status,
  returnReasonCode: directDebits.returnReasonCode,
  representsDebitId: directDebits.representsDebitId,
  personId: sepaMandates.personId,
  agencyId: sepaMandates.agencyId,
  condominiumId: sepaMandates.condominiumId,
  leaseId: sepaMandates.leaseId,
  managedUnitId: leases.managedUnitId,
  mandateReference: sepaMandates.mandateReference,
  mandateSequence: sepaMandates.sequence,
  mandateStatus: sepaMandates.status,
  creditorAccountId: sepaMandates.creditorAccountId,
  lastCollectedOn: sepaMandates.lastCollectedOn,
};

export type SettlementDebit = Awaited<ReturnType<typeof lockDebitsByIds>>[number];

/** Locks the debits (not their mandates) so two settlements of the same debit run one after the other. */
export async function lockDebitsByIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select(debitWithMandate)
    .from(directDebits)
    .innerJoin(sepaMandates, eq(sepaMandates.id, directDebits.mandateId))
    .leftJoin(leases, eq(leases.id, sepaMandates.leaseId))
    .where(inArray(directDebits.id, ids))
    .orderBy(asc(directDebits.id))
    .for('update', { of: directDebits });
}

export async function lockDebitByEndToEndId(tx: Executor, endToEndId: string) {
  const [row] = await tx
    .select(debitWithMandate)
    .from(directDebits)
    .innerJoin(sepaMandates, eq(sepaMandates.id, directDebits.mandateId))
    .leftJoin(leases, eq(leases.id, sepaMandates.leaseId))
    .where(eq(directDebits.endToEndId, endToEndId))
    .for('update', { of: directDebits });
  return row;
}

export async function setDebitPaid(tx: Executor, id: string): Promise<void> {
  await tx.update(directDebits).set({ status: 'paid' }).where(eq(directDebits.id, id));
}

export async function setDebitReturned(tx: Executor, id: string, reasonCode: string, at: Date): Promise<void> {
  await tx
    .update(directDebits)
    .set({ status: 'returned', returnReasonCode: reasonCode, returnedAt: at })
    .where(eq(directDebits.id, id));
}

/** The mandate was used on that day; a later collection already recorded is kept. */
export async function markMandateCollected(tx: Executor, mandateId: string, on: string): Promise<void> {
  await tx
    .update(sepaMandates)
    .set({ lastCollectedOn: sql`greatest(coalesce(${sepaMandates.lastCollectedOn}, ${on}::date), ${on}::date)` })
    .where(eq(sepaMandates.id, mandateId));
}

export async function lapseMandate(tx: Executor, mandateId: string): Promise<void> {
  await tx
    .update(sepaMandates)
    .set({ status: 'lapsed' })
    .where(and(eq(sepaMandates.id, mandateId), eq(sepaMandates.status, 'active')));
}

/** A lapsed mandate collects nothing more: what was waiting to be sent goes, as on revocation. */
export async function deleteUnsentDebits(tx: Executor, mandateId: string): Promise<number> {
  const rows = await tx
    .delete(directDebits)
    .where(and(eq(directDebits.mandateId, mandateId), inArray(directDebits.status, ['scheduled', 'prenotified'])))
    .returning({ id: directDebits.id });
  return rows.length;
}

export async function findRepresentation(tx: Executor, debitId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: directDebits.id })
    .from(directDebits)
    .where(eq(directDebits.representsDebitId, debitId))
    .orderBy(asc(directDebits.createdAt))
    .limit(1);
  return row?.id ?? null;
}

export async function hasPaidDebit(tx: Executor, mandateId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: directDebits.id })
    .from(directDebits)
    .where(and(eq(directDebits.mandateId, mandateId), eq(directDebits.status, 'paid')))
    .limit(1);
  return Boolean(row);
}

export async function insertRepresentation(tx: Executor, values: Omit<typeof directDebits.$inferInsert, 'id' | 'createdAt'>) {
  const [row] = await tx.insert(directDebits).values(values).returning({ id: directDebits.id });
  if (!row) throw new Error('direct debit insert returned no row');
  return row.id;
}

export async function findEntry(tx: Executor, ledgerId: string, externalId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: ledgerEntries.id })
    .from(ledgerEntries)
    .where(
      and(eq(ledgerEntries.ledgerId, ledgerId), eq(ledgerEntries.source, 'palier'), eq(ledgerEntries.externalId, externalId)),
    );
  return row?.id ?? null;
}

/** Who is written to about a collection: the debtor's login email, the creditor and the agency's names. */
export async function findDebtorContact(tx: Executor, personId: string, creditorAccountId: string) {
  const [row] = await tx
    .select(debtorContactColumns)
    .from(persons)
    .innerJoin(bankAccounts, eq(bankAccounts.id, creditorAccountId))
    .innerJoin(agencies, eq(agencies.id, bankAccounts.agencyId))
    .leftJoin(accounts, eq(accounts.personId, persons.id))
    .where(eq(persons.id, personId));
  return row;
}

/** A run whose every debit the bank has answered for (paid or returned) is settled. */
export async function settleAnsweredRuns(tx: Executor, runIds: string[]): Promise<void> {
  if (runIds.length === 0) return;
  await tx
    .update(collectionRuns)
    .set({ status: 'settled' })
    .where(
      and(
        inArray(collectionRuns.id, runIds),
        eq(collectionRuns.status, 'submitted'),
        sql`not exists (select 1 from ${directDebits} where ${directDebits.collectionRunId} = ${collectionRuns.id} and ${directDebits.status} in ('scheduled', 'prenotified', 'submitted'))`,
      ),
    );
}
