import { addDays, parisDate, parseCalendarDate } from '../../../domain/calendar.ts';
import { frenchMonthName } from '../../../domain/french-dates.ts';
import { isValidCreditorIdentifier, newEndToEndId, nextSequenceType, randomReferencePart } from '../../../domain/sepa.ts';
import { isTargetBusinessDay } from '../../../domain/sepa-returns.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { AppContext } from '../../platform/http/types.ts';
import { accountBalance } from '../ledger/ledger.repository.ts';
import { notifyRunDebits } from './collections.notices.ts';
import { presentCreditorAccount, presentDebits, presentRunDetail, presentRunSummary } from './collections.presenter.ts';
import {
  attachWaitingDebits,
  clientReferencesOf,
  findAgencyDebit,
  findPreparedRun,
  findRun,
  insertDebits,
  insertRun,
  listAutomaticMandates,
  listCreditorAccounts,
  listRunDebits,
  listRuns,
  listWaitingDebits,
  lockCreditorAccount,
  lockRun,
  mandatesInRun,
  type NewDirectDebit,
  pendingCents,
  presentedMandates,
  updateRun,
} from './collections.repository.ts';
import type { RunDetail } from './collections.schema.ts';
import { markDirectDebitsPaid, recordDirectDebitReturn } from './collections.settlement.ts';

export type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

export const noRun = () => new AppError('NOT_FOUND', "Cette remise de prélèvements n'existe pas.");
const noDebit = () => new AppError('NOT_FOUND', "Ce prélèvement n'existe pas.");
const noAccount = () => new AppError('NOT_FOUND', "Ce compte bancaire n'existe pas.");

/** "Appel de fonds T1 2027 — CO100452" / "Loyer janvier 2027 — BAIL-1001": what the debtor's statement shows. */
export function remittanceFor(
  mandate: { condominiumId: string | null; leaseReference: string | null },
  collectionDate: string,
  clientReference: string | null,
): string {
  const { year, month } = parseCalendarDate(collectionDate);
  if (mandate.condominiumId) {
    const quarter = Math.ceil(month / 3);
    return clientReference ? `Appel de fonds T${quarter} ${year} — ${clientReference}` : `Appel de fonds T${quarter} ${year}`;
  }
  return `Loyer ${frenchMonthName(month)} ${year} — ${mandate.leaseReference ?? ''}`.replace(/ — $/, '');
}

/**
 * Collection runs (domain rules §5): what each automatic mandate owes on the run's date, the one-off collections
 * waiting, the pre-notifications, then the bank file (collections.file.ts) and the bank's answer.
 */
export class CollectionsService {
  constructor(private readonly context: AppContext) {}

  private get db() {
    return this.context.db;
  }

  async accounts(viewer: StaffViewer) {
    return { accounts: (await listCreditorAccounts(this.db, viewer.agencyId)).map(presentCreditorAccount) };
  }

  async list(viewer: StaffViewer) {
    const runs = await listRuns(this.db, viewer.agencyId);
    const waiting = await presentDebits(this.db, viewer.agencyId, await listWaitingDebits(this.db, viewer.agencyId));
    return { runs: runs.map(presentRunSummary), waiting };
  }

  async detail(viewer: StaffViewer, runId: string, added?: number): Promise<RunDetail> {
    const run = await findRun(this.db, viewer.agencyId, runId);
    if (!run) throw noRun();
    const debits = await presentDebits(this.db, viewer.agencyId, await listRunDebits(this.db, run.id));
    return presentRunDetail(run, debits, added);
  }

