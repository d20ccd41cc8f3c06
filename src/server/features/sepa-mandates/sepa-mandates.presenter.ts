import { maskIban } from '../../../domain/iban.ts';
import type { Executor } from '../../db/client.ts';
import type { SentChallenge } from '../../platform/sms-challenges/sms-challenges.ts';
import { listDirectDebits, type MandateRow } from './sepa-mandates.repository.ts';
import type { Mandate } from './sepa-mandates.schema.ts';

export const presentChallenge = (sent: SentChallenge) => ({
  challengeId: sent.challengeId,
  sentTo: sent.sentTo,
  expiresAt: sent.expiresAt.toISOString(),
  resendAfter: sent.resendAfter.toISOString(),
});

/** Mandates as the person sees them: the IBAN masked, with the collections still to come. */
export async function presentMandates(db: Executor, rows: MandateRow[]): Promise<Mandate[]> {
  const debits = await listDirectDebits(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({
    id: row.id,
    accountKey: row.condominiumId ? `coOwner:${row.condominiumId}` : row.leaseId ? `tenant:${row.leaseId}` : null,
    reference: row.mandateReference,
    mode: row.mode,
    sequence: row.sequence,
    status: row.status,
    debtorName: row.debtorName,
    ibanMasked: maskIban(row.iban),
    bic: row.bic,
    signedAt: row.signedAt.toISOString(),
    signaturePlace: row.signaturePlace,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    documentId: row.documentId,
    scheduledDebits: debits
      .filter((debit) => debit.mandateId === row.id)
      .sort((a, b) => a.collectionDate.localeCompare(b.collectionDate))
      .map((debit) => ({
        amountCents: debit.amountCents,
        collectionDate: debit.collectionDate,
        status: debit.status,
        sequenceType: debit.sequenceType,
      })),
  }));
}
