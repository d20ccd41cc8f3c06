import { addMonths, firstOfMonth, formatCalendarDate, parisDate, parseCalendarDate } from '../../../domain/calendar.ts';
import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { discardFiles } from '../../platform/storage/stored-files.ts';
import { postEntry, rentalLedger } from '../ledger/ledger.repository.ts';
import { monthLabel, noticeTitle, renderRentNotice } from './rent.pdf.ts';
import { publishToTenants, rentParties, storePdf } from './rent.publish.ts';
import {
  findAgency,
  findParties,
  findRentalBankAccount,
  insertRentCall,
  leaseBalances,
  leasesToCall,
  leasesWithAutomaticDebit,
  linkRentCall,
  listRentalAgencyIds,
  tenantsOf,
} from './rent.repository.ts';

export interface RentDependencies {
  db: Database;
  storage: FileStorage;
}

export interface CallCounts {
  /** Leases called by this run. */
  called: number;
  /** Leases in force whose month had already been called (by an earlier or a concurrent run). */
  alreadyCalled: number;
  totalCents: number;
}

export interface IssuedBy {
  staffMemberId: string;
  accountId: string;
}

/** "2026-12" → "2026-12-01". */
export const periodOf = (month: string) => `${month}-01`;

/** The due date: the lease's payment day of the month called (terme à échoir). */
export const dueDateOf = (periodStart: string, paymentDay: number) =>
  formatCalendarDate({ ...parseCalendarDate(periodStart), day: Math.min(Math.max(paymentDay, 1), 28) });

/**
 * Calls one month's rent of every lease of the agency in force on its first day, once: per lease, the call row
 * (unique per lease and month: a second or concurrent run inserts nothing and goes on), the "LO" entry of the
 * rental ledger, the avis d'échéance published to each tenant and their notification — in one transaction per
 * lease, so a failure leaves that lease uncalled and the others called.
 */
export async function issueRentCalls(
  deps: RentDependencies,
  agencyId: string,
  periodStart: string,
  issuedBy: IssuedBy | null,
  now = new Date(),
): Promise<CallCounts> {
  const { db, storage } = deps;
  const agency = await findAgency(db, agencyId);
  if (!agency) throw new Error(`no agency ${agencyId}`);
  const leases = await leasesToCall(db, agencyId, periodStart);
  const counts: CallCounts = { called: 0, alreadyCalled: 0, totalCents: 0 };
  if (leases.length === 0) return counts;
  const leaseIds = leases.map((lease) => lease.leaseId);
  const [tenants, bank, automatic, balances] = await Promise.all([
    tenantsOf(db, leaseIds),
    findRentalBankAccount(db, agencyId),
    leasesWithAutomaticDebit(db, leaseIds),
    leaseBalances(db, leaseIds),
  ]);
  const parties = await findParties(db, agencyId, [
    ...new Set([...leases.map((lease) => lease.landlordId), ...[...tenants.values()].flat()]),
  ]);
  const issuedOn = parisDate(now);
  const year = Number(periodStart.slice(0, 4));
  const month = monthLabel(periodStart);

  for (const lease of leases) {
    const tenantIds = tenants.get(lease.leaseId) ?? [];
    const firstTenant = tenantIds[0];
    if (!firstTenant) continue;
    const dueDate = dueDateOf(periodStart, lease.paymentDay);
    const total = lease.rentCents + lease.chargesCents;
    const pdf = await renderRentNotice({
      ...rentParties(agency, lease, tenantIds, parties),
      periodStart,
      dueDate,
      issuedOn,
      rentCents: lease.rentCents,
      chargesCents: lease.chargesCents,
      // The ledger's balance is the tenant's side (negative = owes); the notice prints what is owed.
      previousBalanceCents: 0 - (balances.get(lease.leaseId) ?? 0),
      bank: bank ?? null,
      automaticDebit: automatic.has(lease.leaseId),
    });
    const file = await storePdf(
      storage,
      'rent-calls',
      `avis-echeance-${periodStart.slice(0, 7)}-${lease.leaseReference}.pdf`.toLowerCase(),
      pdf,
    );
    try {
      const created = await db.transaction(async (tx) => {
        const call = await insertRentCall(tx, {
          id: globalThis.crypto.randomUUID(),
          leaseId: lease.leaseId,
          periodStart,
          dueDate,
          rentCents: lease.rentCents,
          chargesCents: lease.chargesCents,
          issuedByStaffId: issuedBy?.staffMemberId ?? null,
        });
        if (!call) return false;
        const documentId = await publishToTenants(tx, {
          agencyId,
          tenantIds,
          managedUnitId: lease.managedUnitId,
          kind: 'Avis d’échéance',
          title: noticeTitle(periodStart),
          year,
          pdf: pdf,
          file,
          now,
          staffMemberId: issuedBy?.staffMemberId ?? null,
          notification: `${formatEuros(total)} à régler le ${frenchDate(dueDate)}.`,
        });
        let entryId: string | null = null;
        if (total > 0) {
          const ledgerId = await rentalLedger(tx, agencyId);
          const unit = { managedUnitId: lease.managedUnitId };
          const label = `Loyer ${month}`;
          ({ entryId } = await postEntry(
            tx,
            {
              ledgerId,
              journal: 'LO',
              entryDate: dueDate,
              label,
              source: 'palier',
              externalId: `rent-call:${call.id}`,
              documentId,
            },
            [
              { accountCode: '411', personId: firstTenant, leaseId: lease.leaseId, ...unit, label, debitCents: total },
              ...(lease.rentCents > 0
                ? [{ accountCode: '4671', personId: lease.landlordId, ...unit, label: 'Loyer', creditCents: lease.rentCents }]
                : []),
              ...(lease.chargesCents > 0
                ? [
                    {
                      accountCode: '4671',
                      personId: lease.landlordId,
                      ...unit,
                      label: 'Provision sur charges',
                      creditCents: lease.chargesCents,
                    },
                  ]
                : []),
            ],
          ));
        }
        await linkRentCall(tx, call.id, entryId, documentId);
        if (issuedBy)
          await recordAuditEvent(tx, {
            accountId: issuedBy.accountId,
            action: 'rent_call.issued',
            targetType: 'rent_call',
            targetId: call.id,
            details: { leaseId: lease.leaseId, periodStart, totalCents: total },
          });
        return true;
      });
      if (created) {
        counts.called += 1;
        counts.totalCents += total;
      } else {
        counts.alreadyCalled += 1;
        await discardFiles(storage, [file]).catch(() => undefined);
      }
    } catch (error) {
      await discardFiles(storage, [file]).catch(() => undefined);
      throw error;
    }
  }
  return counts;
}

/**
 * The monthly job (the 20th): next month's rent of every rental agency, called ahead of its due date so the
 * notice arrives in time. Safe to repeat: what is called already is skipped.
 */
export async function callNextMonthRent(deps: RentDependencies, now: Date): Promise<{ emails: number; called: number }> {
  const periodStart = addMonths(firstOfMonth(parisDate(now)), 1);
  let called = 0;
  for (const agencyId of await listRentalAgencyIds(deps.db)) {
    called += (await issueRentCalls(deps, agencyId, periodStart, null, now)).called;
  }
  return { emails: 0, called };
}
