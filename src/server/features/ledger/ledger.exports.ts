import ExcelJS from 'exceljs';
import { frenchDate, frenchShortDate } from '../../../domain/french-dates.ts';
import { formatEuroNumber, formatEuros } from '../../../domain/money.ts';
import { displayName, type NamedPerson } from '../../../domain/person-name.ts';
import { renderPdf } from '../../platform/pdf/pdf-document.ts';
import type { Statement } from './ledger.schema.ts';

export type ExportFormat = 'pdf' | 'csv' | 'xlsx';

export interface StatementParties {
  agency: {
    name: string;
    addressLine1: string | null;
    addressLine2: string | null;
    postalCode: string | null;
    city: string | null;
    phone: string | null;
    email: string | null;
  };
  person: NamedPerson & { reference: string | null };
}

export interface ExportedFile {
  body: Buffer;
  contentType: string;
  fileName: string;
}

const contentTypes: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The same statement as on screen, as a file the person keeps: PDF to print, CSV or Excel to compute. */
export async function exportStatement(
  statement: Statement,
  parties: StatementParties,
  format: ExportFormat,
): Promise<ExportedFile> {
  const fileName = `releve-${statement.year}-${(parties.person.reference ?? 'compte').replace(/[^A-Za-z0-9-]/g, '')}.${format}`;
  const body =
    format === 'csv' ? toCsv(statement) : format === 'xlsx' ? await toXlsx(statement) : await toPdf(statement, parties);
  return { body, contentType: contentTypes[format], fileName };
}

/** Semicolon-separated with decimal commas and a BOM: what a French Excel opens straight away. */
function toCsv(statement: Statement): Buffer {
  const cell = (value: string) => (/[;"\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const amount = (cents: number) => formatEuroNumber(cents).replace(/\u202f/g, '');
  const rows = [
    ['Date', 'Libellé', 'Montant (€)', 'Solde (€)'],
    [frenchShortDate(`${statement.year}-01-01`), 'Solde au 1er janvier', '', amount(statement.openingBalanceCents)],
    ...statement.lines.map((line) => [
      frenchShortDate(line.date),
      line.label,
      amount(line.amountCents),
      amount(line.balanceCents),
    ]),
  ];
  return Buffer.from(`\uFEFF${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`, 'utf8');
}

async function toXlsx(statement: Statement): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(`Relevé ${statement.year}`);
  sheet.columns = [
    { header: 'Date', key: 'date', width: 12, style: { numFmt: 'dd/mm/yyyy' } },
    { header: 'Libellé', key: 'label', width: 48 },
    { header: 'Montant', key: 'amount', width: 14, style: { numFmt: '#,##0.00 "€";-#,##0.00 "€"' } },
    { header: 'Solde', key: 'balance', width: 14, style: { numFmt: '#,##0.00 "€";-#,##0.00 "€"' } },
  ];
  sheet.getRow(1).font = { bold: true };
  const asDate = (date: string) => new Date(`${date}T00:00:00Z`);
  sheet.addRow({
    date: asDate(`${statement.year}-01-01`),
    label: 'Solde au 1er janvier',
    balance: statement.openingBalanceCents / 100,
  });
  for (const line of statement.lines)
    sheet.addRow({
      date: asDate(line.date),
      label: line.label,
      amount: line.amountCents / 100,
      balance: line.balanceCents / 100,
    });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function toPdf(statement: Statement, { agency, person }: StatementParties): Promise<Buffer> {
  const title = `Relevé de compte ${statement.year}`;
  const name = displayName(person);
  return renderPdf(
    {
      title,
      letterhead: {
        name: agency.name,
        addressLines: [agency.addressLine1, agency.addressLine2, `${agency.postalCode ?? ''} ${agency.city ?? ''}`.trim()].filter(
          (line): line is string => Boolean(line),
        ),
        phone: agency.phone,
        email: agency.email,
      },
    },
    (pdf) => {
      pdf
        .title(title, { subtitle: statement.account.label, meta: `Édité le ${frenchDate(statement.account.balanceDate)}` })
        .facts([
          ['Titulaire', person.reference ? `${name} — référence ${person.reference}` : name],
          ['Bien', statement.account.label],
          ['Période', `du 1er janvier au 31 décembre ${statement.year}`],
        ])
        .table(
          [
            { header: 'Date', width: 1 },
            { header: 'Libellé', width: 3.2 },
            { header: 'Montant', width: 1.3, align: 'right' },
            { header: 'Solde', width: 1.3, align: 'right' },
          ],
          [
            [frenchShortDate(`${statement.year}-01-01`), 'Solde au 1er janvier', '', formatEuros(statement.openingBalanceCents)],
            ...statement.lines.map((line) => [
              frenchShortDate(line.date),
              line.label,
              formatEuros(line.amountCents),
              formatEuros(line.balanceCents),
            ]),
          ],
          { totals: [['', 'Solde de l’année', '', formatEuros(statement.closingBalanceCents)]] },
        )
        .paragraph(
          `Solde au ${frenchDate(statement.account.balanceDate)} : ${formatEuros(statement.account.balanceCents)} (négatif : somme due).`,
        );
    },
  );
}
