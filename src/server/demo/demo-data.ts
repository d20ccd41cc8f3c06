import { parisDate } from '../../domain/calendar.ts';
import type { Database } from '../db/client.ts';
import { agencies } from '../db/schema/index.ts';
import { AppError } from '../platform/errors.ts';
import { hashPassword } from '../platform/passwords.ts';
import type { FileStorage } from '../platform/storage/file-storage.ts';
import { DemoBatch } from './batch.ts';
import { addCouncilContactConsents, addNotifications, addScheduledEvents } from './building-life.ts';
import { demoPassword } from './demo-accounts.ts';
import { planDemoDocuments } from './documents/all-documents.ts';
import { agencyPaper } from './documents/context.ts';
import { storeDemoDocuments } from './documents/demo-documents.ts';
import { writeLandlordStatements } from './landlord-statements.ts';
import { planLedgerHistory, writeLedgerHistory } from './ledger-history.ts';
import { NameGenerator, seededRandom } from './people.ts';
import { buildRental, rentalLastNames } from './rental.ts';
import { planRentalLedger, printDemoRentNotices, writeRentalLedger } from './rental-ledger.ts';
import { buildSyndic, syndicLastNames } from './syndic.ts';

export { demoAccounts, demoPassword } from './demo-accounts.ts';

/** Any fixed number: the same seed gives the same demo people on every machine. */
const DEMO_SEED = 20_260_115;

/** The demo is only ever loaded into an empty database: any agency means real or earlier data. */
export async function hasDemoData(db: Database): Promise<boolean> {
  const rows = await db.select({ id: agencies.id }).from(agencies).limit(1);
  return rows.length > 0;
}

const alreadyLoaded = () =>
  new AppError(
    'CONFLICT',
    'La base de données contient déjà des agences : les données de démonstration ne sont chargées que dans une base vide.',
  );

export interface LoadDemoOptions {
  /** The moment the demo is loaded at: events, receipts and "new" documents are placed relative to it. */
  now?: Date;
}

/**
 * Fills an empty database with the seeds' ImmoCity examples: the Créteil condominium of ImmoCity Coulon, with
 * its documents (real PDFs put in `storage`), contracts, events and notifications, and GERASCO's 28 units
 * managed by ImmoCity Paris Suffren. The rows are written all or nothing, in one transaction.
 */
export async function loadDemoData(db: Database, storage: FileStorage, options: LoadDemoOptions = {}): Promise<void> {
  // Checked first so a second load renders and stores nothing; checked again under lock below.
  if (await hasDemoData(db)) throw alreadyLoaded();
  const now = options.now ?? new Date();
  const today = parisDate(now);
  const random = seededRandom(DEMO_SEED);
  const names = new NameGenerator(random);
  names.reserve(...syndicLastNames, ...rentalLastNames);
  const batch = new DemoBatch();
  const syndic = buildSyndic(batch, names, random);
  const rental = buildRental(batch, names, random);

  const plan = planDemoDocuments(batch, syndic, rental, today, now);
  const publishedAt = (id: string | undefined) => plan.documents.specs.find((spec) => spec.id === id)?.publishedAt ?? now;
  const spec = (id: string | undefined) => plan.documents.specs.find((candidate) => candidate.id === id);
  const latestMinutes = spec(plan.minutesIds.at(-1));
  const latestReceipt = spec(plan.receiptIds.at(-1));
  const bankStatement = plan.documents.specs.find((candidate) => candidate.kind === 'Relevé bancaire');
  if (!latestMinutes || !latestReceipt || !bankStatement)
    throw new Error('Demo documents are missing their minutes, receipts or statement');
  addScheduledEvents(batch, syndic, plan.schedule);
  addNotifications(
    batch,
    { view: plan.view, syndic, rental, tenantId: plan.tenancy.tenantId },
    plan.schedule,
    {
      latestMinutesId: latestMinutes.id,
      latestMinutesTitle: latestMinutes.title,
      bankStatementId: bankStatement.id,
      bankStatementTitle: bankStatement.title,
      latestReceiptId: latestReceipt.id,
      latestReceiptTitle: latestReceipt.title,
    },
    {
      now,
      minutesPublishedAt: publishedAt(latestMinutes.id),
      bankStatementPublishedAt: publishedAt(bankStatement.id),
      latestReceiptPublishedAt: publishedAt(latestReceipt.id),
    },
  );
  addCouncilContactConsents(batch, plan.view, today);
  const ledgerHistory = planLedgerHistory(batch, syndic, plan, today);
  const rentalLedger = planRentalLedger(batch, rental, today, plan.receiptIds);

  // argon2id is deliberately slow: one hash, shared by every demo account since they share the password. It
  // runs while the PDFs are rendered and stored (before the transaction: see storeDemoDocuments).
  const [passwordHash, , rentNotices] = await Promise.all([
    hashPassword(demoPassword),
    storeDemoDocuments(batch, plan.documents, storage, today),
    printDemoRentNotices(rentalLedger, storage),
  ]);
  await db.transaction(async (tx) => {
    // Checked inside the transaction, so two instances starting together cannot both load the demo.
    await tx.execute('lock table agencies in exclusive mode');
    const existing = await tx.select({ id: agencies.id }).from(agencies).limit(1);
    if (existing.length > 0) throw alreadyLoaded();
    await batch.writeTo(tx, passwordHash);
    await writeLedgerHistory(tx, ledgerHistory);
    await writeRentalLedger(tx, rentalLedger, rentNotices);
    // GERASCO's comptes rendus de gérance, computed on the rental books just written.
    await writeLandlordStatements(tx, storage, rental, {
      today,
      now,
      footerNote: agencyPaper(batch, rental.agencyId).footerNote,
    });
  });
}
