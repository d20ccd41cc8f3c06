import { addMonths, firstOfMonth, lastOfMonth } from '../../../domain/calendar.ts';
import { frenchDate, frenchMonthName } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { DemoBatch } from '../batch.ts';
import { units } from '../rental-units.ts';
import type { RentalContext } from './context.ts';
import { pdfFileName } from './demo-documents.ts';

/**
 * The demo tenant's file: the lease of 20 rue de Chambéry, the check-in inventory and the rent receipts of
 * the last three months (loi 89-462, art. 21: rent and charges shown apart). Amounts come from the lease row.
 */

export interface TenancyView {
  tenantId: string;
  tenantName: string;
  managedUnitId: string;
  unit: (typeof units)[number];
  lease: DemoBatch['leases'][number];
  landlordName: string;
}

const personName = (batch: DemoBatch, personId: string) => {
  const person = batch.persons.find((row) => row.id === personId);
  if (!person) throw new Error(`Demo data refers to an unknown person: ${personId}`);
  return displayName({
    civility: person.civility,
    firstName: person.firstName ?? null,
    lastName: person.lastName ?? null,
    companyName: person.companyName ?? null,
  });
};

export function tenancyOf(context: RentalContext, reference: string): TenancyView {
  const { batch, rental } = context;
  const tenantId = batch.clientReferences.find((row) => row.reference === reference)?.personId;
  const leaseId = batch.leaseTenants.find((row) => row.personId === tenantId)?.leaseId;
  const lease = batch.leases.find((row) => row.id === leaseId);
  const index = rental.managedUnitIds.indexOf(lease?.managedUnitId ?? '');
  const unit = units[index];
  if (!tenantId || !lease || !unit) throw new Error(`Demo data has no running lease for ${reference}`);
  return {
    tenantId,
    tenantName: personName(batch, tenantId),
    managedUnitId: lease.managedUnitId,
    unit,
    lease,
    landlordName: personName(batch, rental.landlordId),
  };
}

export function addTenantDocuments(context: RentalContext, tenancy: TenancyView): string[] {
  addLease(context, tenancy);
  addInventory(context, tenancy);
  return addReceipts(context, tenancy);
}

function common(context: RentalContext, tenancy: TenancyView, title: string) {
  return {
    agencyId: context.rental.agencyId,
    folder: 'bail' as const,
    title,
    scope: 'person' as const,
    personId: tenancy.tenantId,
    managedUnitId: tenancy.managedUnitId,
    publishedByStaffId: context.rental.managerId,
    fileName: pdfFileName(title),
    pdf: { letterhead: context.letterhead, footerNote: context.footerNote },
  };
}

