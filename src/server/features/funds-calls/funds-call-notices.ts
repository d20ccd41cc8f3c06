import { createHash } from 'node:crypto';
import { parisDate } from '../../../domain/calendar.ts';
import { frenchDate } from '../../../domain/french-dates.ts';
import type { Quarter } from '../../../domain/funds-call.ts';
import { formatEuros } from '../../../domain/money.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { Database, Executor } from '../../db/client.ts';
import { type FileStorage, newStorageKey } from '../../platform/storage/file-storage.ts';
import { insertStoredFile } from '../../platform/storage/stored-files.repository.ts';
import { discardFiles } from '../../platform/storage/stored-files.ts';
import { insertDocument, insertVersion } from '../documents/staff-documents.repository.ts';
import { insertNotifications, type NewNotification } from '../notifications/notifications.repository.ts';
import {
  attachEntryDocument,
  attachNoticeDocument,
  calledPerKey,
  callLinesOf,
  claimPendingNotices,
  findCallWithCondominium,
  personsWithReference,
} from './funds-call-notices.repository.ts';
import { type CallNotice, callTitle, renderCallNotice } from './funds-calls.pdf.ts';
import { findAgency, findLedgerBankAccount, ledgerIdOf, personsWithAutomaticMandate } from './funds-calls.repository.ts';

/** The external id of a co-owner's AP entry for a call: the issue posts it, the PDF is attached to it later. */
export const callEntryExternalId = (fundsCallId: string, personId: string) => `call:${fundsCallId}:${personId}`;

/**
 * How many notices one transaction renders: small enough that its locks and its open transaction last a few
 * seconds, large enough that the per-call lookups are shared.
 */
export const NOTICE_BATCH_SIZE = 25;

type Claimed = Awaited<ReturnType<typeof claimPendingNotices>>[number];

/**
 * Renders and publishes one batch of notices still without a PDF (any call, any agency), in one transaction:
 * the PDF stored, the document published in the co-owner's documents, the notice and the call's entry pointing
 * at it, then the co-owner's notification — which therefore never announces a document that does not exist.
 * Safe to repeat and to run in parallel: what is done is no longer pending, what another worker holds is
 * skipped. Returns the number of notices published (0: nothing was pending).
 */
export async function renderPendingNotices(
  db: Database,
  storage: FileStorage,
  options: { limit?: number; now?: Date } = {},
): Promise<number> {
  const limit = options.limit ?? NOTICE_BATCH_SIZE;
  const stored: { storageKey: string }[] = [];
  try {
    return await db.transaction(async (tx) => {
      const claimed = await claimPendingNotices(tx, limit);
      const byCall = new Map<string, Claimed[]>();
      for (const notice of claimed) byCall.set(notice.fundsCallId, [...(byCall.get(notice.fundsCallId) ?? []), notice]);
      for (const [fundsCallId, notices] of byCall)
        await publishNotices(tx, storage, fundsCallId, notices, options.now ?? new Date(), stored);
      return claimed.length;
    });
  } catch (error) {
    // The rows rolled back; the files written for them would be orphans.
    await discardFiles(storage, stored).catch(() => undefined);
    throw error;
  }
}

/** Every pending notice, batch after batch; what a job run or the in-process renderer does. */
export async function renderAllPendingNotices(db: Database, storage: FileStorage, options: { limit?: number } = {}) {
  let total = 0;
  for (;;) {
    const count = await renderPendingNotices(db, storage, options);
    total += count;
    if (count === 0) return total;
  }
}

