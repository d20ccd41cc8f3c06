import { parisDate } from '../../../domain/calendar.ts';
import { frenchDate } from '../../../domain/french-dates.ts';
import { maskIban } from '../../../domain/iban.ts';
import { isValidCreditorIdentifier, normaliseCreditorIdentifier } from '../../../domain/sepa.ts';
import { returnReason } from '../../../domain/sepa-returns.ts';
import type { Executor } from '../../db/client.ts';
import {
  clientReferencesOf,
  type DebitRow,
  type listCreditorAccounts,
  listRepresentations,
  type RunWithTotals,
} from './collections.repository.ts';
import type { DirectDebitView, RunDetail, RunSummary } from './collections.schema.ts';

export function presentCreditorAccount(row: Awaited<ReturnType<typeof listCreditorAccounts>>[number]) {
  const ics = row.creditorId ? normaliseCreditorIdentifier(row.creditorId) : null;
  return {
    id: row.id,
    holderName: row.holderName,
    ledgerName: row.ledgerName,
    ibanMasked: maskIban(row.iban),
    creditorIdentifier: ics,
    canCollect: ics !== null && isValidCreditorIdentifier(ics),
  };
}

/** Why a debit is left out of the bank file: its mandate can no longer be used. */
export function excludedReason(row: Pick<DebitRow, 'mandateStatus' | 'mandateRevokedAt' | 'status'>): string | null {
  if (row.status !== 'scheduled' && row.status !== 'prenotified' && row.status !== 'submitted') return null;
  if (row.mandateStatus === 'revoked')
    return row.mandateRevokedAt
      ? `Mandat révoqué le ${frenchDate(parisDate(row.mandateRevokedAt))} : non transmis à la banque.`
      : 'Mandat révoqué : non transmis à la banque.';
  if (row.mandateStatus === 'lapsed') return 'Mandat caduc : non transmis à la banque.';
  return null;
}

export async function presentDebits(db: Executor, agencyId: string, rows: DebitRow[]): Promise<DirectDebitView[]> {
  const references = await clientReferencesOf(db, agencyId, [...new Set(rows.map((row) => row.personId))]);
  const representations = await listRepresentations(
    db,
    rows.filter((row) => row.status === 'returned').map((row) => row.id),
  );
  return rows.map((row) => {
    const next = representations.find((item) => item.representsDebitId === row.id);
    return {
      id: row.id,
      collectionRunId: row.collectionRunId,
      debtorName: row.debtorName,
      clientReference: references.get(row.personId) ?? null,
      accountLabel: row.condominiumName ?? (row.leaseReference ? `Bail ${row.leaseReference}` : ''),
      mandateReference: row.mandateReference,
      mandateStatus: row.mandateStatus,
      amountCents: row.amountCents,
      collectionDate: row.collectionDate,
      sequenceType: row.sequenceType,
      status: row.status,
      endToEndId: row.endToEndId,
      remittanceInformation: row.remittanceInformation,
      prenotifiedAt: row.prenotifiedAt?.toISOString() ?? null,
      returnReasonCode: row.returnReasonCode,
      returnReasonLabel: row.returnReasonCode ? returnReason(row.returnReasonCode).label : null,
      returnedAt: row.returnedAt?.toISOString() ?? null,
      representsDebitId: row.representsDebitId,
      representedBy: next ? { id: next.id, collectionDate: next.collectionDate, status: next.status } : null,
      excludedReason: excludedReason(row),
    };
  });
}

export function presentRunSummary(run: RunWithTotals): RunSummary {
  return {
    id: run.id,
    collectionDate: run.collectionDate,
    status: run.status,
    messageId: run.messageId,
    creditorAccountId: run.creditorAccountId,
    creditorName: run.creditorName,
    debitCount: Number(run.debitCount),
    totalCents: Number(run.totalCents),
    createdAt: run.createdAt.toISOString(),
  };
}

export function presentRunDetail(run: RunWithTotals, debits: DirectDebitView[], added?: number): RunDetail {
  const included = debits.filter((debit) => debit.excludedReason === null);
  const order = ['FRST', 'RCUR', 'OOFF', 'FNAL'] as const;
  const groups = order
    .map((sequenceType) => {
      const ofType = included.filter((debit) => debit.sequenceType === sequenceType);
      return { sequenceType, count: ofType.length, totalCents: ofType.reduce((sum, debit) => sum + debit.amountCents, 0) };
    })
    .filter((group) => group.count > 0);
  return {
    ...presentRunSummary(run),
    debits,
    groups,
    excludedCount: debits.length - included.length,
    ...(added === undefined ? {} : { added }),
  };
}
