import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import type { contractKind } from '../../db/schema/index.ts';
import type { PdfBuilder } from '../../platform/pdf/pdf-document.ts';
import type { SyndicContext } from './context.ts';
import { pdfFileName } from './demo-documents.ts';

type ContractKind = (typeof contractKind.enumValues)[number];

export interface DemoContract {
  kind: ContractKind;
  /** The document's title, also the contract's in the "Contrats" tab. */
  title: string;
  supplierName: string;
  supplierAddress: string;
  supplierPhone: string;
  supplierEmail: string;
  contractNumber: string;
  signedOn: string;
  startDate: string;
  endDate: string | null;
  /** All taxes included, as voted in the budget (see demo-budget.ts). */
  yearlyAmountCents: number;
  object: string;
  services: readonly string[];
  /** Extra table (guarantees of the insurance, visit schedule…). */
  schedule?: { columns: [string, string, string]; rows: ReadonlyArray<[string, string, string]> };
  termination: string;
}

/** The building's contracts in force; their yearly amounts are the budget's accounts 611, 614 and 616. */
export const demoContracts: readonly DemoContract[] = [
  {
    kind: 'assurance',
    title: 'Contrat d’assurance multirisque immeuble',
    supplierName: 'Mutuelle Francilienne d’Assurances',
    supplierAddress: '30 boulevard de Strasbourg, 94130 Nogent-sur-Marne',
    supplierPhone: '01 48 71 20 00',
    supplierEmail: 'sinistres@mfa-assurances.example',
    contractNumber: 'MRI-94-0087321',
    signedOn: '2021-12-06',
    startDate: '2022-01-01',
    endDate: null,
    yearlyAmountCents: 785_000,
    object:
      "Assurance multirisque de l'ensemble immobilier (bâtiments A et B, sous-sol, parkings et espaces verts) pour le compte du syndicat des copropriétaires et de chacun des copropriétaires pour ses parties privatives immobilières.",
    services: [
      'Garantie des bâtiments en valeur à neuf, sans règle proportionnelle de capitaux.',
      'Responsabilité civile du syndicat et du conseil syndical, y compris défense et recours.',
      'Gestion des dégâts des eaux selon la convention IRSI (recherche de fuite prise en charge).',
      'Assistance 24 h/24 : 01 48 71 20 20 (mise en sécurité, gardiennage, relogement d’urgence).',
    ],
    schedule: {
      columns: ['Garantie', 'Plafond', 'Franchise'],
      rows: [
        ['Incendie, explosion, foudre', 'Valeur de reconstruction à neuf', '300 €'],
        ['Dégâts des eaux et gel', '1 500 000 €', '300 €'],
        ['Bris de glace des parties communes', '15 000 €', '150 €'],
        ['Vol et vandalisme des parties communes', '30 000 €', '300 €'],
        ['Catastrophes naturelles', 'Selon arrêté', 'Franchise légale'],
        ['Responsabilité civile du syndicat', '10 000 000 €', 'Néant'],
        ['Protection juridique', '20 000 € par litige', 'Seuil 500 €'],
      ],
    },
    termination:
      'Contrat annuel renouvelable par tacite reconduction au 1er janvier ; résiliable par le syndic à tout moment après un an (loi Hamon, article L. 113-15-2 du code des assurances).',
  },
  {
    kind: 'ascenseur',
    title: 'Contrat d’entretien des ascenseurs',
    supplierName: 'Ascenseurs Delta Maintenance',
    supplierAddress: '7 rue du Moulin Brûlé, 94000 Créteil',
    supplierPhone: '01 41 94 55 00',
    supplierEmail: 'contrats@delta-ascenseurs.example',
    contractNumber: 'ADM-CRE-2019-114',
    signedOn: '2019-05-22',
    startDate: '2019-07-01',
    endDate: '2027-06-30',
    yearlyAmountCents: 396_000,
    object:
      "Entretien étendu des deux ascenseurs de la résidence (bâtiment A : appareil n° 94028-A, 630 kg, 8 personnes, 6 niveaux ; bâtiment B : appareil n° 94028-B, 630 kg, 8 personnes, 6 niveaux), conformément aux articles R. 134-1 et suivants du code de la construction et de l'habitation.",
    services: [
      'Visite d’entretien toutes les six semaines, avec vérification des dispositifs de sécurité.',
      'Dépannage 24 h/24 et 7 j/7, désincarcération en moins d’une heure.',
      'Remplacement des pièces d’usure (câbles, galets, contacts de portes) inclus.',
      'Tenue du carnet d’entretien et rapport d’activité annuel remis au syndic.',
    ],
    schedule: {
      columns: ['Prestation', 'Fréquence', 'Délai'],
      rows: [
        ['Visite préventive', 'Toutes les 6 semaines', '—'],
        ['Dépannage avec personne bloquée', 'À la demande', '1 heure'],
        ['Dépannage sans personne bloquée', 'À la demande', '4 heures ouvrées'],
        ['Nettoyage de la cuvette et du toit de cabine', 'Semestrielle', '—'],
        ['Contrôle technique quinquennal', 'Tous les 5 ans', 'Organisé par le syndic'],
      ],
    },
    termination:
      'Contrat de huit ans avec remplacement des armoires de commande réalisé en 2019, non renouvelable tacitement ; résiliable à chaque échéance annuelle avec un préavis de trois mois.',
  },
  {
    kind: 'nettoyage',
    title: 'Contrat de nettoyage des parties communes',
    supplierName: 'Net’Pro Services Créteil',
    supplierAddress: '42 rue de Mesly, 94000 Créteil',
    supplierPhone: '01 42 07 31 15',
    supplierEmail: 'agence.creteil@netpro.example',
    contractNumber: 'NPS-2023-046',
    signedOn: '2023-03-10',
    startDate: '2023-04-01',
    endDate: null,
    yearlyAmountCents: 1_440_000,
    object:
      'Nettoyage et entretien courant des parties communes des bâtiments A et B, du sous-sol et des abords, ainsi que la gestion des conteneurs à déchets.',
    services: [
      'Halls, escaliers, paliers et ascenseurs : trois passages par semaine (lundi, mercredi, vendredi).',
      'Vitrerie des halls : une fois par semaine ; vitres des cages d’escalier : une fois par trimestre.',
      'Sortie et rentrée des conteneurs les jours de collecte, lavage mensuel des bacs et du local.',
      'Balayage du parking et des rampes : une fois par mois ; lavage mécanisé : une fois par an.',
    ],
    termination: 'Contrat à durée indéterminée, résiliable par chaque partie avec un préavis de trois mois.',
  },
  {
    kind: 'chauffage',
    title: 'Contrat d’exploitation du chauffage collectif',
    supplierName: 'Thermi-Services Île-de-France',
    supplierAddress: '15 avenue du Maréchal Foch, 94100 Saint-Maur-des-Fossés',
    supplierPhone: '01 43 77 80 80',
    supplierEmail: 'exploitation@thermiservices.example',
    contractNumber: 'P2-2021-0418',
    signedOn: '2021-09-14',
    startDate: '2021-10-01',
    endDate: '2027-09-30',
    yearlyAmountCents: 540_000,
    object:
      "Conduite, entretien courant et petit entretien (prestations P2) de la chaufferie collective au gaz : deux chaudières à condensation de 350 kW installées en 2014, brûleurs, pompes, régulation et réseau jusqu'aux pieds de colonnes.",
    services: [
      'Mise en route et arrêt du chauffage selon la saison (15 octobre – 15 avril, adaptable).',
      'Visite hebdomadaire en saison de chauffe, mensuelle hors saison ; astreinte 24 h/24.',
      'Entretien annuel obligatoire des chaudières et mesure des rendements (décret 2009-649).',
      'Équilibrage du réseau et relevé des températures chez un échantillon de résidents.',
    ],
    termination: 'Contrat de six ans ; résiliable à chaque échéance annuelle avec un préavis de six mois.',
  },
  {
    kind: 'espaces_verts',
    title: 'Contrat d’entretien des espaces verts',
    supplierName: 'Les Jardins de la Marne',
    supplierAddress: '3 chemin des Bruyères, 94490 Ormesson-sur-Marne',
    supplierPhone: '01 45 93 12 48',
    supplierEmail: 'contact@jardins-marne.example',
    contractNumber: 'JM-0312',
    signedOn: '2024-02-12',
    startDate: '2024-03-01',
    endDate: null,
    yearlyAmountCents: 360_000,
    object:
      'Entretien du jardin intérieur (420 m² de pelouse, massifs, haie de charmilles de 60 m, deux tilleuls) et des jardinières de l’entrée.',
    services: [
      'Tonte de la pelouse : 14 passages par an, de mars à novembre.',
      'Taille de la haie deux fois par an, taille douce des arbustes en fin d’hiver.',
      'Désherbage manuel des massifs (aucun produit phytosanitaire, loi Labbé).',
      'Ramassage des feuilles en automne et évacuation des déchets verts.',
    ],
    termination: 'Contrat annuel renouvelable par tacite reconduction au 1er mars, préavis de deux mois.',
  },
];

