import { frenchDate } from '../../../domain/french-dates.ts';
import type { Quarter } from '../../../domain/funds-call.ts';
import { quarterLabel } from '../../../domain/funds-call.ts';
import { formatEuros } from '../../../domain/money.ts';
import { type PdfLetterhead, type RenderedPdf, renderPdfDocument } from '../../platform/pdf/pdf-document.ts';

/** What one co-owner's call says: everything is computed before, the PDF only lays it out. */
export interface CallNotice {
  letterhead: PdfLetterhead;
  syndicate: string;
  year: number;
  quarter: Quarter;
  dueDate: string;
  issuedOn: string;
  coOwner: { name: string; reference: string | null; addressLines: string[] };
  lots: { number: string; description: string | null }[];
  lines: { label: string; lotNumber: string; shares: string; calledCents: number; partCents: number }[];
  provisionsCents: number;
  worksFundCents: number;
  totalCents: number;
  previousBalanceCents: number;
  iban: string | null;
  bic: string | null;
  holderName: string | null;
  automaticDebit: boolean;
}

export const callTitle = (year: number, quarter: Quarter) => `Appel de fonds du ${quarterLabel(year, quarter)}`;

/** "FR76 3000 6000 0112 3456 7890 189": read and copied by people, so printed in groups of four. */
const groupedIban = (iban: string) =>
  iban
    .replace(/\s+/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim();

export function renderCallNotice(notice: CallNotice): Promise<RenderedPdf> {
  const title = callTitle(notice.year, notice.quarter);
  const due = notice.previousBalanceCents + notice.totalCents;
  return renderPdfDocument(
    {
      title,
      subject: `${notice.syndicate} — ${notice.coOwner.name}`,
      keywords: ['appel de fonds', String(notice.year)],
      letterhead: notice.letterhead,
    },
    (pdf) => {
      pdf
        .title(title, { subtitle: notice.syndicate, meta: `Émis le ${frenchDate(notice.issuedOn)}` })
        .addressBlock([notice.coOwner.name, ...notice.coOwner.addressLines])
        .facts([
          [
            'Copropriétaire',
            notice.coOwner.reference ? `${notice.coOwner.name} — référence ${notice.coOwner.reference}` : notice.coOwner.name,
          ],
          ['Lots', notice.lots.map((lot) => (lot.description ? `${lot.number} (${lot.description})` : lot.number)).join(' ; ')],
          ['Période', quarterLabel(notice.year, notice.quarter)],
          ['Date d’exigibilité', frenchDate(notice.dueDate)],
        ])
        .heading('Détail par clé de répartition')
        .table(
          [
            { header: 'Nature', width: 2.6 },
            { header: 'Lot', width: 0.6, align: 'center' },
            { header: 'Tantièmes', width: 1.3, align: 'right' },
            { header: 'Montant appelé', width: 1.3, align: 'right' },
            { header: 'Votre quote-part', width: 1.3, align: 'right' },
          ],
          notice.lines.map((line) => [
            line.label,
            line.lotNumber,
            line.shares,
            formatEuros(line.calledCents),
            formatEuros(line.partCents),
          ]),
          { totals: [['Total de l’appel', '', '', '', formatEuros(notice.totalCents)]] },
        )
        .heading('Votre compte')
        .table(
          [
            { header: 'Libellé', width: 4 },
            { header: 'Montant', width: 1.4, align: 'right' },
          ],
          [
            ['Solde antérieur', formatEuros(notice.previousBalanceCents)],
            ['Provisions sur charges courantes', formatEuros(notice.provisionsCents)],
            ['Cotisation au fonds de travaux', formatEuros(notice.worksFundCents)],
          ],
          { totals: [['Montant à régler', formatEuros(due)]] },
        );
      const payment = notice.automaticDebit
        ? [
            'Prélèvement automatique : le montant de cet appel sera prélevé à la date d’exigibilité sur le compte de votre mandat SEPA.',
          ]
        : [
            `À régler au plus tard le ${frenchDate(notice.dueDate)}, par virement ou par chèque à l’ordre du syndicat.`,
            ...(notice.iban
              ? [
                  `Titulaire : ${notice.holderName ?? notice.syndicate}`,
                  `IBAN : ${groupedIban(notice.iban)}${notice.bic ? ` — BIC : ${notice.bic}` : ''}`,
                ]
              : []),
            `Rappelez en référence : ${notice.coOwner.reference ?? notice.coOwner.name}.`,
            'Vous pouvez aussi demander le prélèvement automatique depuis votre espace, rubrique Finances.',
          ];
      pdf.callout(
        [`Montant à régler : ${formatEuros(due)} — exigible le ${frenchDate(notice.dueDate)}`, ...payment],
        'Règlement',
      );
      pdf.paragraph(
        'Les provisions sont égales au quart du budget prévisionnel voté en assemblée générale, exigibles le premier jour du trimestre (loi du 10 juillet 1965, art. 14-1). Chaque montant est réparti entre tous les lots de la clé au prorata de leurs tantièmes, au centime près.',
        { italic: true },
      );
    },
  );
}
