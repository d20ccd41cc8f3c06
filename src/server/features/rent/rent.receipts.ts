import { parisDate } from '../../../domain/calendar.ts';
import { formatEuros } from '../../../domain/money.ts';
import { type Acknowledgement, settleRent } from '../../../domain/rent-receipts.ts';
import type { Database } from '../../db/client.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { discardFiles } from '../../platform/storage/stored-files.ts';
import { monthLabel, quittanceTitle, receiptTitle, renderRentAcknowledgement } from './rent.pdf.ts';
import { publishToTenants, rentParties, storePdf } from './rent.publish.ts';
import {
  callsOf,
  findAgency,
  findParties,
  insertRentReceipt,
  leasesAwaitingQuittance,
  linkRentReceipt,
  paymentsOf,
  receiptsOf,
  tenantsOf,
} from './rent.repository.ts';

export interface ReceiptCounts {
  quittances: number;
  receipts: number;
}

/**
 * Gives each lease's tenants what their payments earned (src/domain/rent-receipts.ts): a quittance for each month
 * paid in full, a receipt per payment for a month paid in part. Only leases with a month still without quittance
 * are looked at; what was issued already is skipped, and the unique indexes of rent_receipts make a concurrent
 * run insert nothing twice. A receipt issued before the month was paid in full stays: it was true when issued.
 */
export async function issueRentReceipts(
  db: Database,
  storage: FileStorage,
  now = new Date(),
  agencyId?: string,
): Promise<ReceiptCounts> {
  const counts: ReceiptCounts = { quittances: 0, receipts: 0 };
  const leases = await leasesAwaitingQuittance(db, agencyId);
  if (leases.length === 0) return counts;
  const leaseIds = leases.map((lease) => lease.leaseId);
  const [calls, payments, tenants] = await Promise.all([
    callsOf(db, leaseIds),
    paymentsOf(db, leaseIds),
    tenantsOf(db, leaseIds),
  ]);
  const existing = await receiptsOf(
    db,
    calls.map((call) => call.id),
  );
  const issued = new Set(existing.map((row) => `${row.rentCallId}:${row.kind}:${row.paymentEntryId ?? ''}`));
  const keyOf = (item: Acknowledgement) => `${item.callId}:${item.kind}:${item.kind === 'receipt' ? item.paymentId : ''}`;
  const issuedOn = parisDate(now);
  const agencies = new Map<string, Awaited<ReturnType<typeof findAgency>>>();

  for (const lease of leases) {
    const leaseCalls = calls.filter((call) => call.leaseId === lease.leaseId);
    const leasePayments = payments.filter((payment) => payment.leaseId === lease.leaseId);
    const due = settleRent(
      leaseCalls.map((call) => ({
        id: call.id,
        periodStart: call.periodStart,
        rentCents: call.rentCents,
        chargesCents: call.chargesCents,
      })),
      leasePayments.map((payment) => ({ id: payment.entryId, date: payment.date, amountCents: payment.amountCents })),
    ).filter((item) => !issued.has(keyOf(item)));
    if (due.length === 0) continue;
    const tenantIds = tenants.get(lease.leaseId) ?? [];
    if (tenantIds.length === 0) continue;
    if (!agencies.has(lease.agencyId)) agencies.set(lease.agencyId, await findAgency(db, lease.agencyId));
    const agency = agencies.get(lease.agencyId);
    if (!agency) continue;
    const parties = rentParties(
      agency,
      lease,
      tenantIds,
      await findParties(db, lease.agencyId, [lease.landlordId, ...tenantIds]),
    );

    for (const item of due) {
      const call = leaseCalls.find((candidate) => candidate.id === item.callId);
      if (!call) continue;
      const payment =
        item.kind === 'receipt' ? leasePayments.find((candidate) => candidate.entryId === item.paymentId) : undefined;
      const quittance = item.kind === 'quittance';
      const pdf = await renderRentAcknowledgement({
        ...parties,
        kind: item.kind,
        periodStart: call.periodStart,
        issuedOn,
        amountCents: item.amountCents,
        rentCents: item.rentCents,
        chargesCents: item.chargesCents,
        monthRentCents: call.rentCents,
        monthChargesCents: call.chargesCents,
        paidOn: payment?.date ?? null,
      });
      const name = `${quittance ? 'quittance' : 'recu'}-${call.periodStart.slice(0, 7)}-${lease.leaseReference}${payment ? `-${payment.date}` : ''}.pdf`;
      const file = await storePdf(storage, 'rent-receipts', name.toLowerCase(), pdf);
      try {
        const created = await db.transaction(async (tx) => {
          const row = await insertRentReceipt(tx, {
            id: globalThis.crypto.randomUUID(),
            rentCallId: call.id,
            kind: item.kind,
            amountCents: item.amountCents,
            rentCents: item.rentCents,
            chargesCents: item.chargesCents,
            paymentEntryId: item.kind === 'receipt' ? item.paymentId : null,
          });
          if (!row) return false;
          const documentId = await publishToTenants(tx, {
            agencyId: lease.agencyId,
            tenantIds,
            managedUnitId: lease.managedUnitId,
            kind: quittance ? 'Quittance' : 'Reçu',
            title: quittance ? quittanceTitle(call.periodStart) : receiptTitle(call.periodStart),
            year: Number(call.periodStart.slice(0, 4)),
            pdf,
            file,
            now,
            staffMemberId: null,
            notification: quittance
              ? `Votre quittance de ${monthLabel(call.periodStart)} (${formatEuros(item.amountCents)}) est disponible.`
              : `Reçu de votre paiement de ${formatEuros(item.amountCents)} pour ${monthLabel(call.periodStart)}.`,
          });
          // The row is written first so that the unique index decides; the document is linked once published.
          await linkRentReceipt(tx, row.id, documentId);
          return true;
        });
        if (created) {
          if (quittance) counts.quittances += 1;
          else counts.receipts += 1;
        } else await discardFiles(storage, [file]).catch(() => undefined);
      } catch (error) {
        await discardFiles(storage, [file]).catch(() => undefined);
        throw error;
      }
    }
  }
  return counts;
}
