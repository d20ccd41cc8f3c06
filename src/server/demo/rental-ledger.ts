import { randomUUID } from 'node:crypto';
import { addDays, addMonths, firstOfMonth } from '../../domain/calendar.ts';
import { frenchDate } from '../../domain/french-dates.ts';
import { displayName } from '../../domain/person-name.ts';
import { settleRent } from '../../domain/rent-receipts.ts';
import { frenchCreditorIdentifier } from '../../domain/sepa.ts';
import type { Executor } from '../db/client.ts';
import { bankAccounts, ledgerEntries, ledgerLines, ledgers, rentCalls, rentReceipts } from '../db/schema/index.ts';
import { dueDateOf } from '../features/rent/rent.calls.ts';
import { monthLabel, noticeTitle, renderRentNotice } from '../features/rent/rent.pdf.ts';
import { publishToTenants, type StoredPdf, storePdf } from '../features/rent/rent.publish.ts';
import type { RenderedPdf } from '../platform/pdf/pdf-document.ts';
import type { FileStorage } from '../platform/storage/file-storage.ts';
import type { DemoBatch } from './batch.ts';
import { seededRandom } from './people.ts';
import type { RentalDemo } from './rental.ts';

/**
 * The rental books of ImmoCity Paris Suffren from January 2024 to this month: every lease's monthly call ("LO":
 * 411 tenant / 4671 GERASCO, rent and charges apart) with its rent_calls row, and the tenants' transfers ("BQ":
 * 512 / 411). Most tenants pay on the 3rd; a few pay late, one pays part of a month and one is behind on the last
 * month. Quittances and receipts follow the FIFO rule of src/domain/rent-receipts.ts as rows without PDFs, except
 * for LO300115, whose last three months link real documents (the demo's static quittances and avis d'échéance
 * printed here). LO300115 always pays on time and ends owing nothing.
 */

export const DEMO_RENTAL_BANK = {
  holder: 'ImmoCity Paris Suffren — compte mandant gérance',
  iban: 'FR1420041010050500013M02606',
  bic: 'PSSTFRPPPAR',
  creditorId: frenchCreditorIdentifier('778899'),
} as const;

export const DEMO_TENANT_REFERENCE = 'LO300115';
export const DEMO_TENANT_BALANCE_CENTS = 0;
const FIRST_PERIOD = '2024-01-01';
const RENTAL_SEED = 20_240_101;

type EntryRow = typeof ledgerEntries.$inferInsert & { id: string };
type LineRow = typeof ledgerLines.$inferInsert;
type CallRow = typeof rentCalls.$inferInsert & { id: string };
type ReceiptRow = typeof rentReceipts.$inferInsert;

interface NoticeToPrint {
  callId: string;
  entryId: string;
  leaseId: string;
  managedUnitId: string;
  periodStart: string;
  tenantIds: string[];
  build: () => Promise<RenderedPdf>;
}

export interface RentalLedgerPlan {
  ledger: typeof ledgers.$inferInsert & { id: string };
  entries: EntryRow[];
  lines: LineRow[];
  calls: CallRow[];
  receipts: ReceiptRow[];
  notices: NoticeToPrint[];
  agencyId: string;
}

/** How each lease pays: on the 3rd, late (same month), a month paid in part, or the last month still owed. */
type Habit = 'on_time' | 'late' | 'partial' | 'behind';

/**
 * The months of the demo's static quittances (documents/lease.ts: the last three months paid, the rent being paid
 * by the 5th), in the order of their ids.
 */
export function staticQuittanceMonths(today: string): string[] {
  const latest = Number(today.slice(8, 10)) > 5 ? firstOfMonth(today) : addMonths(firstOfMonth(today), -1);
  return [-2, -1, 0].map((offset) => addMonths(latest, offset));
}

