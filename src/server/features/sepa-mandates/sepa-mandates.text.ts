import { createHash } from 'node:crypto';
import { frenchDate } from '../../../domain/french-dates.ts';
import { formatIban } from '../../../domain/iban.ts';
import { formatEuros } from '../../../domain/money.ts';
import type { PdfLetterhead, RenderedPdf } from '../../platform/pdf/pdf-document.ts';
import { renderPdfDocument } from '../../platform/pdf/pdf-document.ts';

/**
 * Everything the mandate says, fixed when the summary is shown and kept in the SMS challenge: the text signed
 * is rebuilt from it at signature and must hash to what the code was sent for.
 */
export interface MandateDraft {
  /** The co-owner's condominium, or null for a tenant's lease. */
  condominiumId: string | null;
  /** What is paid for: the condominium's name, or the rented unit. */
  condominiumName: string;
  /** A tenant's lease and its unit (the rent is collected by the agency for its landlords). */
  leaseId?: string | null;
  managedUnitId?: string | null;
  creditorAccountId: string;
  agencyId: string;
  mode: 'automatic' | 'manual';
  reference: string;
  date: string;
  creditor: { name: string; addressLines: string[]; identifier: string };
  debtor: { name: string; addressLines: string[]; iban: string; bic: string | null; bankName: string | null };
  /** manual mode: the one collection of the balance owed when signing. */
  amountCents: number | null;
  letterhead: PdfLetterhead;
}

export const MANDATE_TITLE = 'Mandat de prélèvement SEPA';

/** The EPC's wording of the debtor's rights, word for word (EPC SDD Core rulebook, mandate annex). */
export const refundRightText = (creditor: string) =>
  `En signant ce formulaire de mandat, vous autorisez (A) ${creditor} à envoyer des instructions à votre banque pour débiter votre compte, et (B) votre banque à débiter votre compte conformément aux instructions de ${creditor}. Vous bénéficiez du droit d'être remboursé par votre banque selon les conditions décrites dans la convention que vous avez passée avec elle. Une demande de remboursement doit être présentée dans les 8 semaines suivant la date de débit de votre compte pour un prélèvement autorisé.`;

const paymentType = (draft: MandateDraft) => (draft.mode === 'automatic' ? 'Paiement récurrent' : 'Paiement ponctuel');

const purpose = (draft: MandateDraft) =>
  draft.leaseId
    ? draft.mode === 'automatic'
      ? `Loyers et charges de ${draft.condominiumName} : prélèvement de chaque avis d'échéance à son échéance.`
      : `Loyers et charges de ${draft.condominiumName} : un prélèvement unique de ${formatEuros(draft.amountCents ?? 0)}.`
    : draft.mode === 'automatic'
      ? `Charges de copropriété de ${draft.condominiumName} : prélèvement de chaque appel de fonds à son échéance.`
      : `Charges de copropriété de ${draft.condominiumName} : un prélèvement unique de ${formatEuros(draft.amountCents ?? 0)}.`;

/** The facts of the mandate as label/value pairs: the summary's lines and the PDF's table. */
export function mandateFacts(draft: MandateDraft): [string, string][] {
  return [
    ['Référence unique du mandat (RUM)', draft.reference],
    ['Type de paiement', paymentType(draft)],
    ['Créancier', draft.creditor.name],
    ['Adresse du créancier', draft.creditor.addressLines.join(', ')],
    ['Identifiant créancier SEPA (ICS)', draft.creditor.identifier],
    ['Débiteur', draft.debtor.name],
    ['Adresse du débiteur', draft.debtor.addressLines.join(', ')],
    ['IBAN', formatIban(draft.debtor.iban)],
    ['BIC', draft.debtor.bic ?? 'non renseigné'],
    ...(draft.debtor.bankName ? ([['Banque', draft.debtor.bankName]] as [string, string][]) : []),
    ['Objet', purpose(draft)],
    ['Date', frenchDate(draft.date)],
  ];
}

/** The full text the person reads and signs, in plain lines. */
export function mandateSummaryText(draft: MandateDraft): string {
  return [
    MANDATE_TITLE,
    '',
    ...mandateFacts(draft).map(([label, value]) => `${label} : ${value}`),
    '',
    refundRightText(draft.creditor.name),
  ].join('\n');
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The signed mandate as a PDF: the same facts and wording, then the signature's evidence. */
export function renderMandatePdf(
  draft: MandateDraft,
  signature: { place: string; signedAt: Date; summaryHash: string; sentTo: string },
): Promise<RenderedPdf> {
  const at = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });
  return renderPdfDocument(
    {
      title: MANDATE_TITLE,
      subject: `${draft.creditor.name} — ${draft.debtor.name}`,
      keywords: ['mandat', 'SEPA', draft.reference],
      letterhead: draft.letterhead,
      createdAt: signature.signedAt,
    },
    (pdf) => {
      pdf
        .title(MANDATE_TITLE, { subtitle: draft.creditor.name, meta: `RUM ${draft.reference}` })
        .facts(mandateFacts(draft))
        .paragraph(refundRightText(draft.creditor.name), { align: 'justify' })
        .heading('Signature électronique')
        .facts([
          ['Signé à', signature.place],
          ['Le', at.format(signature.signedAt)],
          ['Code de signature', `envoyé par SMS au ${signature.sentTo}`],
          ['Empreinte du texte signé (SHA-256)', signature.summaryHash],
        ]);
    },
  );
}
