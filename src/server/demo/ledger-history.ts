import { randomUUID } from 'node:crypto';
import { allocateByLot } from '../../domain/allocation.ts';
import { addDays, parisInstant } from '../../domain/calendar.ts';
import { frenchShortDate } from '../../domain/french-dates.ts';
import type { Executor } from '../db/client.ts';
import {
  bankAccounts,
  budgetLines,
  budgets,
  fundsCalls,
  ledgerEntries,
  ledgerLines,
  ledgers,
  supplierInvoices,
} from '../db/schema/index.ts';
import type { DemoBatch } from './batch.ts';
import type { DemoDocumentsPlan } from './documents/all-documents.ts';
import { callTitle } from './documents/calls-for-funds.ts';
import { KEY_CODES, type KeyCode, type LotView } from './documents/condominium-view.ts';
import { actualsOf, budgetOf, budgetTotal, quarterOf, syndicateBank, worksFundCents } from './documents/demo-budget.ts';
import { letterheadOf } from './documents/demo-documents.ts';
import { addInvoiceDocument } from './documents/supplier-invoices.ts';
import { seededRandom } from './people.ts';
import type { SyndicDemo } from './syndic.ts';

/**
 * Three years (2024–2026) of the Créteil condominium's books: each quarter's calls for every co-owner (shared
 * over every lot of each key by the allocation rule, exactly as the demo call PDFs), their payments, the
 * suppliers' invoices (each charge line carrying the key of the budget line it comes from, each invoice a
 * `supplier_invoices` row, with a real PDF for the council in the current year) and their settlement, and the
 * budgets voted for those years. M. et Mme Allouard (CO100452) end owing exactly 1 129,35 €, the figure of the
 * seed's screens.
 */

export const DEMO_ALLOUARD_BALANCE_CENTS = -112_935;
const YEARS = [2024, 2025, 2026] as const;
type Quarter = 1 | 2 | 3 | 4;

type EntryRow = typeof ledgerEntries.$inferInsert & { id: string };
type LineRow = typeof ledgerLines.$inferInsert;

export interface LedgerHistory {
  ledger: typeof ledgers.$inferInsert & { id: string };
  entries: EntryRow[];
  lines: LineRow[];
  budgets: (typeof budgets.$inferInsert & { id: string })[];
  budgetLines: (typeof budgetLines.$inferInsert)[];
  fundsCalls: (typeof fundsCalls.$inferInsert)[];
  supplierInvoices: (typeof supplierInvoices.$inferInsert)[];
}

const suppliers: Record<string, string> = {
  '601': 'Eau de Paris Val-de-Marne',
  '602': 'EDF Entreprises',
  '603': 'Engie Gaz',
  '611': 'Net & Clair Services',
  '614': 'Maintenance Technique Créteil',
  '615': 'Dépannage Bâtiment 94',
  '616': 'Mutuelle des Propriétaires',
  '621': 'ImmoCity Coulon',
  '622': 'ImmoCity Coulon',
  '627': 'Banque Coopérative du Val-de-Marne',
};