async function publishNotices(
  tx: Executor,
  storage: FileStorage,
  fundsCallId: string,
  notices: Claimed[],
  now: Date,
  stored: { storageKey: string }[],
) {
  const found = await findCallWithCondominium(tx, fundsCallId);
  if (!found) throw new Error(`funds call ${fundsCallId} not found`);
  const { call, condominium } = found;
  const personIds = notices.map((notice) => notice.personId);
  const ledgerId = await ledgerIdOf(tx, condominium.id);
  // One after the other: a transaction is one connection, which runs one query at a time.
  const agency = await findAgency(tx, condominium.agencyId);
  const bank = ledgerId ? await findLedgerBankAccount(tx, ledgerId) : undefined;
  const called = await calledPerKey(tx, fundsCallId);
  const lines = await callLinesOf(tx, fundsCallId, personIds);
  const people = await personsWithReference(tx, condominium.agencyId, personIds);
  const automatic = await personsWithAutomaticMandate(tx, condominium.id, personIds);
  const quarter = call.quarter as Quarter;
  const title = callTitle(call.fiscalYear, quarter);
  const letterhead = {
    name: agency?.name ?? '',
    addressLines: [agency?.addressLine1 ?? '', `${agency?.postalCode ?? ''} ${agency?.city ?? ''}`.trim()].filter(Boolean),
    phone: agency?.phone ?? null,
    email: agency?.email ?? null,
  };
  const personOf = new Map(people.map((row) => [row.person.id, row]));
  const notifications: NewNotification[] = [];

  for (const notice of notices) {
    const found = personOf.get(notice.personId);
    if (!found) throw new Error(`person ${notice.personId} not found`);
    const { person, reference } = found;
    const own = lines.filter((line) => line.personId === notice.personId);
    const lots = new Map<string, string | null>();
    for (const line of own) lots.set(line.lotNumber, line.lotDescription);
    const provisionsCents = own.filter((line) => line.keyId).reduce((sum, line) => sum + line.amountCents, 0);
    const worksFundCents = own.filter((line) => !line.keyId).reduce((sum, line) => sum + line.amountCents, 0);
    const content: CallNotice = {
      letterhead,
      syndicate: `Syndicat des copropriétaires ${condominium.name}`,
      year: call.fiscalYear,
      quarter,
      dueDate: call.dueDate,
      issuedOn: parisDate(call.issuedAt),
      coOwner: {
        name: displayName(person),
        reference,
        addressLines: [person.addressLine1, person.addressLine2, `${person.postalCode ?? ''} ${person.city ?? ''}`.trim()].filter(
          (line): line is string => Boolean(line),
        ),
      },
      lots: [...lots]
        .map(([number, description]) => ({ number, description }))
        .sort((a, b) => a.number.localeCompare(b.number, 'fr', { numeric: true })),
      lines: own.map((line) => ({
        label: line.keyId ? `Provisions — ${line.keyName ?? ''}` : 'Cotisation au fonds de travaux',
        lotNumber: line.lotNumber,
        shares: `${line.shares} / ${line.keyTotalShares}`,
        calledCents: called.get(line.keyId) ?? 0,
        partCents: line.amountCents,
      })),
      provisionsCents,
      worksFundCents,
      totalCents: notice.totalCents,
      previousBalanceCents: notice.previousBalanceCents,
      iban: bank?.iban ?? null,
      bic: bank?.bic ?? null,
      holderName: bank?.holderName ?? null,
      automaticDebit: automatic.has(notice.personId),
    };
    const pdf = await renderCallNotice(content);
    const storageKey = newStorageKey('funds-calls');
    await storage.put(storageKey, pdf.bytes, 'application/pdf');
    stored.push({ storageKey });
    const storedFile = await insertStoredFile(tx, {
      storageKey,
      originalName: `appel-de-fonds-${call.fiscalYear}-t${quarter}-${reference ?? notice.personId}.pdf`.toLowerCase(),
      contentType: 'application/pdf',
      sizeBytes: pdf.bytes.length,
      sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
    });
    const document = await insertDocument(tx, {
      agencyId: condominium.agencyId,
      folder: 'appels_de_fonds',
      kind: 'Appel de fonds',
      title,
      year: call.fiscalYear,
      scope: 'person',
      personId: notice.personId,
      condominiumId: condominium.id,
      bodyText: pdf.text,
      publishedAt: now,
      publishedByStaffId: call.issuedByStaffId,
    });
    await insertVersion(tx, {
      documentId: document.id,
      versionNumber: 1,
      storedFileId: storedFile.id,
      pageCount: pdf.pageCount,
      publishedByStaffId: call.issuedByStaffId,
    });
    await attachNoticeDocument(tx, notice.id, document.id);
    if (ledgerId) await attachEntryDocument(tx, ledgerId, callEntryExternalId(call.id, notice.personId), document.id);
    notifications.push({
      agencyId: condominium.agencyId,
      personId: notice.personId,
      kind: 'document',
      title,
      body: `${formatEuros(notice.totalCents)} exigibles le ${frenchDate(call.dueDate)}.`,
      link: '/finances',
      documentId: document.id,
    });
  }
  await insertNotifications(tx, notifications);
}

/**
 * Renders the pending notices in this process, in the background, right after an issue: the staff's answer
 * does not wait for ten thousand PDFs, and an installation without the job runner (the demo, the browser
 * tests) still gets them within seconds. One loop at a time; a kick during a run makes it go round again.
 * The pg-boss job `funds-call-notices` is the safety net (a crash, another instance) — both claim with
 * `skip locked`, so they never render a notice twice.
 */
export class NoticeRenderer {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly deps: { db: Database; storage: FileStorage; onError: (error: unknown) => void }) {}

  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once nothing is being rendered by this process (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Finishes the batch in progress, starts no other. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        let rendered = 1;
        while (!this.stopped && rendered > 0) rendered = await renderPendingNotices(this.deps.db, this.deps.storage);
      } catch (error) {
        // The notices stay pending: the job's next run takes them up.
        this.deps.onError(error);
        return;
      }
    } while (this.again && !this.stopped);
  }
}
