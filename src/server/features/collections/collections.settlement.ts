/**
 * What the bank tells us after a collection file: a direct debit was paid (the bank's confirmation, or a credit
 * line of a statement), or it came back (an R-transaction with its reason code). Both are used by the staff
 * routes of this feature and by the bank statement import; both run inside the caller's transaction and are
 * idempotent, since a statement may be imported twice and a return entered by hand then read from the bank.
 */
import { parisInstant } from '../../../domain/calendar.ts';
import { displayName } from '../../../domain/person-name.ts';
import { newEndToEndId, nextSequenceType, normaliseCreditorIdentifier } from '../../../domain/sepa.ts';
import { representationDate, returnReason } from '../../../domain/sepa-returns.ts';
import type { Executor } from '../../db/client.ts';
import { AppError } from '../../platform/errors.ts';
import { Outbox } from '../../platform/messaging/outbox.ts';
import { condominiumLedger, postEntry, rentalLedger } from '../ledger/ledger.repository.ts';
import { queueReturnNotice } from './collections.emails.ts';
import {
  deleteUnsentDebits,
  findDebtorContact,
  findEntry,
  findRepresentation,
  hasPaidDebit,
  insertRepresentation,
  lapseMandate,
  lockDebitByEndToEndId,
  lockDebitsByIds,
  markMandateCollected,
  type SettlementDebit,
  setDebitPaid,
  setDebitReturned,
  settleAnsweredRuns,
} from './collections.settlement.repository.ts';

export interface SettlementOptions {
  /**
   * Where the debtor's email is queued. Pass the app's outbox (AppContext.outbox): without it the email is
   * queued as pending for delivery, which is right outside demo mode only.
   */
  outbox?: Outbox;
}

const paymentId = (debitId: string) => `direct-debit:${debitId}`;
const reversalId = (debitId: string) => `direct-debit-return:${debitId}`;

/** The person's account the collection pays: 4501 in the condominium's books, or 411 of the lease. */
async function accountOf(tx: Executor, debit: SettlementDebit) {
  if (debit.condominiumId) {
    return {
      ledgerId: await condominiumLedger(tx, debit.condominiumId),
      line: { accountCode: '4501', personId: debit.personId },
    };
  }
  if (debit.leaseId) {
    return {
      ledgerId: await rentalLedger(tx, debit.agencyId),
      line: { accountCode: '411', personId: debit.personId, leaseId: debit.leaseId, managedUnitId: debit.managedUnitId },
    };
  }
  throw new Error(`mandate ${debit.mandateId} pays neither a condominium nor a lease`);
}

const entryLabel = (debit: SettlementDebit) => `Prélèvement SEPA — ${debit.remittanceInformation}`.slice(0, 200);

/**
 * Each submitted debit becomes paid and is posted (journal PR: debit 512 / credit the debtor's account), and its
 * mandate records the collection. Debits already paid are left as they are (their entry is still returned);
 * debits never sent to the bank, or returned, are ignored. `paid` counts the debits this call settled;
 * `entryIds` are the payment entries of every given debit that is paid afterwards. A run none of whose debits
 * is still waiting for the bank becomes settled.
 */
export async function markDirectDebitsPaid(
  tx: Executor,
  input: { directDebitIds: string[]; paidOn: string },
): Promise<{ paid: number; entryIds: string[] }> {
  const debits = await lockDebitsByIds(tx, [...new Set(input.directDebitIds)]);
  let paid = 0;
  const entryIds: string[] = [];
  for (const debit of debits) {
    if (debit.status !== 'submitted' && debit.status !== 'paid') continue;
    const account = await accountOf(tx, debit);
    const { entryId } = await postEntry(
      tx,
      {
        ledgerId: account.ledgerId,
        journal: 'PR',
        entryDate: input.paidOn,
        label: entryLabel(debit),
        source: 'palier',
        externalId: paymentId(debit.id),
      },
      [
        { accountCode: '512', label: entryLabel(debit), debitCents: debit.amountCents, creditCents: 0 },
        { ...account.line, label: entryLabel(debit), debitCents: 0, creditCents: debit.amountCents },
      ],
    );
    entryIds.push(entryId);
    if (debit.status === 'submitted') {
      await setDebitPaid(tx, debit.id);
      await markMandateCollected(tx, debit.mandateId, input.paidOn);
      paid += 1;
    }
  }
  await settleAnsweredRuns(tx, [...new Set(debits.flatMap((debit) => (debit.collectionRunId ? [debit.collectionRunId] : [])))]);
  return { paid, entryIds };
}