/** The contracts as PDFs (folder "Contrats"), and their rows for the property's "Contrats" tab. */
export function addContracts(context: SyndicContext): void {
  const { syndic } = context;
  for (const contract of demoContracts) {
    const title = `${contract.title} — ${contract.supplierName}`;
    const documentId = context.documents.add({
      agencyId: syndic.agencyId,
      folder: 'contrats',
      kind: 'Contrat',
      title,
      year: Number(contract.startDate.slice(0, 4)),
      scope: 'condominium',
      condominiumId: syndic.condominiumId,
      publishedAt: context.archived(contract.signedOn < '2024-06-20' ? '2024-06-20' : contract.signedOn, '11:00'),
      publishedByStaffId: syndic.managerId,
      fileName: pdfFileName(title),
      pdf: { letterhead: context.letterhead, footerNote: context.footerNote, subject: contract.object },
      build: (pdf) => writeContract(pdf, contract),
    });
    context.batch.buildingContracts.push({
      condominiumId: syndic.condominiumId,
      kind: contract.kind,
      title: contract.title,
      supplierName: contract.supplierName,
      supplierPhone: contract.supplierPhone,
      supplierEmail: contract.supplierEmail,
      contractNumber: contract.contractNumber,
      startDate: contract.startDate,
      endDate: contract.endDate,
      yearlyAmountCents: contract.yearlyAmountCents,
      documentId,
    });
  }
}

