import { createHash } from 'node:crypto';
import { buffer } from 'node:stream/consumers';
import { parisDate } from '../../../domain/calendar.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { AppContext } from '../../platform/http/types.ts';
import { buildPain008, type Pain008Version } from '../../platform/sepa/pain008.ts';
import { newStorageKey } from '../../platform/storage/file-storage.ts';
import { findStoredFile, insertStoredFile } from '../../platform/storage/stored-files.repository.ts';
import { excludedReason } from './collections.presenter.ts';
import { findBankAccountForFile, listRunDebits, lockRun, submitDebits, updateRun } from './collections.repository.ts';
import { noRun, type StaffViewer } from './collections.service.ts';

export interface BankFile {
  fileName: string;
  bytes: Buffer;
  /** Debits left out because their mandate was revoked or has lapsed. */
  excluded: number;
}

/**
 * The pain.008 file of a run. Generating it means it goes to the bank: the run and its debits become submitted.
 * The .02 file is stored the first time, and later downloads give the same bytes (a bank compares a re-sent
 * file with the first by its MsgId). The .08 file is built again each time from the same data and the run's
 * creation time, so it is the same too as long as no debit changed.
 */
export async function runBankFile(
  context: AppContext,
  viewer: StaffViewer,
  runId: string,
  version: Pain008Version,
  evidence: Evidence,
): Promise<BankFile> {
  let storedKey: string | null = null;
  try {
    return await context.db.transaction(async (tx) => {
      const run = await lockRun(tx, viewer.agencyId, runId);
      if (!run) throw noRun();
      const fileName = `prelevements-${run.collectionDate}-${version.replaceAll('.', '-')}.xml`;
      const debits = (await listRunDebits(tx, run.id)).filter((debit) => debit.status !== 'returned');
      const included = debits.filter((debit) => excludedReason(debit) === null);
      const excluded = debits.length - included.length;
      if (version === 'pain.008.001.02' && run.bankFileId) {
        const stored = await findStoredFile(tx, run.bankFileId);
        if (stored) return { fileName, bytes: await buffer(await context.storage.get(stored.storageKey)), excluded };
      }
      if (included.length === 0) throw new AppError('COLLECTION_RUN_EMPTY');
      const account = await findBankAccountForFile(tx, run.creditorAccountId);
      if (!account?.creditorId) throw new AppError('COLLECTION_ACCOUNT_UNUSABLE');
      const file = buildPain008({
        version,
        messageId: run.messageId,
        createdAt: run.createdAt,
        initiatingPartyName: account.agencyName,
        creditor: { name: account.holderName, iban: account.iban, bic: account.bic, creditorIdentifier: account.creditorId },
        collections: included.map((debit) => ({
          amountCents: debit.amountCents,
          collectionDate: debit.collectionDate,
          sequenceType: debit.sequenceType,
          mandateReference: debit.mandateReference,
          mandateSignatureDate: parisDate(debit.mandateSignedAt),
          debtorName: debit.debtorName,
          debtorIban: debit.debtorIban,
          debtorBic: debit.debtorBic,
          endToEndId: debit.endToEndId,
          remittanceInformation: debit.remittanceInformation,
        })),
      });
      const bytes = Buffer.from(file.xml, 'utf8');
      let bankFileId = run.bankFileId;
      if (version === 'pain.008.001.02' && !bankFileId) {
        storedKey = newStorageKey('collections');
        await context.storage.put(storedKey, bytes, 'application/xml');
        const stored = await insertStoredFile(tx, {
          storageKey: storedKey,
          originalName: fileName,
          contentType: 'application/xml',
          sizeBytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        });
        bankFileId = stored.id;
      }
      if (run.status === 'prepared' || bankFileId !== run.bankFileId) {
        await updateRun(tx, run.id, { status: run.status === 'prepared' ? 'submitted' : run.status, bankFileId });
        await submitDebits(
          tx,
          included.map((debit) => debit.id),
        );
      }
      if (run.status === 'prepared')
        await recordAuditEvent(tx, {
          accountId: viewer.accountId,
          action: 'collection_run.submitted',
          targetType: 'collection_run',
          targetId: run.id,
          ...evidence,
          details: { version, transactions: file.numberOfTransactions, controlSumCents: file.controlSumCents, excluded },
        });
      return { fileName, bytes, excluded };
    });
  } catch (error) {
    // Stored inside a transaction that did not commit: nothing points to it.
    if (storedKey) await context.storage.delete(storedKey).catch(() => undefined);
    throw error;
  }
}