const dueDateOf = (year: number, quarter: Quarter) => `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;

/** One co-owner's part of one quarter's call, by the same rule and the same keys as computeCall. */
function callParts(plan: DemoDocumentsPlan, lots: LotView[], year: number, quarter: Quarter) {
  const view = plan.view;
  const budget = budgetOf(year);
  const partOf = (code: KeyCode, amountCents: number) => {
    const parts = allocateByLot(amountCents, view.key(code).lots);
    return lots.reduce((sum, lot) => sum + (lot.shares[code] === 0 ? 0 : (parts.get(lot.id) ?? 0)), 0);
  };
  let provisions = 0;
  for (const code of KEY_CODES) provisions += partOf(code, quarterOf(budgetTotal(budget, code), quarter));
  const worksFund = partOf('GEN', quarterOf(worksFundCents(budget), quarter));
  let regularisation = 0;
  // The 2025 accounts, approved in June 2026, are settled with the third quarter's call (as on the PDF).
  if (year === 2026 && quarter === 3) {
    for (const code of KEY_CODES)
      regularisation += partOf(code, budgetTotal(actualsOf(2025), code) - budgetTotal(budgetOf(2025), code));
  }
  return { provisions, worksFund, regularisation };
}

export function planLedgerHistory(batch: DemoBatch, syndic: SyndicDemo, plan: DemoDocumentsPlan, today: string): LedgerHistory {
  const random = seededRandom(2_024_0101);
  const condominium = batch.condominiums.find((row) => row.id === syndic.condominiumId);
  const ledger = {
    id: randomUUID(),
    agencyId: syndic.agencyId,
    kind: 'condominium' as const,
    condominiumId: syndic.condominiumId,
    name: condominium?.name ?? 'Copropriété',
  };
  const entries: EntryRow[] = [];
  const lines: LineRow[] = [];
  const keyIds = new Map(
    batch.allocationKeys
      .filter((key) => key.condominiumId === syndic.condominiumId)
      .map((key) => [key.code as KeyCode, key.id ?? '']),
  );
  const keyId = (code: KeyCode) => {
    const id = keyIds.get(code);
    if (!id) throw new Error(`Demo condominium has no key ${code}`);
    return id;
  };
  const post = (
    entry: { journal: string; date: string; label: string; externalId: string; documentId?: string },
    entryLines: Omit<LineRow, 'entryId'>[],
  ) => {
    const id = randomUUID();
    entries.push({
      id,
      ledgerId: ledger.id,
      journal: entry.journal,
      entryDate: entry.date,
      label: entry.label,
      source: 'palier',
      externalId: entry.externalId,
      documentId: entry.documentId ?? null,
    });
    for (const line of entryLines) lines.push({ ...line, entryId: id });
    return id;
  };

  const allouard = plan.view.personId('Allouard');
  const callDocument = (quarter: Quarter) =>
    plan.documents.specs.find((spec) => spec.personId === allouard && spec.title === callTitle(quarter))?.id;

  // Calls, per co-owner (the representative of joint owners), then payments from what each was called.
  const called = new Map<string, Array<{ year: number; quarter: Quarter; due: string; total: number }>>();
  for (const year of YEARS) {
    for (const quarter of [1, 2, 3, 4] as const) {
      const due = dueDateOf(year, quarter);
      if (due > today) continue;
      const shortDate = frenchShortDate(due);
      for (const member of plan.view.membersOn(due)) {
        const parts = callParts(plan, member.lots, year, quarter);
        const personLines: Omit<LineRow, 'entryId'>[] = [
          {
            accountCode: '4501',
            personId: member.personId,
            label: `Prov./Chg courante ${shortDate}`,
            debitCents: parts.provisions,
          },
          {
            accountCode: '4505',
            personId: member.personId,
            label: `Cotisation Fonds Travaux ${shortDate}`,
            debitCents: parts.worksFund,
          },
          { accountCode: '701', label: 'Provisions sur opérations courantes', creditCents: parts.provisions },
          { accountCode: '105', label: 'Fonds de travaux', creditCents: parts.worksFund },
        ];
        if (parts.regularisation !== 0) {
          const amount = Math.abs(parts.regularisation);
          const owes = parts.regularisation > 0;
          personLines.push(
            {
              accountCode: '4501',
              personId: member.personId,
              label: 'Régularisation des charges 2025',
              ...(owes ? { debitCents: amount } : { creditCents: amount }),
            },
            {
              accountCode: '701',
              label: 'Régularisation des charges 2025',
              ...(owes ? { creditCents: amount } : { debitCents: amount }),
            },
          );
        }
        post(
          {
            journal: 'AP',
            date: due,
            label: `Appel de fonds T${quarter} ${year}`,
            externalId: `demo:call:${year}Q${quarter}:${member.reference || member.personId}`,
            documentId: member.personId === allouard && year === 2026 ? callDocument(quarter) : undefined,
          },
          personLines.filter((line) => (line.debitCents ?? 0) > 0 || (line.creditCents ?? 0) > 0),
        );
        const list = called.get(member.personId) ?? [];
        list.push({ year, quarter, due, total: parts.provisions + parts.worksFund + parts.regularisation });
        called.set(member.personId, list);
      }
    }
  }

  const members = [...called.keys()];
  // Two late payers among the others: one pays six weeks late, one has not paid this year's last two calls.
  const others = members.filter((id) => id !== allouard);
  const latePayer = others[3];
  const behindPayer = others[7];
  for (const personId of members) {
    const calls = called.get(personId) ?? [];
    const reference = plan.view.referenceOf(personId) || personId;
    // Allouard pays every call in full except the last ones, so that exactly 1 129,35 € is still owed.
    let allowance =
      personId === allouard
        ? calls.reduce((sum, call) => sum + call.total, 0) + DEMO_ALLOUARD_BALANCE_CENTS
        : Number.POSITIVE_INFINITY;
    calls.forEach((call, index) => {
      if (personId === behindPayer && index >= calls.length - 2) return;
      const delay = personId === latePayer ? 40 + Math.floor(random() * 10) : 3 + Math.floor(random() * 20);
      const date = addDays(call.due, delay);
      if (date > today) return;
      const amount = Math.min(call.total, allowance);
      if (amount <= 0) return;
      allowance -= amount;
      post(
        {
          journal: 'BQ',
          date,
          label: `Règlement ${frenchShortDate(date)}`,
          externalId: `demo:payment:${call.year}Q${call.quarter}:${reference}`,
        },
        [
          { accountCode: '512', label: `Virement ${reference}`, debitCents: amount },
          { accountCode: '4501', personId, label: `Règlement ${frenchShortDate(date)}`, creditCents: amount },
        ],
      );
    });
  }

  // Suppliers: each quarter's invoices (the actual charges, a few per cent off the budget) and their payment.
  const invoices: LedgerHistory['supplierInvoices'] = [];
  const currentYear = Number(today.slice(0, 4));
  const agency = letterheadOf(batch, syndic.agencyId);
  const addressee = {
    syndicate: `Syndicat des copropriétaires ${condominium?.name ?? ''}`.trim(),
    syndic: agency.name,
    syndicAddress: agency.addressLines,
    reference: `COPRO-${condominium?.reference ?? ''}`,
  };
  for (const year of YEARS) {
    const budget = actualsOf(year);
    for (const quarter of [1, 2, 3, 4] as const) {
      const invoiceDate = addDays(dueDateOf(year, quarter), 45);
      if (invoiceDate > today) continue;
      budget.lines.forEach((line, index) => {
        const amount = quarterOf(line.amountCents, quarter);
        const supplierName = suppliers[line.account] ?? 'Fournisseur';
        const externalId = `demo:invoice:${year}Q${quarter}:${index}`;
        // "F-2026-0412": the year, then the quarter and the budget line — unique per supplier and condominium.
        const invoiceNumber = `F-${year}-${String(quarter * 100 + index + 1).padStart(4, '0')}`;
        const label = `${line.label} — T${quarter} ${year}`;
        // Real PDFs for the current year only: the council reads this year's invoices; the load stays fast.
        const documentId =
          year === currentYear
            ? addInvoiceDocument(plan, syndic, today, addressee, {
                invoiceNumber,
                invoiceDate,
                supplierName,
                label: line.label,
                period: `${quarter}${quarter === 1 ? 'er' : 'e'} trimestre ${year}`,
                accountCode: line.account,
                keyName: plan.view.key(line.key).name,
                amountCents: amount,
              })
            : undefined;
        const entryId = post({ journal: 'HA', date: invoiceDate, label, externalId, documentId }, [
          { accountCode: line.account, allocationKeyId: keyId(line.key), label: line.label, debitCents: amount },
          { accountCode: '401', supplierName, label: line.label, creditCents: amount },
        ]);
        const paidOn = addDays(invoiceDate, 30);
        const paymentEntryId =
          paidOn > today
            ? null
            : post(
                {
                  journal: 'BQ',
                  date: paidOn,
                  label: `Paiement ${supplierName}`,
                  externalId: `demo:supplier-payment:${year}Q${quarter}:${index}`,
                },
                [
                  { accountCode: '401', supplierName, label: line.label, debitCents: amount },
                  { accountCode: '512', label: `Paiement ${supplierName}`, creditCents: amount },
                ],
              );
        invoices.push({
          condominiumId: syndic.condominiumId,
          supplierName,
          invoiceNumber,
          invoiceDate,
          label,
          accountCode: line.account,
          allocationKeyId: keyId(line.key),
          amountCents: amount,
          entryId,
          paymentEntryId,
          documentId: documentId ?? null,
          createdByStaffId: syndic.managerId,
        });
      });
    }
  }

  // The budgets voted for each year of the books, per key and account, and the quarters already called: a
  // called quarter cannot be issued again from the staff's screen, nor its budget changed.
  const budgetRows: LedgerHistory['budgets'] = [];
  const budgetLineRows: LedgerHistory['budgetLines'] = [];
  const callRows: LedgerHistory['fundsCalls'] = [];
  for (const year of YEARS) {
    const budget = budgetOf(year);
    const budgetId = randomUUID();
    budgetRows.push({
      id: budgetId,
      condominiumId: syndic.condominiumId,
      fiscalYear: year,
      votedOn: `${year - 1}-06-12`,
      worksFundCents: worksFundCents(budget),
    });
    for (const line of budget.lines)
      budgetLineRows.push({
        budgetId,
        allocationKeyId: keyId(line.key),
        accountCode: line.account,
        label: line.label,
        amountCents: line.amountCents,
      });
    for (const quarter of [1, 2, 3, 4] as const) {
      const dueDate = dueDateOf(year, quarter);
      if (dueDate > today) continue;
      callRows.push({
        condominiumId: syndic.condominiumId,
        budgetId,
        fiscalYear: year,
        quarter,
        dueDate,
        issuedAt: parisInstant(addDays(dueDate, -30), '09:00'),
        issuedByStaffId: syndic.managerId,
      });
    }
  }
  return {
    ledger,
    entries,
    lines,
    budgets: budgetRows,
    budgetLines: budgetLineRows,
    fundsCalls: callRows,
    supplierInvoices: invoices,
  };
}

/** Written after the demo's other rows (documents and persons exist), in batches to keep loading fast. */
export async function writeLedgerHistory(tx: Executor, history: LedgerHistory): Promise<void> {
  await tx.insert(ledgers).values(history.ledger);
  // The syndicate's separate account, with its SEPA creditor identifier (the domain rules' valid ICS), so that
  // co-owners can sign a direct-debit mandate in the demo.
  await tx.insert(bankAccounts).values({
    agencyId: history.ledger.agencyId,
    ledgerId: history.ledger.id,
    holderName: syndicateBank.holder,
    iban: syndicateBank.iban.replaceAll(' ', ''),
    bic: syndicateBank.bic,
    creditorId: 'FR72ZZZ123456',
  });
  for (let start = 0; start < history.entries.length; start += 500)
    await tx.insert(ledgerEntries).values(history.entries.slice(start, start + 500));
  for (let start = 0; start < history.lines.length; start += 1_000)
    await tx.insert(ledgerLines).values(history.lines.slice(start, start + 1_000));
  await tx.insert(budgets).values(history.budgets);
  await tx.insert(budgetLines).values(history.budgetLines);
  if (history.fundsCalls.length > 0) await tx.insert(fundsCalls).values(history.fundsCalls);
  if (history.supplierInvoices.length > 0) await tx.insert(supplierInvoices).values(history.supplierInvoices);
}
