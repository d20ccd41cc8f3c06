import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  allocationKeys,
  clientReferences,
  condominiums,
  fundsCallLines,
  fundsCallNotices,
  fundsCalls,
  ledgerEntries,
  lots,
  persons,
} from '../../db/schema/index.ts';

/**
 * Up to `limit` notices still without their PDF, locked for this transaction; `skip locked` lets several
 * workers (the in-process renderer, the pg-boss job, another instance) share the work without waiting on
 * each other or rendering a notice twice.
 */
export async function claimPendingNotices(db: Executor, limit: number) {
  return db
    .select({
      id: fundsCallNotices.id,
      fundsCallId: fundsCallNotices.fundsCallId,
      personId: fundsCallNotices.personId,
      totalCents: fundsCallNotices.totalCents,
      previousBalanceCents: fundsCallNotices.previousBalanceCents,
    })
    .from(fundsCallNotices)
    .where(isNull(fundsCallNotices.documentId))
    .orderBy(asc(fundsCallNotices.createdAt), asc(fundsCallNotices.id))
    .limit(limit)
    .for('update', { skipLocked: true });
}

export async function findCallWithCondominium(db: Executor, fundsCallId: string) {
  const [row] = await db
    .select({ call: fundsCalls, condominium: { id: condominiums.id, name: condominiums.name, agencyId: condominiums.agencyId } })
    .from(fundsCalls)
    .innerJoin(condominiums, eq(condominiums.id, fundsCalls.condominiumId))
    .where(eq(fundsCalls.id, fundsCallId));
  return row;
}

/** What each key called in the quarter: the sum of its lots' parts (null key: the works fund). */
export async function calledPerKey(db: Executor, fundsCallId: string): Promise<Map<string | null, number>> {
  const rows = await db
    .select({ keyId: fundsCallLines.allocationKeyId, calledCents: sql<number>`sum(${fundsCallLines.amountCents})::bigint` })
    .from(fundsCallLines)
    .where(eq(fundsCallLines.fundsCallId, fundsCallId))
    .groupBy(fundsCallLines.allocationKeyId);
  return new Map(rows.map((row) => [row.keyId, Number(row.calledCents)]));
}

/** The printed lines of the persons' calls, in the issue's order: general key first, the works fund last. */
export async function callLinesOf(db: Executor, fundsCallId: string, personIds: string[]) {
  return db
    .select({
      personId: fundsCallLines.personId,
      keyId: fundsCallLines.allocationKeyId,
      keyName: allocationKeys.name,
      lotNumber: lots.number,
      lotDescription: lots.description,
      shares: fundsCallLines.shares,
      keyTotalShares: fundsCallLines.keyTotalShares,
      amountCents: fundsCallLines.amountCents,
    })
    .from(fundsCallLines)
    .innerJoin(lots, eq(lots.id, fundsCallLines.lotId))
    .leftJoin(allocationKeys, eq(allocationKeys.id, fundsCallLines.allocationKeyId))
    .where(and(eq(fundsCallLines.fundsCallId, fundsCallId), inArray(fundsCallLines.personId, personIds)))
    .orderBy(
      sql`${fundsCallLines.allocationKeyId} is null`,
      sql`${allocationKeys.isGeneral} desc`,
      asc(allocationKeys.code),
      asc(lots.number),
      asc(lots.id),
    );
}

/** The persons called, with their reference at the agency (printed on the call). */
export async function personsWithReference(db: Executor, agencyId: string, personIds: string[]) {
  return db
    .select({ person: persons, reference: clientReferences.reference })
    .from(persons)
    .leftJoin(clientReferences, and(eq(clientReferences.personId, persons.id), eq(clientReferences.agencyId, agencyId)))
    .where(inArray(persons.id, personIds));
}

export async function attachNoticeDocument(db: Executor, noticeId: string, documentId: string) {
  await db.update(fundsCallNotices).set({ documentId }).where(eq(fundsCallNotices.id, noticeId));
}

/** The call's AP entry of the co-owner shows its PDF next to it on the statement, as it did when printed first. */
export async function attachEntryDocument(db: Executor, ledgerId: string, externalId: string, documentId: string) {
  await db
    .update(ledgerEntries)
    .set({ documentId })
    .where(
      and(eq(ledgerEntries.ledgerId, ledgerId), eq(ledgerEntries.source, 'palier'), eq(ledgerEntries.externalId, externalId)),
    );
}