/**
 * A collection came back. Null when no debit has that end-to-end id. The same return recorded twice changes
 * nothing and answers the same. A debit never sent to the bank cannot come back: 409.
 */
export async function recordDirectDebitReturn(
  tx: Executor,
  input: { endToEndId: string; reasonCode: string; returnedOn: string },
  options: SettlementOptions = {},
): Promise<{ directDebitId: string; representedDebitId: string | null } | null> {
  const debit = await lockDebitByEndToEndId(tx, input.endToEndId.trim());
  if (!debit) return null;
  if (debit.status === 'returned') return { directDebitId: debit.id, representedDebitId: await findRepresentation(tx, debit.id) };
  if (debit.status !== 'submitted' && debit.status !== 'paid') throw new AppError('DIRECT_DEBIT_NOT_SUBMITTED');

  const reason = returnReason(input.reasonCode);
  const account = await accountOf(tx, debit);
  // A reject before settlement was never posted: there is nothing to reverse.
  const payment = await findEntry(tx, account.ledgerId, paymentId(debit.id));
  if (payment) {
    const label = `Rejet de prélèvement (${reason.code}) — ${debit.remittanceInformation}`.slice(0, 200);
    await postEntry(
      tx,
      {
        ledgerId: account.ledgerId,
        journal: 'PR',
        entryDate: input.returnedOn,
        label,
        source: 'palier',
        externalId: reversalId(debit.id),
      },
      [
        { ...account.line, label, debitCents: debit.amountCents, creditCents: 0 },
        { accountCode: '512', label, debitCents: 0, creditCents: debit.amountCents },
      ],
    );
  }
  await setDebitReturned(tx, debit.id, reason.code, parisInstant(input.returnedOn, '12:00'));

  if (reason.lapsesMandate) {
    await lapseMandate(tx, debit.mandateId);
    await deleteUnsentDebits(tx, debit.mandateId);
  }
  const newDate = debit.mandateStatus === 'active' ? representationDate(reason.code, input.returnedOn) : null;
  let representedDebitId: string | null = null;
  if (newDate) {
    // A collection paid then returned was presented: the mandate is in use (RCUR). One rejected before
    // settlement was not, and a recurrent mandate's first collection is still to come (FRST).
    const presented = debit.status === 'paid' || (await hasPaidDebit(tx, debit.mandateId));
    representedDebitId = await insertRepresentation(tx, {
      mandateId: debit.mandateId,
      amountCents: debit.amountCents,
      collectionDate: newDate,
      sequenceType: nextSequenceType(debit.mandateSequence, presented),
      endToEndId: newEndToEndId(),
      remittanceInformation: debit.remittanceInformation,
      status: 'scheduled',
      representsDebitId: debit.id,
    });
  }

  const contact = await findDebtorContact(tx, debit.personId, debit.creditorAccountId);
  if (contact?.email) {
    await queueReturnNotice(tx, options.outbox ?? new Outbox({ demoMode: false }), {
      agencyId: debit.agencyId,
      agencyName: contact.agencyName,
      to: contact.email,
      debtorName: displayName(contact),
      creditorName: contact.creditorName,
      creditorIdentifier: normaliseCreditorIdentifier(contact.creditorIdentifier ?? ''),
      mandateReference: debit.mandateReference,
      amountCents: debit.amountCents,
      collectionDate: debit.collectionDate,
      remittanceInformation: debit.remittanceInformation,
      reasonLabel: reason.label,
      representedOn: newDate,
    });
  }
  return { directDebitId: debit.id, representedDebitId };
}
