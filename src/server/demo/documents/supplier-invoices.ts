import { addDays, parisInstant } from '../../../domain/calendar.ts';
import { frenchDate, frenchShortDate } from '../../../domain/french-dates.ts';
import { formatEuroNumber, formatEuros } from '../../../domain/money.ts';
import { invoiceTitle } from '../../features/council/council-invoices.service.ts';
import type { PdfBuilder, PdfLetterhead } from '../../platform/pdf/pdf-document.ts';
import type { SyndicDemo } from '../syndic.ts';
import type { DemoDocumentsPlan } from './all-documents.ts';
import { pdfFileName } from './demo-documents.ts';

/**
 * A supplier's invoice to the Créteil syndicate, the way such invoices look: the supplier's letterhead, the
 * syndicate care of its syndic, the lines excluding VAT, the VAT and the total, and the mentions the Code de
 * commerce requires (due date, late-payment penalties, the 40 € recovery fee).
 */

export interface DemoSupplier {
  name: string;
  addressLines: readonly string[];
  phone: string;
  email: string;
  /** SIREN, form and capital: the supplier's legal line under every page. */
  legal: string;
  /** VAT rate in basis points; 0 for exempt services (insurance, bank charges). */
  vatBasisPoints: number;
  exemption?: string;
}

const supplier = (
  name: string,
  street: string,
  city: string,
  phone: string,
  email: string,
  legal: string,
  vatBasisPoints = 2_000,
  exemption?: string,
): DemoSupplier => ({ name, addressLines: [street, city], phone, email, legal, vatBasisPoints, exemption });

export const DEMO_SUPPLIERS: Record<string, DemoSupplier> = {
  'Eau de Paris Val-de-Marne': supplier(
    'Eau de Paris Val-de-Marne',
    '12 rue des Sources',
    '94000 Créteil',
    '01 45 17 20 00',
    'facturation@eau-val-de-marne.example',
    'SPL au capital de 2 000 000 € — RCS Créteil 500 111 222',
    550,
  ),
  'EDF Entreprises': supplier(
    'EDF Entreprises',
    'TSA 21941',
    '62978 Arras Cedex 9',
    '09 69 32 15 15',
    'entreprises@edf.example',
    'SA au capital de 1 943 290 542 € — RCS Paris 552 081 317',
  ),
  'Engie Gaz': supplier(
    'Engie Gaz',
    '1 place Samuel de Champlain',
    '92400 Courbevoie',
    '09 69 39 99 93',
    'pro@engie-gaz.example',
    'SA au capital de 2 435 285 011 € — RCS Nanterre 542 107 651',
  ),
  'Net & Clair Services': supplier(
    'Net & Clair Services',
    '8 rue du Commerce',
    '94000 Créteil',
    '01 48 99 12 40',
    'contact@netclair.example',
    'SARL au capital de 20 000 € — RCS Créteil 812 004 117',
  ),
  'Maintenance Technique Créteil': supplier(
    'Maintenance Technique Créteil',
    '3 avenue du Général de Gaulle',
    '94000 Créteil',
    '01 43 39 70 70',
    'sav@mtc.example',
    'SAS au capital de 50 000 € — RCS Créteil 790 321 654',
  ),
  'Dépannage Bâtiment 94': supplier(
    'Dépannage Bâtiment 94',
    '27 rue de Paris',
    '94470 Boissy-Saint-Léger',
    '01 45 69 03 03',
    'atelier@db94.example',
    'SARL au capital de 10 000 € — RCS Créteil 833 210 987',
    1_000,
  ),
  'Mutuelle des Propriétaires': supplier(
    'Mutuelle des Propriétaires',
    '14 boulevard Haussmann',
    '75009 Paris',
    '01 53 20 40 00',
    'sinistres@mutuelle-proprietaires.example',
    'Société d’assurance mutuelle — entreprise régie par le Code des assurances',
    0,
    'Opération exonérée de TVA (article 261 C du CGI) ; taxe sur les conventions d’assurance incluse.',
  ),
  'ImmoCity Coulon': supplier(
    'ImmoCity Coulon',
    '47 avenue de la République',
    '94600 Choisy-le-Roi',
    '01 48 84 00 00',
    'gestion@immocity.example',
    'SAS au capital de 150 000 € — RCS Créteil 812 345 678 — Carte professionnelle CPI 9401 2019 000 041 212',
  ),
  'Banque Coopérative du Val-de-Marne': supplier(
    'Banque Coopérative du Val-de-Marne',
    '2 place Salvador Allende',
    '94000 Créteil',
    '01 49 80 80 80',
    'entreprises@bcvm.example',
    'Société coopérative de banque — RCS Créteil 775 600 100',
    0,
    'Services bancaires exonérés de TVA (article 261 C du CGI).',
  ),
};

export interface DemoInvoice {
  supplierName: string;
  invoiceNumber: string;
  invoiceDate: string;
  label: string;
  period: string;
  accountCode: string;
  keyName: string;
  amountCents: number;
}