function addLease(context: RentalContext, tenancy: TenancyView): void {
  const { lease, unit } = tenancy;
  const title = `Contrat de location — ${unit.street}`;
  const signedOn = '2021-08-27';
  const perSquareMetre = (lease.monthlyRentCents / 100 / unit.surface).toFixed(2).replace('.', ',');
  context.documents.add({
    ...common(context, tenancy, title),
    kind: 'Bail',
    year: Number(lease.startDate.slice(0, 4)),
    publishedAt: context.archived('2021-09-02'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Bail d’habitation de locaux vides à usage de résidence principale — loi n° 89-462 du 6 juillet 1989',
          meta: `Contrat type (décret n° 2015-587) — référence ${lease.reference}`,
        })
        .heading('I. Désignation des parties')
        .facts([
          [
            'Le bailleur',
            `${tenancy.landlordName}, société par actions simplifiée, 3 rue Linois, 75015 Paris, représentée par son mandataire ImmoCity Paris Suffren, 69 avenue de Suffren, 75007 Paris, titulaire de la carte professionnelle CPI 7501 2018 000 038 455 (mandat de gestion MG-2019-028)`,
          ],
          ['Le locataire', `${tenancy.tenantName}`],
        ])
        .heading('II. Objet du contrat')
        .facts([
          ['Adresse', `${unit.street}, ${unit.postalCode} Paris — ${unit.floor}e étage, porte gauche`],
          ['Type', 'Immeuble collectif en copropriété, construit avant 1946'],
          ['Consistance', `Appartement de deux pièces principales : entrée, séjour, chambre, cuisine, salle d'eau avec WC`],
          ['Surface habitable', `${unit.surface} m²`],
          [
            'Équipements',
            'Cuisine équipée (plaques, hotte, évier), chauffage et eau chaude individuels électriques, double vitrage',
          ],
          ['Parties communes', 'Cave n° 12 au sous-sol, local à vélos, interphone, ascenseur'],
        ])
        .heading('III. Date de prise d’effet et durée du contrat')
        .paragraph(
          `Le contrat prend effet le ${frenchDate(lease.startDate)} pour une durée de trois ans. À défaut de congé donné dans les conditions légales, il est reconduit tacitement pour des périodes de trois ans. Le locataire peut donner congé à tout moment avec un préavis d'un mois, le logement étant situé en zone tendue (article 15 de la loi).`,
        )
        .heading('IV. Conditions financières')
        .table(
          [
            { header: 'Élément', width: 4 },
            { header: 'Montant mensuel', width: 1.6, align: 'right' },
          ],
          [
            ['Loyer hors charges', formatEuros(lease.monthlyRentCents)],
            ['Provision pour charges récupérables (régularisation annuelle)', formatEuros(lease.monthlyChargesCents)],
          ],
          { totals: [['Total mensuel', formatEuros(lease.monthlyRentCents + lease.monthlyChargesCents)]] },
        )
        .paragraph(
          `Encadrement des loyers (décret n° 2015-1608 et arrêté préfectoral en vigueur) : loyer de référence 27,10 €/m², loyer de référence majoré 32,52 €/m² ; le loyer de base convenu est de ${perSquareMetre} €/m². Le loyer est payable mensuellement et d'avance, le ${lease.paymentDay ?? 1}er de chaque mois, par virement ou prélèvement.`,
        )
        .paragraph(
          "Révision : le loyer est révisé chaque année à la date anniversaire du contrat selon la variation de l'indice de référence des loyers publié par l'INSEE ; indice de référence : 2e trimestre 2021, valeur 131,12.",
        )
        .heading('V. Garanties')
        .paragraph(
          `Le locataire verse à la signature un dépôt de garantie de ${formatEuros(lease.depositCents ?? 0)}, correspondant à un mois de loyer hors charges. Il lui sera restitué dans un délai d'un mois à compter de la remise des clés si l'état des lieux de sortie est conforme à l'état des lieux d'entrée, deux mois dans le cas contraire, déduction faite des sommes restant dues.`,
        )
        .heading('VI. Clause résolutoire')
        .paragraph(
          "Le bail sera résilié de plein droit deux mois après un commandement de payer demeuré infructueux pour défaut de paiement du loyer, des charges ou du dépôt de garantie, ou un mois après un commandement demeuré infructueux pour défaut d'assurance des risques locatifs.",
        )
        .heading('VII. Honoraires de location')
        .table(
          [
            { header: 'Prestation', width: 3.6 },
            { header: 'Locataire', width: 1.2, align: 'right' },
            { header: 'Bailleur', width: 1.2, align: 'right' },
          ],
          [
            [
              'Visite, constitution du dossier, rédaction du bail (12 €/m²)',
              formatEuros(unit.surface * 1_200),
              formatEuros(unit.surface * 1_200),
            ],
            [
              "Établissement de l'état des lieux d'entrée (3 €/m²)",
              formatEuros(unit.surface * 300),
              formatEuros(unit.surface * 300),
            ],
          ],
        )
        .heading('VIII. Annexes')
        .bullets([
          'Dossier de diagnostic technique : DPE (classe D), constat de risque d’exposition au plomb, état des risques et pollutions, diagnostics électricité.',
          'Notice d’information relative aux droits et obligations des locataires et des bailleurs.',
          'État des lieux d’entrée et extraits du règlement de copropriété concernant la jouissance des parties privatives et communes.',
        ])
        .signature([
          `Fait à Paris, le ${frenchDate(signedOn)}, en trois exemplaires`,
          `Le bailleur : ${tenancy.landlordName}, représenté par ImmoCity Paris Suffren`,
          `Le locataire : ${tenancy.tenantName}`,
        ]);
    },
  });
}