  /**
   * Prepares the run of one account and date, in one transaction: the run (or the one already prepared for
   * that account and date), a debit per automatic mandate with something due, the waiting one-off collections,
   * and the notices. What is already on its way is subtracted from what is due, so nobody is collected twice.
   */
  async createRun(
    viewer: StaffViewer,
    input: { bankAccountId: string; collectionDate: string },
    evidence: Evidence,
    now = new Date(),
  ): Promise<RunDetail> {
    const { collectionDate } = input;
    const noticeDays = this.context.config.directDebitNoticeDays;
    const earliest = addDays(parisDate(now), noticeDays);
    if (collectionDate < earliest)
      throw new AppError(
        'COLLECTION_DATE_TOO_SOON',
        `La date de prélèvement doit laisser au moins ${noticeDays} jours pour prévenir les débiteurs.`,
        { earliest },
      );
    if (!isTargetBusinessDay(collectionDate)) throw new AppError('COLLECTION_DATE_NOT_BUSINESS_DAY');

    const { runId, added } = await this.db.transaction(async (tx) => {
      const account = await lockCreditorAccount(tx, viewer.agencyId, input.bankAccountId);
      if (!account) throw noAccount();
      if (!account.creditorId || !isValidCreditorIdentifier(account.creditorId))
        throw new AppError('COLLECTION_ACCOUNT_UNUSABLE');
      const existing = await findPreparedRun(tx, account.id, collectionDate);
      const run =
        existing ??
        (await insertRun(tx, {
          agencyId: viewer.agencyId,
          creditorAccountId: account.id,
          collectionDate,
          messageId: `PAL-RUN-${collectionDate.replaceAll('-', '')}-${randomReferencePart(8)}`,
          status: 'prepared',
          createdByStaffId: viewer.staffMemberId,
        }));

      const mandates = await listAutomaticMandates(tx, account.id);
      const presented = await presentedMandates(
        tx,
        mandates.map((mandate) => mandate.id),
      );
      const references = await clientReferencesOf(tx, viewer.agencyId, [...new Set(mandates.map((m) => m.personId))]);
      // A debtor already in the run keeps its one collection (a FRST and a RCUR of one mandate in the same file
      // would be refused): what they came to owe since is for the next run.
      const alreadyIn = await mandatesInRun(tx, run.id);
      const created: NewDirectDebit[] = [];
      for (const mandate of mandates) {
        if (alreadyIn.has(mandate.id)) continue;
        const balance = mandate.condominiumId
          ? await accountBalance(tx, { kind: 'coOwner', condominiumId: mandate.condominiumId, personId: mandate.personId })
          : mandate.leaseId
            ? await accountBalance(tx, { kind: 'tenant', leaseId: mandate.leaseId })
            : 0;
        const due = -balance - (await pendingCents(tx, mandate));
        if (due <= 0) continue;
        created.push({
          mandateId: mandate.id,
          collectionRunId: run.id,
          amountCents: due,
          collectionDate,
          sequenceType: nextSequenceType(mandate.sequence, presented.has(mandate.id) || mandate.lastCollectedOn !== null),
          endToEndId: newEndToEndId(),
          remittanceInformation: remittanceFor(mandate, collectionDate, references.get(mandate.personId) ?? null),
          status: 'scheduled',
        });
      }
      await insertDebits(tx, created);
      const attached = await attachWaitingDebits(tx, account.id, run.id, collectionDate);
      const added = created.length + attached;
      if (!existing && added === 0) throw new AppError('COLLECTION_RUN_EMPTY');
      const emails = await notifyRunDebits(tx, this.context.outbox, run.id, now);
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: existing ? 'collection_run.completed' : 'collection_run.prepared',
        targetType: 'collection_run',
        targetId: run.id,
        ...evidence,
        details: { collectionDate, added, emails, totalCents: created.reduce((sum, debit) => sum + debit.amountCents, 0) },
      });
      return { runId: run.id, added };
    });
    return this.detail(viewer, runId, added);
  }

  /** The bank confirmed the collection: every debit sent with the run is paid and posted. */
  async settle(viewer: StaffViewer, runId: string, paidOn: string, evidence: Evidence): Promise<RunDetail> {
    await this.db.transaction(async (tx) => {
      const run = await lockRun(tx, viewer.agencyId, runId);
      if (!run) throw noRun();
      if (run.status === 'prepared') throw new AppError('COLLECTION_RUN_NOT_SUBMITTED');
      const debits = await listRunDebits(tx, run.id);
      const submitted = debits.filter((debit) => debit.status === 'submitted').map((debit) => debit.id);
      const result = await markDirectDebitsPaid(tx, { directDebitIds: submitted, paidOn });
      if (run.status !== 'settled') await updateRun(tx, run.id, { status: 'settled' });
      if (result.paid > 0)
        await recordAuditEvent(tx, {
          accountId: viewer.accountId,
          action: 'collection_run.settled',
          targetType: 'collection_run',
          targetId: run.id,
          ...evidence,
          details: { paidOn, paid: result.paid },
        });
    });
    return this.detail(viewer, runId);
  }

  /** A return entered by hand (the bank's letter or portal); the same as one read from a statement. */
  async recordReturn(
    viewer: StaffViewer,
    debitId: string,
    input: { reasonCode: string; returnedOn: string },
    evidence: Evidence,
  ): Promise<RunDetail> {
    const debit = await findAgencyDebit(this.db, viewer.agencyId, debitId);
    if (!debit?.collectionRunId) throw noDebit();
    await this.db.transaction(async (tx) => {
      const result = await recordDirectDebitReturn(
        tx,
        { endToEndId: debit.endToEndId, ...input },
        { outbox: this.context.outbox },
      );
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'direct_debit.returned',
        targetType: 'direct_debit',
        targetId: debit.id,
        ...evidence,
        details: { reasonCode: input.reasonCode, returnedOn: input.returnedOn, representedDebitId: result?.representedDebitId },
      });
    });
    return this.detail(viewer, debit.collectionRunId);
  }
}