export function planRentalLedger(
  batch: DemoBatch,
  rental: RentalDemo,
  today: string,
  staticQuittanceIds: string[],
): RentalLedgerPlan {
  const staticQuittances = staticQuittanceMonths(today).flatMap((periodStart, index) => {
    const documentId = staticQuittanceIds[index];
    return documentId ? [{ periodStart, documentId }] : [];
  });
  const random = seededRandom(RENTAL_SEED);
  const ledgerId = randomUUID();
  const plan: RentalLedgerPlan = {
    ledger: {
      id: ledgerId,
      agencyId: rental.agencyId,
      kind: 'rental',
      condominiumId: null,
      name: 'Gérance — ImmoCity Paris Suffren',
    },
    entries: [],
    lines: [],
    calls: [],
    receipts: [],
    notices: [],
    agencyId: rental.agencyId,
  };
  const demoTenantId = batch.clientReferences.find((row) => row.reference === DEMO_TENANT_REFERENCE)?.personId;
  const lastPeriod = firstOfMonth(today);
  const quittanceByMonth = new Map(staticQuittances.map((item) => [item.periodStart, item.documentId]));
  const printedMonths = new Set(staticQuittances.map((item) => item.periodStart));
  const agency = batch.agencies.find((row) => row.id === rental.agencyId);
  const landlord = batch.persons.find((row) => row.id === rental.landlordId);
  const nameOf = (personId: string) => {
    const person = batch.persons.find((row) => row.id === personId);
    return person
      ? displayName({
          civility: person.civility,
          firstName: person.firstName ?? null,
          lastName: person.lastName ?? null,
          companyName: person.companyName ?? null,
        })
      : '';
  };
  const referenceOf = (personId: string) =>
    batch.clientReferences.find((row) => row.personId === personId && row.agencyId === rental.agencyId)?.reference ?? null;

  const leases = [...batch.leases].filter((lease) => lease.managedUnitId && rental.managedUnitIds.includes(lease.managedUnitId));
  leases.forEach((lease, index) => {
    const leaseId = lease.id ?? '';
    const tenantIds = batch.leaseTenants.filter((row) => row.leaseId === leaseId).map((row) => row.personId);
    const firstTenant = tenantIds[0];
    if (!firstTenant) return;
    const demoTenant = tenantIds.includes(demoTenantId ?? '');
    const habits: Habit[] = ['on_time', 'on_time', 'on_time', 'late', 'on_time', 'partial', 'on_time', 'behind'];
    const habit: Habit = demoTenant ? 'on_time' : (habits[index % habits.length] ?? 'on_time');
    const rent = lease.monthlyRentCents;
    const charges = lease.monthlyChargesCents;
    const total = rent + charges;
    const unit = { managedUnitId: lease.managedUnitId };
    const monthCalls: { id: string; periodStart: string; rentCents: number; chargesCents: number }[] = [];
    const payments: { id: string; date: string; amountCents: number }[] = [];
    let balance = 0;

    for (let period = FIRST_PERIOD; period <= lastPeriod; period = addMonths(period, 1)) {
      const startsBy =
        firstOfMonth(lease.startDate) === lease.startDate ? lease.startDate : firstOfMonth(addMonths(lease.startDate, 1));
      if (startsBy > period || (lease.endDate && lease.endDate <= period)) continue;
      const callId = randomUUID();
      const entryId = randomUUID();
      const dueDate = dueDateOf(period, lease.paymentDay ?? 1);
      const label = `Loyer ${monthLabel(period)}`;
      plan.entries.push({
        id: entryId,
        ledgerId,
        journal: 'LO',
        entryDate: dueDate,
        label,
        source: 'palier',
        externalId: `rent-call:${callId}`,
      });
      plan.lines.push(
        { entryId, accountCode: '411', personId: firstTenant, leaseId, ...unit, label, debitCents: total, creditCents: 0 },
        { entryId, accountCode: '4671', personId: rental.landlordId, ...unit, label: 'Loyer', debitCents: 0, creditCents: rent },
        ...(charges > 0
          ? [
              {
                entryId,
                accountCode: '4671',
                personId: rental.landlordId,
                ...unit,
                label: 'Provision sur charges',
                debitCents: 0,
                creditCents: charges,
              },
            ]
          : []),
      );
      plan.calls.push({
        id: callId,
        leaseId,
        periodStart: period,
        dueDate,
        rentCents: rent,
        chargesCents: charges,
        entryId,
        issuedAt: new Date(`${addDays(period, -11)}T05:00:00Z`),
      });
      monthCalls.push({ id: callId, periodStart: period, rentCents: rent, chargesCents: charges });
      const previousBalance = 0 - balance;
      balance -= total;

      if (demoTenant && printedMonths.has(period)) {
        const letterheadAddress = [agency?.addressLine1 ?? '', `${agency?.postalCode ?? ''} ${agency?.city ?? ''}`.trim()];
        const managedUnit = batch.managedUnits.find((row) => row.id === lease.managedUnitId);
        const addressLines = [
          managedUnit?.addressLine1,
          managedUnit?.addressLine2,
          `${managedUnit?.postalCode ?? ''} ${managedUnit?.city ?? ''}`.trim(),
        ].filter((line): line is string => Boolean(line));
        plan.notices.push({
          callId,
          entryId,
          leaseId,
          managedUnitId: lease.managedUnitId,
          periodStart: period,
          tenantIds,
          build: () =>
            renderRentNotice({
              letterhead: {
                name: agency?.name ?? '',
                addressLines: letterheadAddress.filter(Boolean),
                phone: agency?.phone ?? null,
                email: agency?.email ?? null,
              },
              agencyName: agency?.name ?? '',
              landlord: landlord ? nameOf(landlord.id ?? '') : '',
              tenants: tenantIds.map((id) => ({ name: nameOf(id), reference: referenceOf(id) })),
              addressLines,
              unit: [managedUnit?.reference, ...addressLines].filter(Boolean).join(', '),
              leaseReference: lease.reference,
              periodStart: period,
              dueDate,
              issuedOn: addDays(period, -11),
              rentCents: rent,
              chargesCents: charges,
              previousBalanceCents: previousBalance,
              bank: { iban: DEMO_RENTAL_BANK.iban, bic: DEMO_RENTAL_BANK.bic, holderName: DEMO_RENTAL_BANK.holder },
              automaticDebit: false,
            }),
        });
      }

      // What the tenant paid for this month, and when (never after today).
      const isLast = period === lastPeriod;
      let paid = total;
      let paidOn = addDays(period, 2);
      if (habit === 'late') paidOn = addDays(period, 12 + Math.floor(random() * 10));
      if (habit === 'partial' && isLast) paid = Math.round((total * 0.6) / 100) * 100;
      if (habit === 'behind' && isLast) paid = 0;
      if (demoTenant) paidOn = addDays(period, Math.min(2, Math.max(0, Number(today.slice(8, 10)) - 1)));
      if (paid <= 0 || paidOn > today) continue;
      const paymentId = randomUUID();
      plan.entries.push({
        id: paymentId,
        ledgerId,
        journal: 'BQ',
        entryDate: paidOn,
        label: `Virement ${nameOf(firstTenant)}`,
        source: 'palier',
        externalId: `demo-rent-payment:${leaseId}:${period}`,
      });
      plan.lines.push(
        { entryId: paymentId, accountCode: '512', label: 'Virement locataire', debitCents: paid, creditCents: 0 },
        {
          entryId: paymentId,
          accountCode: '411',
          personId: firstTenant,
          leaseId,
          ...unit,
          label: `Règlement du ${frenchDate(paidOn)}`,
          debitCents: 0,
          creditCents: paid,
        },
      );
      payments.push({ id: paymentId, date: paidOn, amountCents: paid });
      balance += paid;
    }

    for (const item of settleRent(monthCalls, payments)) {
      const period = monthCalls.find((call) => call.id === item.callId)?.periodStart ?? '';
      const documentId = demoTenant && item.kind === 'quittance' ? (quittanceByMonth.get(period) ?? null) : null;
      // The demo tenant's current month, when not among the static quittances, is left to the hourly job: it
      // prints a real quittance the first time it runs.
      if (demoTenant && item.kind === 'quittance' && !documentId && period >= (staticQuittances[0]?.periodStart ?? '')) continue;
      plan.receipts.push({
        rentCallId: item.callId,
        kind: item.kind,
        amountCents: item.amountCents,
        rentCents: item.rentCents,
        chargesCents: item.chargesCents,
        paymentEntryId: item.kind === 'receipt' ? item.paymentId : null,
        documentId,
        issuedAt: new Date(`${addDays(period, 4)}T06:30:00Z`),
      });
    }
  });
  return plan;
}

