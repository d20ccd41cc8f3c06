import { frenchDate } from '../../../domain/french-dates.ts';
import { maskIban } from '../../../domain/iban.ts';
import { type StatementFigures, statementPeriodLabel } from '../../../domain/landlord-statement.ts';
import { formatBasisPoints, formatEuroNumber, formatEuros } from '../../../domain/money.ts';
import { type PdfLetterhead, type RenderedPdf, renderPdfDocument } from '../../platform/pdf/pdf-document.ts';

/** Everything one compte rendu prints: computed before, the PDF only lays it out (same words as the demo's). */
export interface StatementSheet {
  letterhead: PdfLetterhead;
  footerNote?: string;
  issuedOn: string;
  periodStart: string;
  periodEnd: string;
  landlord: { name: string; reference: string | null; addressLines: string[] };
  mandate: { reference: string; startDate: string; feeRateBasisPoints: number };
  units: {
    reference: string;
    address: string;
    tenant: string;
    rentCalledCents: number;
    chargesCalledCents: number;
    receivedCents: number;
    arrearsCents: number;
  }[];
  expenses: { date: string; unit: string; supplier: string; label: string; amountCents: number }[];
  figures: StatementFigures;
  /** The landlord's 4671 balance once the statement is posted: carried forward plus what tenants still owe. */
  accountBalanceCents: number;
  iban: string | null;
  signatory: string | null;
}

export const statementTitle = (periodStart: string, periodEnd: string) =>
  `Compte rendu de gérance — ${statementPeriodLabel(periodStart, periodEnd)}`;

const minus = (cents: number) => (cents === 0 ? formatEuros(0) : formatEuros(-cents));

export function renderStatement(sheet: StatementSheet): Promise<RenderedPdf> {
  const { figures, mandate } = sheet;
  const title = statementTitle(sheet.periodStart, sheet.periodEnd);
  const rate = formatBasisPoints(mandate.feeRateBasisPoints);
  const transfer =
    figures.transferCents > 0
      ? `Montant reversé : ${formatEuros(figures.transferCents)}, ${
          sheet.iban ? `par virement sur votre compte ${maskIban(sheet.iban)}` : 'par virement'
        }, le ${frenchDate(sheet.issuedOn)}.`
      : `Aucun virement pour cette période : les dépenses et honoraires dépassent les sommes encaissées, le solde de ${formatEuros(figures.closingBalanceCents)} est reporté sur la période suivante.`;
  return renderPdfDocument(
    {
      title,
      subject: `Gestion locative — mandat ${mandate.reference}`,
      keywords: ['compte rendu de gérance', sheet.periodEnd.slice(0, 4)],
      letterhead: sheet.letterhead,
      ...(sheet.footerNote ? { footerNote: sheet.footerNote } : {}),
    },
    (pdf) => {
      pdf
        .title(title, {
          subtitle: `Période du ${frenchDate(sheet.periodStart)} au ${frenchDate(sheet.periodEnd)}`,
          meta: `Émis le ${frenchDate(sheet.issuedOn)}`,
        })
        .addressBlock([sheet.landlord.name, ...sheet.landlord.addressLines])
        .facts([
          [
            'Mandant',
            sheet.landlord.reference ? `${sheet.landlord.name} — référence ${sheet.landlord.reference}` : sheet.landlord.name,
          ],
          ['Mandat de gestion', `${mandate.reference} du ${frenchDate(mandate.startDate)}`],
          ['Biens gérés', sheet.units.length === 1 ? '1 lot' : `${sheet.units.length} lots`],
          ['Honoraires', `${rate} HT des sommes encaissées, TVA 20 %`],
        ])
        .heading('Synthèse de la période')
        .table(
          [
            { header: 'Poste', width: 4 },
            { header: 'Montant', width: 1.5, align: 'right' },
          ],
          [
            [`Solde reporté au ${frenchDate(sheet.periodStart)}`, formatEuros(figures.openingBalanceCents)],
            ['Loyers et charges appelés (pour information)', formatEuros(figures.calledCents)],
            ['Loyers et charges encaissés', formatEuros(figures.receivedCents)],
            ['Dépenses réglées pour votre compte', minus(figures.expensesCents)],
            ...(figures.otherMovementsCents !== 0
              ? [['Autres mouvements de votre compte', formatEuros(figures.otherMovementsCents)]]
              : []),
            [`Honoraires de gestion (${rate} HT)`, minus(figures.feesExcludingVatCents)],
            ['TVA sur honoraires (20 %)', minus(figures.feesVatCents)],
          ],
          {
            totals: [
              ['Montant reversé au mandant', formatEuros(figures.transferCents)],
              [`Solde reporté au ${frenchDate(sheet.periodEnd)}`, formatEuros(figures.closingBalanceCents)],
            ],
          },
        )
        .paragraph(transfer)
        .paragraph(
          `Honoraires TTC de la période : ${formatEuros(figures.feesCents)} (${formatEuros(figures.feesExcludingVatCents)} HT et ${formatEuros(figures.feesVatCents)} de TVA). Reste dû par les locataires au ${frenchDate(sheet.periodEnd)} : ${formatEuros(figures.arrearsCents)}. Solde de votre compte propriétaire : ${formatEuros(sheet.accountBalanceCents)}.`,
        )
        .heading('Détail par lot')
        .table(
          [
            { header: 'Réf.', width: 0.8 },
            { header: 'Adresse', width: 2.2 },
            { header: 'Locataire', width: 2 },
            { header: 'Loyer appelé', width: 1, align: 'right' },
            { header: 'Charges appelées', width: 1, align: 'right' },
            { header: 'Encaissé', width: 1, align: 'right' },
            { header: 'Reste dû', width: 0.9, align: 'right' },
          ],
          sheet.units.map((unit) => [
            unit.reference,
            unit.address,
            unit.tenant,
            formatEuroNumber(unit.rentCalledCents),
            formatEuroNumber(unit.chargesCalledCents),
            formatEuroNumber(unit.receivedCents),
            unit.arrearsCents ? formatEuroNumber(unit.arrearsCents) : '—',
          ]),
          {
            totals: [
              [
                'Total',
                '',
                '',
                formatEuroNumber(figures.rentCalledCents),
                formatEuroNumber(figures.chargesCalledCents),
                formatEuroNumber(figures.receivedCents),
                formatEuroNumber(figures.arrearsCents),
              ],
            ],
          },
        )
        .heading('Dépenses réglées pour votre compte');
      if (sheet.expenses.length === 0) pdf.paragraph('Aucune dépense sur la période.');
      else
        pdf.table(
          [
            { header: 'Date', width: 0.9 },
            { header: 'Lot', width: 0.7 },
            { header: 'Fournisseur', width: 1.6 },
            { header: 'Nature', width: 2.6 },
            { header: 'Montant TTC', width: 1.1, align: 'right' },
          ],
          sheet.expenses.map((expense) => [
            frenchDate(expense.date),
            expense.unit,
            expense.supplier,
            expense.label,
            formatEuros(expense.amountCents),
          ]),
          { totals: [['', '', '', 'Total', formatEuros(figures.expensesCents)]] },
        );
      pdf.paragraph(
        'Les factures sont consultables sur demande. Les loyers sont révisés à la date anniversaire de chaque bail selon l’indice de référence des loyers prévu au contrat.',
      );
      if (sheet.signatory) pdf.signature([sheet.signatory, `Gestionnaire, ${sheet.letterhead.name}`]);
    },
  );
}
