import ExcelJS from 'exceljs';
import { frenchDate, frenchShortDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { type PdfLetterhead, renderPdf } from '../../platform/pdf/pdf-document.ts';
import type { presentBudgetYear, presentExpenses } from './council.presenter.ts';

export type CouncilReport = 'budget' | 'expenses';
export type CouncilExportFormat = 'pdf' | 'xlsx';

type BudgetYear = ReturnType<typeof presentBudgetYear>;
type Expenses = ReturnType<typeof presentExpenses>;

export interface ExportContext {
  condominiumName: string;
  letterhead: PdfLetterhead;
  year: number;
  today: string;
}

const contentTypes: Record<CouncilExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const percent = (value: number | null) => (value === null ? '—' : `${value.toLocaleString('fr-FR')} %`);
const EURO_FORMAT = '#,##0.00 "€";-#,##0.00 "€"';

/** The council's budget or expense report as a file to print (PDF) or to compute with (Excel). */
export async function exportCouncilReport(
  report: { kind: 'budget'; budget: BudgetYear } | { kind: 'expenses'; expenses: Expenses },
  context: ExportContext,
  format: CouncilExportFormat,
) {
  const fileName = `${report.kind === 'budget' ? 'budget' : 'releve-general-des-depenses'}-${context.year}.${format}`;
  const body =
    report.kind === 'budget'
      ? format === 'pdf'
        ? await budgetPdf(report.budget, context)
        : await budgetXlsx(report.budget, context)
      : format === 'pdf'
        ? await expensesPdf(report.expenses, context)
        : await expensesXlsx(report.expenses, context);
  return { body, contentType: contentTypes[format], fileName };
}

function budgetPdf(budget: BudgetYear, context: ExportContext): Promise<Buffer> {
  const title = `Budget et dépenses réelles ${context.year}`;
  return renderPdf({ title, letterhead: context.letterhead }, (pdf) => {
    pdf.title(title, { subtitle: context.condominiumName, meta: `Édité le ${frenchDate(context.today)}` });
    for (const key of budget.keys) {
      pdf.subheading(key.name).table(
        [
          { header: 'Compte', width: 0.8 },
          { header: 'Libellé', width: 3 },
          { header: 'Budget voté', width: 1.3, align: 'right' },
          { header: 'Réel', width: 1.3, align: 'right' },
          { header: 'Écart', width: 1.3, align: 'right' },
          { header: 'Consommé', width: 1, align: 'right' },
        ],
        key.lines.map((line) => [
          line.accountCode,
          line.label,
          formatEuros(line.budgetCents),
          formatEuros(line.actualCents),
          formatEuros(line.differenceCents),
          percent(line.consumedPercent),
        ]),
        {
          totals: [
            [
              '',
              `Total ${key.name}`,
              formatEuros(key.budgetCents),
              formatEuros(key.actualCents),
              formatEuros(key.differenceCents),
              percent(key.consumedPercent),
            ],
          ],
        },
      );
    }
    const { totals } = budget;
    pdf.facts([
      ['Budget voté', formatEuros(totals.budgetCents)],
      ['Dépenses réelles', formatEuros(totals.actualCents)],
      ['Écart', `${formatEuros(totals.differenceCents)} (${percent(totals.consumedPercent)} consommés)`],
    ]);
    pdf.paragraph(
      'Dépenses réelles : débits moins crédits des comptes de charges (classe 6) de l’exercice, par clé de répartition.',
      { italic: true },
    );
  });
}

function expensesPdf(expenses: Expenses, context: ExportContext): Promise<Buffer> {
  const title = `Relevé général des dépenses ${context.year}`;
  return renderPdf({ title, letterhead: context.letterhead }, (pdf) => {
    pdf.title(title, { subtitle: context.condominiumName, meta: `Édité le ${frenchDate(context.today)}` });
    for (const account of expenses.accounts) {
      pdf.subheading(`${account.accountCode} — ${account.label}`).table(
        [
          { header: 'Date', width: 0.9 },
          { header: 'Clé', width: 1.3 },
          { header: 'Fournisseur', width: 1.8 },
          { header: 'Libellé', width: 2.6 },
          { header: 'Facture', width: 1.1 },
          { header: 'Montant', width: 1.2, align: 'right' },
        ],
        account.keys.flatMap((key) =>
          key.lines.map((line) => [
            frenchShortDate(line.date),
            key.name,
            line.supplierName ?? '',
            line.label,
            line.invoiceNumber ?? '',
            formatEuros(line.amountCents),
          ]),
        ),
        { totals: [['', '', '', `Total du compte ${account.accountCode}`, '', formatEuros(account.totalCents)]] },
      );
    }
    pdf.facts([['Total des dépenses', formatEuros(expenses.totalCents)]]);
  });
}

async function budgetXlsx(budget: BudgetYear, context: ExportContext): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Budget ${context.year}`);
  sheet.columns = [
    { header: 'Clé', key: 'key', width: 28 },
    { header: 'Compte', key: 'account', width: 10 },
    { header: 'Libellé', key: 'label', width: 40 },
    { header: 'Budget voté', key: 'budget', width: 15, style: { numFmt: EURO_FORMAT } },
    { header: 'Réel', key: 'actual', width: 15, style: { numFmt: EURO_FORMAT } },
    { header: 'Écart', key: 'difference', width: 15, style: { numFmt: EURO_FORMAT } },
    { header: 'Consommé (%)', key: 'consumed', width: 14 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const key of budget.keys)
    for (const line of key.lines)
      sheet.addRow({
        key: key.name,
        account: line.accountCode,
        label: line.label,
        budget: line.budgetCents / 100,
        actual: line.actualCents / 100,
        difference: line.differenceCents / 100,
        consumed: line.consumedPercent,
      });
  const total = sheet.addRow({
    key: 'Total',
    budget: budget.totals.budgetCents / 100,
    actual: budget.totals.actualCents / 100,
    difference: budget.totals.differenceCents / 100,
    consumed: budget.totals.consumedPercent,
  });
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function expensesXlsx(expenses: Expenses, context: ExportContext): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Dépenses ${context.year}`);
  sheet.columns = [
    { header: 'Compte', key: 'account', width: 10 },
    { header: 'Intitulé', key: 'accountLabel', width: 32 },
    { header: 'Clé', key: 'key', width: 26 },
    { header: 'Date', key: 'date', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Fournisseur', key: 'supplier', width: 30 },
    { header: 'Libellé', key: 'label', width: 40 },
    { header: 'Facture', key: 'invoice', width: 14 },
    { header: 'Montant', key: 'amount', width: 15, style: { numFmt: EURO_FORMAT } },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const account of expenses.accounts)
    for (const key of account.keys)
      for (const line of key.lines)
        sheet.addRow({
          account: account.accountCode,
          accountLabel: account.label,
          key: key.name,
          date: new Date(`${line.date}T00:00:00Z`),
          supplier: line.supplierName ?? '',
          label: line.label,
          invoice: line.invoiceNumber ?? '',
          amount: line.amountCents / 100,
        });
  const total = sheet.addRow({ account: 'Total', amount: expenses.totalCents / 100 });
  total.font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
