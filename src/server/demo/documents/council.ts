import { addDays } from '../../../domain/calendar.ts';
import { frenchDate, frenchShortDate } from '../../../domain/french-dates.ts';
import { formatEuroNumber, formatEuros } from '../../../domain/money.ts';
import { seededRandom } from '../people.ts';
import { computeCall } from './calls-for-funds.ts';
import type { SyndicContext } from './context.ts';
import { syndicateBank } from './demo-budget.ts';
import { pdfFileName } from './demo-documents.ts';

/**
 * The council's area (décret 2019-502): the separate account's bank statement, the syndic's liability
 * insurance and professional licence. Council scope: only the council members of the condominium see them.
 */
export function addCouncilDocuments(context: SyndicContext): void {
  addBankStatement(context);
  addLiabilityInsurance(context);
  addProfessionalCard(context);
}

function base(context: SyndicContext, title: string) {
  return {
    agencyId: context.syndic.agencyId,
    folder: 'conseil_syndical' as const,
    title,
    scope: 'council' as const,
    condominiumId: context.syndic.condominiumId,
    publishedByStaffId: context.syndic.managerId,
    fileName: pdfFileName(title),
    pdf: { letterhead: context.letterhead, footerNote: context.footerNote },
  };
}

interface Movement {
  date: string;
  label: string;
  debit: number;
  credit: number;
}

function addBankStatement(context: SyndicContext): void {
  const title = 'Relevé bancaire du compte séparé — octobre 2026';
  const { view } = context;
  const random = seededRandom(202_610);
  const members = view.membersOn('2026-10-01');
  const movements: Movement[] = [];
  members.forEach((member, index) => {
    // Most co-owners pay the fourth-quarter call in the first fortnight; three have not paid by the 31st.
    if (index % 8 === 5) return;
    const day = member.personId === view.personId('Allouard') ? 2 : 1 + Math.floor(random() * 15);
    const amount = computeCall(view, member.personId, 4).totalCents;
    movements.push({
      date: `2026-10-${String(day).padStart(2, '0')}`,
      label: `VIR ${member.name.toUpperCase()} — ${member.reference} T4-2026`,
      debit: 0,
      credit: amount,
    });
  });
  const supplier = (date: string, label: string, debit: number) => movements.push({ date, label, debit, credit: 0 });
  supplier('2026-10-03', "PRLV NET'PRO SERVICES CRETEIL — NETTOYAGE OCTOBRE 2026", 120_000);
  supplier('2026-10-05', 'PRLV ÉNERGIES VAL-DE-MARNE — GAZ CHAUFFERIE SEPTEMBRE 2026', 148_036);
  supplier('2026-10-06', 'VIR ASCENSEURS DELTA MAINTENANCE — 4E TRIMESTRE 2026', 99_000);
  supplier('2026-10-08', 'VIR THERMI-SERVICES IDF — CONTRAT P2 4E TRIMESTRE', 135_000);
  supplier('2026-10-09', 'VIR LES JARDINS DE LA MARNE — ENTRETIEN OCTOBRE', 30_000);
  supplier('2026-10-12', 'PRLV ÉLECTRICITÉ PARTIES COMMUNES — FACTURE 09/2026', 21_048);
  supplier('2026-10-15', 'VIR IMMOCITY COULON — HONORAIRES 4E TRIMESTRE 2026', 240_000);
  supplier('2026-10-20', 'VIR PLOMBERIE DUPUIS — FUITE COLONNE BÂT. B', 68_640);
  supplier('2026-10-26', 'PRLV EAU DU SUD PARISIEN — RELEVÉ 3E TRIMESTRE', 154_220);
  supplier('2026-10-30', "VIR CABINET ARCATURE — MAÎTRISE D'ŒUVRE RAVALEMENT ACOMPTE", 192_000);
  supplier('2026-10-31', 'FRAIS DE TENUE DE COMPTE — OCTOBRE', 3_250);
  movements.sort((a, b) => a.date.localeCompare(b.date) || b.credit - a.credit);
  const opening = 4_823_618;
  const debits = movements.reduce((sum, movement) => sum + movement.debit, 0);
  const credits = movements.reduce((sum, movement) => sum + movement.credit, 0);
  const closing = opening - debits + credits;
  const amount = (cents: number) => (cents === 0 ? '' : formatEuroNumber(cents));

  context.documents.add({
    ...base(context, title),
    kind: 'Relevé bancaire',
    year: 2026,
    // Received from the bank early November and put online for the council two days ago.
    publishedAt: context.recent(50),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: `${syndicateBank.name} — relevé n° 10 de 2026`,
          meta: 'Période du 1er au 31 octobre 2026',
        })
        .facts([
          ['Titulaire', syndicateBank.holder],
          ['IBAN', syndicateBank.iban],
          ['BIC', syndicateBank.bic],
          ['Solde au 30/09/2026', formatEuros(opening)],
        ])
        .table(
          [
            { header: 'Date', width: 0.9 },
            { header: 'Libellé', width: 4.4 },
            { header: 'Débit', width: 1.1, align: 'right' },
            { header: 'Crédit', width: 1.1, align: 'right' },
          ],
          movements.map((movement) => [
            frenchShortDate(movement.date),
            movement.label,
            amount(movement.debit),
            amount(movement.credit),
          ]),
          {
            totals: [
              ['', 'Total des mouvements', formatEuroNumber(debits), formatEuroNumber(credits)],
              ['31/10/2026', 'Nouveau solde créditeur', '', formatEuroNumber(closing)],
            ],
          },
        )
        .paragraph(
          "Compte bancaire séparé ouvert au nom du syndicat des copropriétaires (article 18 de la loi du 10 juillet 1965). Relevé communiqué au conseil syndical pour le contrôle de la gestion du syndic ; les pièces justificatives des dépenses sont consultables à l'agence.",
          { italic: true },
        );
    },
  });
}

