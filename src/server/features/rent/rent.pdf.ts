import { parseCalendarDate } from '../../../domain/calendar.ts';
import { frenchDate, frenchMonthName } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { type PdfLetterhead, type RenderedPdf, renderPdfDocument } from '../../platform/pdf/pdf-document.ts';

/** The parties and the place, as every rent document names them. */
export interface RentParties {
  letterhead: PdfLetterhead;
  agencyName: string;
  landlord: string;
  tenants: { name: string; reference: string | null }[];
  /** The tenants' postal address block: the unit let, usually. */
  addressLines: string[];
  unit: string;
  leaseReference: string;
}

export interface RentNotice extends RentParties {
  periodStart: string;
  dueDate: string;
  issuedOn: string;
  rentCents: number;
  chargesCents: number;
  /** What was owed before this month (positive = owed), as the notice prints it. */
  previousBalanceCents: number;
  bank: { iban: string; bic: string | null; holderName: string } | null;
  automaticDebit: boolean;
}

export interface RentAcknowledgement extends RentParties {
  kind: 'quittance' | 'receipt';
  periodStart: string;
  issuedOn: string;
  /** What is acknowledged; for a quittance, the whole month. */
  amountCents: number;
  rentCents: number;
  chargesCents: number;
  /** The month's full amounts, for a receipt to say what remains. */
  monthRentCents: number;
  monthChargesCents: number;
  paidOn: string | null;
}

/** "2026-12-01" → "décembre 2026". */
export function monthLabel(periodStart: string): string {
  const { year, month } = parseCalendarDate(periodStart);
  return `${frenchMonthName(month)} ${year}`;
}

export const noticeTitle = (periodStart: string) => `Avis d’échéance — ${monthLabel(periodStart)}`;
export const quittanceTitle = (periodStart: string) => `Quittance de loyer — ${monthLabel(periodStart)}`;
export const receiptTitle = (periodStart: string) => `Reçu de paiement partiel — ${monthLabel(periodStart)}`;

const groupedIban = (iban: string) =>
  iban
    .replace(/\s+/g, '')
    .replace(/(.{4})/g, '$1 ')
    .trim();

const tenantNames = (parties: RentParties) => parties.tenants.map((tenant) => tenant.name).join(' et ');

function partiesFacts(parties: RentParties): [string, string][] {
  return [
    ['Bailleur', `${parties.landlord}, représenté par ${parties.agencyName}, son mandataire`],
    [
      parties.tenants.length > 1 ? 'Locataires' : 'Locataire',
      parties.tenants.map((tenant) => (tenant.reference ? `${tenant.name} (${tenant.reference})` : tenant.name)).join(' ; '),
    ],
    ['Logement', parties.unit],
    ['Bail', parties.leaseReference],
  ];
}

/** The avis d'échéance: what the month asks for, rent and charges apart, with what was still owed before. */
export function renderRentNotice(notice: RentNotice): Promise<RenderedPdf> {
  const title = noticeTitle(notice.periodStart);
  const month = notice.rentCents + notice.chargesCents;
  const due = notice.previousBalanceCents + month;
  return renderPdfDocument(
    {
      title,
      subject: `${notice.unit} — ${tenantNames(notice)}`,
      keywords: ['avis d’échéance', 'loyer'],
      letterhead: notice.letterhead,
    },
    (pdf) => {
      pdf
        .title('Avis d’échéance', {
          subtitle: `Loyer de ${monthLabel(notice.periodStart)}`,
          meta: `Émis le ${frenchDate(notice.issuedOn)}`,
        })
        .addressBlock([tenantNames(notice), ...notice.addressLines])
        .facts([
          ...partiesFacts(notice),
          ['Période', `du ${frenchDate(notice.periodStart)} au dernier jour du mois`],
          ['Date d’échéance', frenchDate(notice.dueDate)],
        ])
        .heading('Détail')
        .table(
          [
            { header: 'Libellé', width: 4 },
            { header: 'Montant', width: 1.4, align: 'right' },
          ],
          [
            ['Solde antérieur', formatEuros(notice.previousBalanceCents)],
            ['Loyer', formatEuros(notice.rentCents)],
            ['Provision sur charges', formatEuros(notice.chargesCents)],
          ],
          { totals: [['Total à payer', formatEuros(due)]] },
        );
      const payment = notice.automaticDebit
        ? ['Prélèvement automatique : ce montant sera prélevé à l’échéance sur le compte de votre mandat SEPA.']
        : [
            `À régler au plus tard le ${frenchDate(notice.dueDate)}, par virement ou par chèque à l’ordre de ${notice.agencyName}.`,
            ...(notice.bank
              ? [
                  `Titulaire : ${notice.bank.holderName}`,
                  `IBAN : ${groupedIban(notice.bank.iban)}${notice.bank.bic ? ` — BIC : ${notice.bank.bic}` : ''}`,
                ]
              : []),
            `Rappelez en référence : ${notice.tenants[0]?.reference ?? notice.leaseReference}.`,
          ];
      pdf.callout([`Total à payer : ${formatEuros(due)} — échéance le ${frenchDate(notice.dueDate)}`, ...payment], 'Règlement');
      pdf.paragraph(
        'Cet avis d’échéance n’est pas une quittance. La quittance vous sera délivrée gratuitement dès le paiement complet du mois (loi du 6 juillet 1989, art. 21).',
        { italic: true },
      );
    },
  );
}