/** The demo tenant's avis d'échéance, printed and stored before the demo's transaction. */
export async function printDemoRentNotices(plan: RentalLedgerPlan, storage: FileStorage) {
  return Promise.all(
    plan.notices.map(async (notice) => {
      const pdf = await notice.build();
      const file: StoredPdf = await storePdf(storage, 'rent-calls', `avis-echeance-${notice.periodStart.slice(0, 7)}.pdf`, pdf);
      return { notice, pdf, file };
    }),
  );
}

/** Written in the demo's transaction, after the persons, leases and documents. */
export async function writeRentalLedger(
  tx: Executor,
  plan: RentalLedgerPlan,
  printed: Awaited<ReturnType<typeof printDemoRentNotices>>,
): Promise<void> {
  await tx.insert(ledgers).values(plan.ledger);
  // The agency's account for its landlords' money, with a valid ICS: tenants can sign a direct-debit mandate.
  await tx.insert(bankAccounts).values({
    agencyId: plan.agencyId,
    ledgerId: plan.ledger.id,
    holderName: DEMO_RENTAL_BANK.holder,
    iban: DEMO_RENTAL_BANK.iban,
    bic: DEMO_RENTAL_BANK.bic,
    creditorId: DEMO_RENTAL_BANK.creditorId,
  });
  const documentOfCall = new Map<string, string | null>();
  for (const { notice, pdf, file } of printed) {
    const documentId = await publishToTenants(tx, {
      agencyId: plan.agencyId,
      tenantIds: notice.tenantIds,
      managedUnitId: notice.managedUnitId,
      kind: 'Avis d’échéance',
      title: noticeTitle(notice.periodStart),
      year: Number(notice.periodStart.slice(0, 4)),
      pdf,
      file,
      now: new Date(`${addDays(notice.periodStart, -11)}T05:00:00Z`),
      staffMemberId: null,
      notification: noticeTitle(notice.periodStart),
      notify: false,
    });
    documentOfCall.set(notice.callId, documentId);
  }
  const entries = plan.entries.map((entry) => ({
    ...entry,
    documentId: documentOfCall.get(entry.externalId.replace('rent-call:', '')) ?? null,
  }));
  for (let start = 0; start < entries.length; start += 500)
    await tx.insert(ledgerEntries).values(entries.slice(start, start + 500));
  for (let start = 0; start < plan.lines.length; start += 1_000)
    await tx.insert(ledgerLines).values(plan.lines.slice(start, start + 1_000));
  const calls = plan.calls.map((call) => ({ ...call, documentId: documentOfCall.get(call.id) ?? null }));
  for (let start = 0; start < calls.length; start += 500) await tx.insert(rentCalls).values(calls.slice(start, start + 500));
  for (let start = 0; start < plan.receipts.length; start += 500)
    await tx.insert(rentReceipts).values(plan.receipts.slice(start, start + 500));
}