function addLiabilityInsurance(context: SyndicContext): void {
  const title = 'Attestation d’assurance responsabilité civile professionnelle du syndic';
  context.documents.add({
    ...base(context, title),
    kind: 'Attestation d’assurance',
    year: 2026,
    publishedAt: context.archived('2026-01-12'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Assurances des Professions Immobilières — contrat n° RCP-IMM-2019-55120',
          meta: `Paris, le ${frenchDate('2026-01-05')}`,
        })
        .paragraph(
          "Nous soussignés, Assurances des Professions Immobilières, 18 rue de Londres, 75009 Paris, attestons que la société ImmoCity Coulon, SAS au capital de 150 000 €, dont le siège est 47 avenue de la République, 94600 Choisy-le-Roi, est titulaire d'un contrat d'assurance garantissant sa responsabilité civile professionnelle conformément à l'article 3 de la loi n° 70-9 du 2 janvier 1970 (loi Hoguet) et au décret n° 72-678 du 20 juillet 1972.",
        )
        .facts([
          ['Période de validité', 'Du 1er janvier 2026 au 31 décembre 2026'],
          ['Activités garanties', 'Gestion immobilière, syndic de copropriété, transactions sur immeubles et fonds de commerce'],
          ['Montant garanti', '2 000 000 € par sinistre et 3 000 000 € par année d’assurance'],
          ['Franchise', '1 500 € par sinistre, inopposable aux tiers lésés'],
        ])
        .paragraph(
          "La présente attestation ne peut engager l'assureur au-delà des conditions et limites du contrat auquel elle se réfère. Elle est délivrée pour servir et valoir ce que de droit, notamment pour sa communication au conseil syndical (décret n° 2019-502).",
        )
        .signature(['Pour l’assureur,', 'Direction des risques professionnels']);
    },
  });
}

function addProfessionalCard(context: SyndicContext): void {
  const title = 'Carte professionnelle du syndic';
  const issued = '2025-05-15';
  context.documents.add({
    ...base(context, title),
    kind: 'Carte professionnelle',
    year: 2025,
    publishedAt: context.archived('2025-05-22'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Chambre de commerce et d’industrie de région Paris Île-de-France',
          meta: `Délivrée le ${frenchDate(issued)}, valable jusqu'au ${frenchDate(addDays('2028-05-15', -1))}`,
        })
        .facts([
          ['Numéro', 'CPI 9401 2019 000 041 212'],
          ['Titulaire', 'ImmoCity Coulon, SAS — RCS Créteil 812 345 678'],
          ['Siège', '47 avenue de la République, 94600 Choisy-le-Roi'],
          ['Représentant légal', 'M. Patrick Coulon, président'],
          ['Mentions', 'Gestion immobilière — Syndic de copropriété — Transactions sur immeubles et fonds de commerce'],
          [
            'Garantie financière',
            'Caisse de Garantie de l’Immobilier, 1 600 000 € (gestion et syndic), 120 000 € (transactions)',
          ],
          ['Détention de fonds', 'Oui, par l’intermédiaire des comptes séparés des syndicats et d’un compte mandant'],
        ])
        .paragraph(
          "Carte délivrée en application de la loi n° 70-9 du 2 janvier 1970 et du décret n° 72-678 du 20 juillet 1972, pour une durée de trois ans. Son renouvellement est subordonné à la justification de la garantie financière, de l'assurance de responsabilité civile professionnelle et du respect de l'obligation de formation continue.",
        );
    },
  });
}