function addInventory(context: RentalContext, tenancy: TenancyView): void {
  const title = `État des lieux d'entrée — ${tenancy.unit.street}`;
  context.documents.add({
    ...common(context, tenancy, title),
    kind: 'État des lieux',
    year: Number(tenancy.lease.startDate.slice(0, 4)),
    publishedAt: context.archived('2021-09-02', '16:00'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: `Établi contradictoirement le ${frenchDate(tenancy.lease.startDate)} à 10 h 00`,
          meta: `Bail ${tenancy.lease.reference} — ${tenancy.unit.surface} m², ${tenancy.unit.floor}e étage`,
        })
        .facts([
          ['Bailleur', `${tenancy.landlordName}, représenté par Thomas Moreau, ImmoCity Paris Suffren`],
          ['Locataire', tenancy.tenantName],
        ])
        .heading('Relevés des compteurs')
        .table(
          [
            { header: 'Compteur', width: 2 },
            { header: 'Numéro', width: 1.6 },
            { header: 'Index', width: 1.4, align: 'right' },
          ],
          [
            ['Électricité (Linky)', '02 1475 8896 41', 'HP 18 452 / HC 9 120 kWh'],
            ['Eau froide', 'EF-15-20-3G', '412,6 m³'],
            ['Eau chaude (ballon individuel)', '—', 'Sans compteur'],
          ],
        )
        .heading('État des pièces')
        .table(
          [
            { header: 'Pièce', width: 1.2 },
            { header: 'Élément', width: 1.8 },
            { header: 'État', width: 1 },
            { header: 'Observations', width: 2.8 },
          ],
          [
            ['Entrée', 'Sol, murs, plafond', 'Bon état', 'Parquet vitrifié, peinture blanche récente'],
            ['Entrée', 'Porte palière', 'Bon état', 'Serrure trois points, judas'],
            ['Séjour', 'Sol', 'Bon état', 'Parquet chêne, deux rayures légères près de la fenêtre'],
            ['Séjour', 'Murs et plafond', 'Très bon état', 'Peinture refaite en août 2021'],
            ['Séjour', 'Fenêtres', 'Bon état', 'Double vitrage PVC, volets roulants manuels'],
            ['Chambre', 'Sol, murs, plafond', 'Bon état', 'Moquette remplacée par un parquet stratifié en 2019'],
            ['Chambre', 'Placard', 'Bon état', 'Deux portes coulissantes, penderie et étagères'],
            ['Cuisine', 'Plan de travail, évier', 'Bon état', 'Stratifié, un éclat au coin droit'],
            ['Cuisine', 'Plaques, hotte', 'Bon état', 'Vitrocéramique 3 feux, hotte aspirante fonctionnelle'],
            ["Salle d'eau", 'Douche, lavabo, WC', 'Bon état', 'Joints de douche refaits, mécanisme de chasse neuf'],
            ["Salle d'eau", 'Ventilation', 'Bon état', 'Bouche de VMC propre'],
            ['Cave n° 12', 'Porte, sol', 'Usage', 'Cadenas fourni, sol en terre battue'],
          ],
        )
        .heading('Clés et accès remis')
        .bullets([
          'Deux clés de la porte palière et une clé de la boîte aux lettres.',
          'Un badge Vigik pour la porte de la rue et un code pour la porte du hall.',
          'Une clé du cadenas de la cave n° 12.',
        ])
        .paragraph(
          "Le présent état des lieux, établi contradictoirement et à frais partagés, est joint au bail. Le locataire dispose de dix jours pour demander qu'il soit complété, et du premier mois de chauffe pour les éléments de chauffage (article 3-2 de la loi du 6 juillet 1989).",
        )
        .signature(['Le bailleur ou son mandataire', 'Le locataire']);
    },
  });
}

/** The receipts of the last three months already paid: the rent is paid by the 5th, the receipt follows. */
function addReceipts(context: RentalContext, tenancy: TenancyView): string[] {
  const latest =
    Number(context.today.slice(8, 10)) > 5 ? firstOfMonth(context.today) : addMonths(firstOfMonth(context.today), -1);
  const months = [-2, -1, 0].map((offset) => addMonths(latest, offset));
  const { lease, unit } = tenancy;
  const total = lease.monthlyRentCents + lease.monthlyChargesCents;
  return months.map((month) => {
    const label = `${frenchMonthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
    const title = `Quittance de loyer — ${label}`;
    const paidOn = `${month.slice(0, 8)}03`;
    return context.documents.add({
      ...common(context, tenancy, title),
      kind: 'Quittance',
      year: Number(month.slice(0, 4)),
      publishedAt: context.dated(`${month.slice(0, 8)}05`, '07:30'),
      build: (pdf) => {
        pdf
          .title(title, {
            subtitle: `${unit.street}, ${unit.postalCode} Paris — ${unit.floor}e étage`,
            meta: `Paris, le ${frenchDate(`${month.slice(0, 8)}05`)}`,
          })
          .addressBlock([tenancy.tenantName, unit.street, `${unit.floor}e étage`, `${unit.postalCode} Paris`])
          .paragraph(
            `Je soussigné, ImmoCity Paris Suffren, mandataire du bailleur ${tenancy.landlordName}, déclare avoir reçu de ${tenancy.tenantName} la somme de ${formatEuros(total)} au titre du loyer et des charges du logement désigné ci-dessus pour la période du ${frenchDate(month)} au ${frenchDate(lastOfMonth(month))}, et lui en donne quittance, sous réserve de tous droits.`,
          )
          .table(
            [
              { header: 'Détail du règlement', width: 4 },
              { header: 'Montant', width: 1.4, align: 'right' },
            ],
            [
              ['Loyer hors charges', formatEuros(lease.monthlyRentCents)],
              ['Provision pour charges', formatEuros(lease.monthlyChargesCents)],
            ],
            { totals: [['Total reçu', formatEuros(total)]] },
          )
          .facts([
            ['Bail', `${lease.reference}, du ${frenchDate(lease.startDate)}`],
            ['Paiement reçu le', frenchDate(paidOn)],
            ['Mode de paiement', 'Virement bancaire'],
          ])
          .paragraph(
            "Quittance délivrée gratuitement en application de l'article 21 de la loi n° 89-462 du 6 juillet 1989, sous forme dématérialisée avec l'accord du locataire. Elle distingue le loyer et les charges et annule tous reçus donnés pour acompte sur la même période.",
            { italic: true },
          )
          .signature(['Thomas Moreau', 'Gestionnaire locatif, ImmoCity Paris Suffren']);
      },
    });
  });
}
