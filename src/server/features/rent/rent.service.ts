import { parisDate } from '../../../domain/calendar.ts';
import { displayName } from '../../../domain/person-name.ts';
import { paidByMonth } from '../../../domain/rent-receipts.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import { personDocumentCopies } from '../ledger/ledger.repository.ts';
import { issueRentCalls, periodOf, type RentDependencies } from './rent.calls.ts';
import { issueRentReceipts } from './rent.receipts.ts';
import {
  callsOf,
  findAgencyCall,
  findParties,
  isTenantToday,
  listAgencyCalls,
  paymentsOf,
  type RentCallRow,
  receiptsOf,
  tenantsOf,
} from './rent.repository.ts';
import type { StaffRentCall, TenantRentMonth } from './rent.schema.ts';

type Staff = Extract<Viewer, { kind: 'staff' }>;
type Client = Extract<Viewer, { kind: 'client' }>;

const noCall = () => new AppError('NOT_FOUND', "Cet appel de loyer n'existe pas.");
const noAccount = () => new AppError('NOT_FOUND', "Ce compte n'existe pas ou ne fait pas partie de vos biens.");

const statusOf = (call: RentCallRow, paid: number) =>
  paid >= call.rentCents + call.chargesCents ? ('paid' as const) : paid > 0 ? ('partial' as const) : ('unpaid' as const);

/** Rent of the agency's leases: the monthly calls, what was paid on them, quittances and receipts. */
export class RentService {
  constructor(private readonly deps: RentDependencies) {}

  async call(viewer: Staff, month: string, evidence: Evidence, now = new Date()) {
    const counts = await issueRentCalls(
      this.deps,
      viewer.agencyId,
      periodOf(month),
      { staffMemberId: viewer.staffMemberId, accountId: viewer.accountId },
      now,
    );
    await recordAuditEvent(this.deps.db, {
      accountId: viewer.accountId,
      action: 'rent_calls.run',
      targetType: 'agency',
      targetId: viewer.agencyId,
      ...evidence,
      details: { month, ...counts },
    });
    return counts;
  }

  async runReceipts(viewer: Staff, now = new Date()) {
    return issueRentReceipts(this.deps.db, this.deps.storage, now, viewer.agencyId);
  }

  /** How much of each call is paid, the lease's payments settling its oldest months first. */
  private async paidOf(leaseIds: string[]) {
    const [calls, payments] = await Promise.all([callsOf(this.deps.db, leaseIds), paymentsOf(this.deps.db, leaseIds)]);
    const paid = new Map<string, number>();
    for (const leaseId of leaseIds) {
      const settled = paidByMonth(
        calls.filter((call) => call.leaseId === leaseId),
        payments
          .filter((payment) => payment.leaseId === leaseId)
          .map((payment) => ({ id: payment.entryId, date: payment.date, amountCents: payment.amountCents })),
      );
      for (const [id, cents] of settled) paid.set(id, cents);
    }
    return { paid, calls };
  }

  async list(viewer: Staff, month: string): Promise<{ month: string; calls: StaffRentCall[] }> {
    const { db } = this.deps;
    const rows = await listAgencyCalls(db, viewer.agencyId, periodOf(month));
    const leaseIds = [...new Set(rows.map((row) => row.call.leaseId))];
    const [{ paid }, tenants, receipts] = await Promise.all([
      this.paidOf(leaseIds),
      tenantsOf(db, leaseIds),
      receiptsOf(
        db,
        rows.map((row) => row.call.id),
      ),
    ]);
    const parties = await findParties(db, viewer.agencyId, [...tenants.values()].flat());
    return {
      month,
      calls: rows.map((row) => {
        const paidCents = paid.get(row.call.id) ?? 0;
        const mine = receipts.filter((receipt) => receipt.rentCallId === row.call.id);
        return {
          id: row.call.id,
          periodStart: row.call.periodStart,
          dueDate: row.call.dueDate,
          leaseReference: row.leaseReference,
          unitReference: row.unitReference,
          address: [row.addressLine1, `${row.postalCode ?? ''} ${row.city ?? ''}`.trim()].filter(Boolean).join(', '),
          tenants: (tenants.get(row.call.leaseId) ?? []).flatMap((id) => {
            const party = parties.get(id);
            return party ? [displayName(party)] : [];
          }),
          rentCents: row.call.rentCents,
          chargesCents: row.call.chargesCents,
          paidCents,
          status: statusOf(row.call, paidCents),
          quittanceIssued: mine.some((receipt) => receipt.kind === 'quittance'),
          receiptCount: mine.filter((receipt) => receipt.kind === 'receipt').length,
        };
      }),
    };
  }

  async detail(viewer: Staff, rentCallId: string): Promise<StaffRentCall> {
    const found = await findAgencyCall(this.deps.db, viewer.agencyId, rentCallId);
    if (!found) throw noCall();
    const month = found.call.periodStart.slice(0, 7);
    const call = (await this.list(viewer, month)).calls.find((item) => item.id === rentCallId);
    if (!call) throw noCall();
    return call;
  }

  /**
   * "Avis d'échéance et quittances" of a tenant's account: the lease's months, shared by its co-tenants, each with
   * the viewer's own copy of the notice and of what acknowledged their payments.
   */
  async tenantMonths(viewer: Client, account: string, now = new Date()): Promise<{ account: string; months: TenantRentMonth[] }> {
    const { db } = this.deps;
    const [kind, leaseId] = account.split(':');
    if (kind !== 'tenant' || !leaseId || !/^[0-9a-f-]{36}$/i.test(leaseId)) throw noAccount();
    if (!(await isTenantToday(db, viewer.personId, leaseId, parisDate(now)))) throw noAccount();
    const { paid, calls } = await this.paidOf([leaseId]);
    const receipts = await receiptsOf(
      db,
      calls.map((call) => call.id),
    );
    const copies = await personDocumentCopies(db, viewer.personId, [
      ...calls.flatMap((call) => (call.documentId ? [call.documentId] : [])),
      ...receipts.flatMap((receipt) => (receipt.documentId ? [receipt.documentId] : [])),
    ]);
    const copyOf = (documentId: string | null) => (documentId ? (copies.get(documentId) ?? null) : null);
    return {
      account,
      months: [...calls]
        .sort((a, b) => b.periodStart.localeCompare(a.periodStart))
        .map((call) => {
          const paidCents = paid.get(call.id) ?? 0;
          return {
            id: call.id,
            periodStart: call.periodStart,
            dueDate: call.dueDate,
            rentCents: call.rentCents,
            chargesCents: call.chargesCents,
            paidCents,
            status: statusOf(call, paidCents),
            noticeDocumentId: copyOf(call.documentId),
            receipts: receipts
              .filter((receipt) => receipt.rentCallId === call.id)
              .sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime())
              .map((receipt) => ({
                kind: receipt.kind,
                amountCents: receipt.amountCents,
                issuedAt: receipt.issuedAt.toISOString(),
                documentId: copyOf(receipt.documentId),
              })),
          };
        }),
    };
  }
}
