import { and, asc, desc, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  agencies,
  allocationKeys,
  budgetLines,
  budgets,
  condominiums,
  councilMemberships,
  documents,
  documentVersions,
  ledgerEntries,
  ledgerLines,
  ledgers,
  supplierInvoices,
} from '../../db/schema/index.ts';
import { inForce } from '../me/me.repository.ts';

/*
 * The council's view of the syndicate's books. Every query reads one condominium's ledger only, and none
 * returns a co-owner's name or personal account: 450x lines are only ever summed per account code.
 */

const condominiumColumns = {
  id: condominiums.id,
  name: condominiums.name,
  addressLine1: condominiums.addressLine1,
  postalCode: condominiums.postalCode,
  city: condominiums.city,
};

export async function findCondominium(db: Executor, condominiumId: string) {
  const [row] = await db
    .select({ ...condominiumColumns, agencyId: condominiums.agencyId })
    .from(condominiums)
    .where(eq(condominiums.id, condominiumId));
  return row;
}

/** The syndic's letterhead, for the exported reports. */
export async function findAgency(db: Executor, agencyId: string) {
  const [row] = await db.select().from(agencies).where(eq(agencies.id, agencyId));
  return row;
}

export async function sitsOnCouncil(db: Executor, personId: string, condominiumId: string, today: string): Promise<boolean> {
  const [row] = await db
    .select({ id: councilMemberships.id })
    .from(councilMemberships)
    .where(
      and(
        eq(councilMemberships.personId, personId),
        eq(councilMemberships.condominiumId, condominiumId),
        inForce(councilMemberships.startDate, councilMemberships.endDate, today),
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** The condominiums whose council the person sits on today. */
export async function listCouncilCondominiums(db: Executor, personId: string, today: string) {
  return db
    .selectDistinct(condominiumColumns)
    .from(councilMemberships)
    .innerJoin(condominiums, eq(condominiums.id, councilMemberships.condominiumId))
    .where(
      and(eq(councilMemberships.personId, personId), inForce(councilMemberships.startDate, councilMemberships.endDate, today)),
    )
    .orderBy(asc(condominiums.name));
}

export async function listAgencyCondominiums(db: Executor, agencyId: string) {
  return db
    .select(condominiumColumns)
    .from(condominiums)
    .where(eq(condominiums.agencyId, agencyId))
    .orderBy(asc(condominiums.name));
}

export async function listKeys(db: Executor, condominiumId: string) {
  return db
    .select({ id: allocationKeys.id, code: allocationKeys.code, name: allocationKeys.name, isGeneral: allocationKeys.isGeneral })
    .from(allocationKeys)
    .where(eq(allocationKeys.condominiumId, condominiumId))
    .orderBy(desc(allocationKeys.isGeneral), asc(allocationKeys.code));
}

/** The years that have a voted budget or entries in the books, most recent first. */
export async function listYears(db: Executor, condominiumId: string): Promise<number[]> {
  const result = await db.execute<{ year: number }>(sql`
    select distinct year from (
      select ${budgets.fiscalYear} as year from ${budgets} where ${budgets.condominiumId} = ${condominiumId}
      union
      select extract(year from ${ledgerEntries.entryDate})::int as year
        from ${ledgerEntries} join ${ledgers} on ${ledgers.id} = ${ledgerEntries.ledgerId}
       where ${ledgers.condominiumId} = ${condominiumId}
    ) years order by year desc`);
  return result.rows.map((row) => Number(row.year));
}

export async function listBudgetLines(db: Executor, condominiumId: string, year: number) {
  return db
    .select({
      allocationKeyId: budgetLines.allocationKeyId,
      accountCode: budgetLines.accountCode,
      label: budgetLines.label,
      amountCents: budgetLines.amountCents,
    })
    .from(budgetLines)
    .innerJoin(budgets, eq(budgets.id, budgetLines.budgetId))
    .where(and(eq(budgets.condominiumId, condominiumId), eq(budgets.fiscalYear, year)))
    .orderBy(asc(budgetLines.accountCode));
}

export async function hasBudget(db: Executor, condominiumId: string, year: number): Promise<boolean> {
  const [row] = await db
    .select({ id: budgets.id })
    .from(budgets)
    .where(and(eq(budgets.condominiumId, condominiumId), eq(budgets.fiscalYear, year)));
  return Boolean(row);
}

const inCondominiumLedger = (condominiumId: string) => eq(ledgers.condominiumId, condominiumId);
const chargeAccount = sql`${ledgerLines.accountCode} like '6%'`;
const yearRange = (year: number) =>
  and(gte(ledgerEntries.entryDate, `${year}-01-01`), lte(ledgerEntries.entryDate, `${year}-12-31`));

/** Actual spending of a year: 6xx debits − credits per key and account. */
export async function actualSpending(db: Executor, condominiumId: string, year: number) {
  const rows = await db
    .select({
      allocationKeyId: ledgerLines.allocationKeyId,
      accountCode: ledgerLines.accountCode,
      amountCents: sql<string>`sum(${ledgerLines.debitCents} - ${ledgerLines.creditCents})`,
    })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(and(inCondominiumLedger(condominiumId), chargeAccount, yearRange(year)))
    .groupBy(ledgerLines.allocationKeyId, ledgerLines.accountCode);
  return rows.map((row) => ({ ...row, amountCents: Number(row.amountCents) }));
}

/** Spending per month of a year (6xx debits − credits). */
export async function monthlySpending(db: Executor, condominiumId: string, year: number) {
  const month = sql<number>`extract(month from ${ledgerEntries.entryDate})::int`;
  const rows = await db
    .select({ month, amountCents: sql<string>`sum(${ledgerLines.debitCents} - ${ledgerLines.creditCents})` })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(and(inCondominiumLedger(condominiumId), chargeAccount, yearRange(year)))
    .groupBy(month);
  return new Map(rows.map((row) => [Number(row.month), Number(row.amountCents)]));
}

/**
 * The trial balance at a date: every account's total debit and credit, one row per account code — so the
 * co-owners' 450x accounts come out summed over every co-owner, never person by person.
 */
export async function trialBalance(db: Executor, condominiumId: string, date: string) {
  const rows = await db
    .select({
      accountCode: ledgerLines.accountCode,
      debitCents: sql<string>`sum(${ledgerLines.debitCents})`,
      creditCents: sql<string>`sum(${ledgerLines.creditCents})`,
    })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(and(inCondominiumLedger(condominiumId), lte(ledgerEntries.entryDate, date)))
    .groupBy(ledgerLines.accountCode)
    .orderBy(asc(ledgerLines.accountCode));
  return rows.map((row) => ({ ...row, debitCents: Number(row.debitCents), creditCents: Number(row.creditCents) }));
}

/** Each charge line of a year with its entry, the supplier credited in that entry and the invoice behind it. */
export async function chargeLines(db: Executor, condominiumId: string, year: number) {
  return db
    .select({
      lineId: ledgerLines.id,
      entryId: ledgerEntries.id,
      entryDate: ledgerEntries.entryDate,
      entryLabel: ledgerEntries.label,
      accountCode: ledgerLines.accountCode,
      allocationKeyId: ledgerLines.allocationKeyId,
      label: ledgerLines.label,
      debitCents: ledgerLines.debitCents,
      creditCents: ledgerLines.creditCents,
      supplierName: sql<string | null>`coalesce(${supplierInvoices.supplierName}, (
        select min(supplier.supplier_name) from ledger_lines supplier
         where supplier.entry_id = ${ledgerEntries.id} and supplier.supplier_name is not null))`,
      invoiceId: supplierInvoices.id,
      invoiceNumber: supplierInvoices.invoiceNumber,
      documentId: supplierInvoices.documentId,
    })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .leftJoin(supplierInvoices, eq(supplierInvoices.entryId, ledgerEntries.id))
    .where(and(inCondominiumLedger(condominiumId), chargeAccount, yearRange(year)))
    .orderBy(asc(ledgerLines.accountCode), asc(ledgerEntries.entryDate), asc(ledgerEntries.label));
}

/**
 * Money paid out of the bank account (512 credits) in a year. Entries that touch a person's account (a refund
 * to a co-owner, a returned direct debit) are left out: a co-owner's own money is not the council's business.
 */
export async function bankOrders(db: Executor, condominiumId: string, year: number) {
  const rows = await db
    .select({
      entryId: ledgerEntries.id,
      entryDate: ledgerEntries.entryDate,
      label: ledgerEntries.label,
      amountCents: sql<string>`sum(${ledgerLines.creditCents})`,
      beneficiary: sql<string | null>`(select min(supplier.supplier_name) from ledger_lines supplier
         where supplier.entry_id = ${ledgerEntries.id} and supplier.supplier_name is not null)`,
      invoiceId: sql<string | null>`(select invoice.id::text from supplier_invoices invoice
         where invoice.payment_entry_id = ${ledgerEntries.id} limit 1)`,
    })
    .from(ledgerLines)
    .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
    .innerJoin(ledgers, eq(ledgers.id, ledgerEntries.ledgerId))
    .where(
      and(
        inCondominiumLedger(condominiumId),
        eq(ledgerLines.accountCode, '512'),
        sql`${ledgerLines.creditCents} > 0`,
        yearRange(year),
        sql`not exists (select 1 from ledger_lines person_line
              where person_line.entry_id = ${ledgerEntries.id} and person_line.person_id is not null)`,
      ),
    )
    .groupBy(ledgerEntries.id)
    .orderBy(asc(ledgerEntries.entryDate), asc(ledgerEntries.label));
  return rows.map((row) => ({ ...row, amountCents: Number(row.amountCents) }));
}

const invoiceColumns = {
  id: supplierInvoices.id,
  condominiumId: supplierInvoices.condominiumId,
  supplierName: supplierInvoices.supplierName,
  invoiceNumber: supplierInvoices.invoiceNumber,
  invoiceDate: supplierInvoices.invoiceDate,
  label: supplierInvoices.label,
  accountCode: supplierInvoices.accountCode,
  allocationKeyId: supplierInvoices.allocationKeyId,
  allocationKeyName: allocationKeys.name,
  amountCents: supplierInvoices.amountCents,
  entryId: supplierInvoices.entryId,
  paymentEntryId: supplierInvoices.paymentEntryId,
  paidOn: ledgerEntries.entryDate,
  documentId: supplierInvoices.documentId,
};

export type InvoiceRow = Awaited<ReturnType<typeof listInvoices>>[number];

/** The supplier invoices of a year (or every year), newest first, with the date of their payment when paid. */
export async function listInvoices(db: Executor, condominiumId: string, year: number | null) {
  return db
    .select(invoiceColumns)
    .from(supplierInvoices)
    .leftJoin(allocationKeys, eq(allocationKeys.id, supplierInvoices.allocationKeyId))
    .leftJoin(ledgerEntries, eq(ledgerEntries.id, supplierInvoices.paymentEntryId))
    .where(
      and(
        eq(supplierInvoices.condominiumId, condominiumId),
        year === null
          ? undefined
          : and(gte(supplierInvoices.invoiceDate, `${year}-01-01`), lte(supplierInvoices.invoiceDate, `${year}-12-31`)),
      ),
    )
    .orderBy(desc(supplierInvoices.invoiceDate), desc(supplierInvoices.createdAt));
}

export async function findInvoice(db: Executor, invoiceId: string) {
  const [row] = await db
    .select({ ...invoiceColumns, agencyId: condominiums.agencyId })
    .from(supplierInvoices)
    .innerJoin(condominiums, eq(condominiums.id, supplierInvoices.condominiumId))
    .leftJoin(allocationKeys, eq(allocationKeys.id, supplierInvoices.allocationKeyId))
    .leftJoin(ledgerEntries, eq(ledgerEntries.id, supplierInvoices.paymentEntryId))
    .where(eq(supplierInvoices.id, invoiceId));
  return row;
}

/** Locks the invoice for its payment: two clicks on "Marquer réglée" make one bank order. */
export async function lockInvoice(db: Executor, invoiceId: string) {
  const [row] = await db.select().from(supplierInvoices).where(eq(supplierInvoices.id, invoiceId)).for('update');
  return row;
}

export async function findDuplicateInvoice(db: Executor, condominiumId: string, supplierName: string, invoiceNumber: string) {
  const [row] = await db
    .select({ id: supplierInvoices.id })
    .from(supplierInvoices)
    .where(
      and(
        eq(supplierInvoices.condominiumId, condominiumId),
        eq(supplierInvoices.supplierName, supplierName),
        eq(supplierInvoices.invoiceNumber, invoiceNumber),
      ),
    );
  return row;
}

export async function insertInvoice(db: Executor, values: typeof supplierInvoices.$inferInsert) {
  const [row] = await db.insert(supplierInvoices).values(values).onConflictDoNothing().returning({ id: supplierInvoices.id });
  return row;
}

export async function updateInvoice(
  db: Executor,
  invoiceId: string,
  values: Partial<Pick<typeof supplierInvoices.$inferInsert, 'entryId' | 'paymentEntryId' | 'documentId'>>,
) {
  await db.update(supplierInvoices).set(values).where(eq(supplierInvoices.id, invoiceId));
}

/** The current version of each document, for the staff's download address. */
export async function currentVersions(db: Executor, documentIds: string[]) {
  if (documentIds.length === 0) return new Map<string, string>();
  const rows = await db
    .selectDistinctOn([documentVersions.documentId], { documentId: documentVersions.documentId, versionId: documentVersions.id })
    .from(documentVersions)
    .innerJoin(documents, eq(documents.id, documentVersions.documentId))
    .where(and(inArray(documentVersions.documentId, documentIds), isNull(documents.withdrawnAt)))
    .orderBy(documentVersions.documentId, desc(documentVersions.versionNumber));
  return new Map(rows.map((row) => [row.documentId, row.versionId]));
}