export const supplierLetterhead = (found: DemoSupplier): PdfLetterhead => ({
  name: found.name,
  addressLines: found.addressLines,
  phone: found.phone,
  email: found.email,
});

export function supplierOf(name: string): DemoSupplier {
  return (
    DEMO_SUPPLIERS[name] ??
    supplier(name, '1 rue de la Paix', '94000 Créteil', '01 00 00 00 00', 'contact@fournisseur.example', name)
  );
}

/** Writes the invoice; `syndicate` and `syndic` are who it is addressed to. */
export function buildSupplierInvoice(
  pdf: PdfBuilder,
  invoice: DemoInvoice,
  addressee: { syndicate: string; syndic: string; syndicAddress: readonly string[]; reference: string },
): void {
  const found = supplierOf(invoice.supplierName);
  // The ledger holds what the syndicate pays, VAT included: the excluding-VAT amount is derived from it.
  const exclusive = Math.round((invoice.amountCents * 10_000) / (10_000 + found.vatBasisPoints));
  const vat = invoice.amountCents - exclusive;
  const due = addDays(invoice.invoiceDate, 30);
  const rate = `${(found.vatBasisPoints / 100).toLocaleString('fr-FR')} %`;
  pdf
    .title(`Facture n° ${invoice.invoiceNumber}`, {
      subtitle: found.name,
      meta: `Émise le ${frenchDate(invoice.invoiceDate)}`,
    })
    .addressBlock([addressee.syndicate, `c/o ${addressee.syndic}, syndic`, ...addressee.syndicAddress])
    .facts([
      ['Date de facture', frenchShortDate(invoice.invoiceDate)],
      ['Date d’échéance', frenchShortDate(due)],
      ['Référence client', addressee.reference],
      ['Période facturée', invoice.period],
      ['Imputation', `Compte ${invoice.accountCode} — clé « ${invoice.keyName} »`],
    ])
    .table(
      [
        { header: 'Désignation', width: 4.2 },
        { header: 'Qté', width: 0.6, align: 'right' },
        { header: 'Prix unitaire HT', width: 1.4, align: 'right' },
        { header: 'Montant HT', width: 1.4, align: 'right' },
      ],
      [[`${invoice.label} — ${invoice.period}`, '1', formatEuroNumber(exclusive), formatEuroNumber(exclusive)]],
      {
        totals: [
          ['Total hors taxes', '', '', formatEuroNumber(exclusive)],
          [found.vatBasisPoints > 0 ? `TVA ${rate}` : 'TVA non applicable', '', '', formatEuroNumber(vat)],
          ['Net à payer TTC', '', '', formatEuroNumber(invoice.amountCents)],
        ],
      },
    );
  if (found.exemption) pdf.paragraph(found.exemption, { italic: true });
  pdf
    .paragraph(
      `Montant à régler : ${formatEuros(invoice.amountCents)} au plus tard le ${frenchDate(due)}, par virement sur le compte du fournisseur en rappelant le numéro de facture ${invoice.invoiceNumber}. Pas d’escompte pour paiement anticipé.`,
    )
    .paragraph(
      'En cas de retard de paiement, des pénalités sont exigibles au taux de trois fois le taux d’intérêt légal, ainsi qu’une indemnité forfaitaire pour frais de recouvrement de 40 € (articles L. 441-10 et D. 441-5 du Code de commerce).',
      { italic: true },
    )
    .paragraph(
      'Facture adressée au syndicat des copropriétaires, pris en la personne de son syndic ; elle est tenue à la disposition du conseil syndical avec les autres pièces justificatives des charges (article 18-1 de la loi du 10 juillet 1965).',
      { italic: true },
    );
}

/** Describes one invoice's PDF, published to the council; rendered with the other demo documents. */
export function addInvoiceDocument(
  plan: DemoDocumentsPlan,
  syndic: SyndicDemo,
  today: string,
  addressee: Parameters<typeof buildSupplierInvoice>[2],
  invoice: Parameters<typeof buildSupplierInvoice>[1],
): string {
  const supplier = supplierOf(invoice.supplierName);
  const title = invoiceTitle(invoice.supplierName, invoice.invoiceNumber);
  // Put online a couple of days after it arrived, and never among the "new" documents of the last days.
  const published = [addDays(invoice.invoiceDate, 2), addDays(today, -4)].sort()[0] ?? invoice.invoiceDate;
  return plan.documents.add({
    agencyId: syndic.agencyId,
    folder: 'conseil_syndical',
    kind: 'Facture fournisseur',
    title,
    year: Number(invoice.invoiceDate.slice(0, 4)),
    scope: 'council',
    condominiumId: syndic.condominiumId,
    publishedAt: parisInstant(published, '11:00'),
    publishedByStaffId: syndic.managerId,
    fileName: pdfFileName(title),
    pdf: {
      letterhead: { name: supplier.name, addressLines: supplier.addressLines, phone: supplier.phone, email: supplier.email },
      footerNote: supplier.legal,
    },
    build: (pdf) => buildSupplierInvoice(pdf, invoice, addressee),
  });
}