/** A quittance (the month paid in full) or a receipt of a partial payment, which says it is not a quittance. */
export function renderRentAcknowledgement(doc: RentAcknowledgement): Promise<RenderedPdf> {
  const month = monthLabel(doc.periodStart);
  const quittance = doc.kind === 'quittance';
  const title = quittance ? quittanceTitle(doc.periodStart) : receiptTitle(doc.periodStart);
  return renderPdfDocument(
    {
      title,
      subject: `${doc.unit} — ${tenantNames(doc)}`,
      keywords: [quittance ? 'quittance' : 'reçu', 'loyer'],
      letterhead: doc.letterhead,
    },
    (pdf) => {
      pdf
        .title(quittance ? 'Quittance de loyer' : 'Reçu', {
          subtitle: `Mois de ${month}`,
          meta: `Établi le ${frenchDate(doc.issuedOn)}`,
        })
        .addressBlock([tenantNames(doc), ...doc.addressLines])
        .facts(partiesFacts(doc));
      if (quittance) {
        pdf.paragraph(
          `Je soussigné, ${doc.agencyName}, mandataire de ${doc.landlord}, bailleur, déclare avoir reçu de ${tenantNames(doc)} la somme de ${formatEuros(doc.amountCents)} au titre du loyer et des charges du mois de ${month}, et lui en donne quittance, sous réserve de tous mes droits.`,
          { align: 'justify' },
        );
      } else {
        pdf.paragraph(
          `${doc.agencyName}, mandataire de ${doc.landlord}, bailleur, reconnaît avoir reçu de ${tenantNames(doc)}${doc.paidOn ? ` le ${frenchDate(doc.paidOn)}` : ''} la somme de ${formatEuros(doc.amountCents)}, en paiement partiel du loyer et des charges du mois de ${month}.`,
          { align: 'justify' },
        );
      }
      pdf.heading('Détail').table(
        [
          { header: 'Libellé', width: 4 },
          { header: 'Montant', width: 1.4, align: 'right' },
        ],
        [
          ['Loyer', formatEuros(doc.rentCents)],
          ['Provision sur charges', formatEuros(doc.chargesCents)],
        ],
        { totals: [[quittance ? 'Total reçu' : 'Somme reçue', formatEuros(doc.amountCents)]] },
      );
      if (quittance) {
        pdf.paragraph(
          'Quittance délivrée gratuitement (loi n° 89-462 du 6 juillet 1989, art. 21). Le paiement de la présente quittance n’emporte pas présomption de paiement des termes antérieurs.',
          { italic: true },
        );
      } else {
        const rest = doc.monthRentCents + doc.monthChargesCents;
        pdf.callout(
          [
            'Ce reçu n’est pas une quittance : il constate un paiement partiel.',
            `Le mois de ${month} s’élève à ${formatEuros(rest)} (loyer ${formatEuros(doc.monthRentCents)}, provision sur charges ${formatEuros(doc.monthChargesCents)}) ; la quittance sera délivrée gratuitement dès son paiement complet.`,
          ],
          'Paiement partiel',
        );
      }
      pdf.signature([doc.agencyName, `pour le compte de ${doc.landlord}`]);
    },
  );
}