function writeContract(pdf: PdfBuilder, contract: DemoContract): void {
  const excludingTax = Math.round((contract.yearlyAmountCents * 100) / (contract.kind === 'assurance' ? 100 : 120));
  pdf
    .title(contract.title, {
      subtitle: `Contrat n° ${contract.contractNumber}`,
      meta: `Signé le ${frenchDate(contract.signedOn)}`,
    })
    .heading('Entre les soussignés')
    .facts(
      [
        [
          'Le client',
          'Le syndicat des copropriétaires du 100 avenue Anatole France, 94000 Créteil, représenté par son syndic en exercice, ImmoCity Coulon, 47 avenue de la République, 94600 Choisy-le-Roi',
        ],
        [
          'Le prestataire',
          `${contract.supplierName}, ${contract.supplierAddress} — ${contract.supplierPhone} — ${contract.supplierEmail}`,
        ],
      ],
      { labelWidth: 110 },
    )
    .heading('Article 1 — Objet')
    .paragraph(contract.object)
    .heading('Article 2 — Prestations')
    .bullets(contract.services);
  if (contract.schedule) {
    const [first, second, third] = contract.schedule.columns;
    pdf.table(
      [
        { header: first, width: 3 },
        { header: second, width: 2 },
        { header: third, width: 1.6 },
      ],
      contract.schedule.rows,
    );
  }
  pdf
    .heading('Article 3 — Durée')
    .paragraph(
      `Le contrat prend effet le ${frenchDate(contract.startDate)}${
        contract.endDate ? ` et prend fin le ${frenchDate(contract.endDate)}` : ', pour une durée indéterminée'
      }. ${contract.termination}`,
    )
    .heading('Article 4 — Prix')
    .paragraph(
      contract.kind === 'assurance'
        ? `La prime annuelle, toutes taxes d'assurance comprises, s'élève à ${formatEuros(contract.yearlyAmountCents)} pour l'année en cours. Elle est indexée chaque année sur l'indice FFB du coût de la construction et payable d'avance au 1er janvier.`
        : `Le prix annuel est de ${formatEuros(excludingTax)} hors taxes, soit ${formatEuros(contract.yearlyAmountCents)} TTC (TVA à 20 %), payable par quart à terme échu. Il est révisé chaque année au 1er janvier selon l'indice des prix de la profession publié par l'INSEE, dans la limite de 3 %.`,
    )
    .heading('Article 5 — Obligations du syndic')
    .paragraph(
      "Le syndic assure l'accès du prestataire aux installations, l'informe de toute anomalie signalée par les occupants et tient le présent contrat à la disposition des copropriétaires sur leur espace en ligne (décret n° 2019-502 du 23 mai 2019).",
    )
    .signature([
      `Fait en deux exemplaires, le ${frenchDate(contract.signedOn)}`,
      'Pour le syndicat : ImmoCity Coulon, syndic',
      `Pour le prestataire : ${contract.supplierName}`,
    ]);
}
