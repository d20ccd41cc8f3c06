import { frenchDate, frenchShortDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import type { SyndicContext } from './context.ts';
import { demoContracts } from './contracts.ts';
import { pdfFileName } from './demo-documents.ts';
import { facadeContractor } from './schedule.ts';

/** The building's technical file: maintenance log, asbestos and energy diagnostics, a lot's Carrez surface. */
export function addMaintenanceDocuments(context: SyndicContext): void {
  addMaintenanceLog(context);
  addAsbestosFile(context);
  addEnergyDiagnosis(context);
  addSurfaceCertificate(context, '101');
}

function common(context: SyndicContext, title: string) {
  return {
    agencyId: context.syndic.agencyId,
    title,
    condominiumId: context.syndic.condominiumId,
    publishedByStaffId: context.syndic.managerId,
    fileName: pdfFileName(title),
    pdf: { letterhead: context.letterhead, footerNote: context.footerNote },
  };
}

function addMaintenanceLog(context: SyndicContext): void {
  const title = "Carnet d'entretien de l'immeuble";
  const { view } = context;
  context.documents.add({
    ...common(context, title),
    folder: 'carnet_entretien',
    kind: "Carnet d'entretien",
    year: 2026,
    scope: 'condominium',
    publishedAt: context.archived('2026-07-08'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Établi en application de l’article 18 de la loi du 10 juillet 1965 et du décret n° 2001-477 du 30 mai 2001',
          meta: 'Mis à jour après l’assemblée générale du 12 juin 2026',
        })
        .heading('1. Identification de l’immeuble')
        .facts([
          ['Adresse', '100 avenue Anatole France et 1 rue Marc Sangnier, 94000 Créteil'],
          ['Construction', '1972 — deux bâtiments R+5 sur un niveau de sous-sol, structure béton armé'],
          ['Composition', `${view.lots.length} lots, dont 22 appartements et un local commercial`],
          ['Syndic', 'ImmoCity Coulon, 47 avenue de la République, 94600 Choisy-le-Roi — mandat jusqu’au 30 juin 2027'],
          ['Assurance', 'Mutuelle Francilienne d’Assurances, contrat multirisque n° MRI-94-0087321'],
          ['Immatriculation', 'Registre national des copropriétés n° AB1-234-567'],
        ])
        .heading('2. Équipements communs')
        .table(
          [
            { header: 'Équipement', width: 2.2 },
            { header: 'Caractéristiques', width: 3.2 },
            { header: 'Mise en service', width: 1.1, align: 'center' },
            { header: 'Dernier contrôle', width: 1.1, align: 'center' },
          ],
          [
            [
              'Ascenseur bâtiment A',
              '630 kg, 8 personnes, 6 niveaux desservis, armoire remplacée en 2019',
              '1972',
              frenchShortDate('2024-03-18'),
            ],
            [
              'Ascenseur bâtiment B',
              '630 kg, 8 personnes, 6 niveaux desservis, armoire remplacée en 2019',
              '1972',
              frenchShortDate('2024-03-18'),
            ],
            [
              'Chaufferie collective',
              '2 chaudières gaz à condensation de 350 kW, régulation sur sonde extérieure',
              '2014',
              frenchShortDate('2025-09-29'),
            ],
            [
              'Toitures-terrasses',
              'Étanchéité bicouche avec isolant de 12 cm, refaite en 2008',
              '2008',
              frenchShortDate('2025-05-14'),
            ],
            [
              'Porte du parking',
              'Porte basculante motorisée, commande par badge et télécommande',
              '2011',
              frenchShortDate('2026-01-20'),
            ],
            ['Interphonie', 'Platines vidéo et badges Vigik dans les deux halls', '2024', frenchShortDate('2024-11-05')],
            ['Ventilation', 'VMC simple flux collective, deux caissons en terrasse', '1998', frenchShortDate('2025-06-02')],
            ['Sécurité incendie', 'Extincteurs et désenfumage des cages d’escalier', '1972', frenchShortDate('2026-02-11')],
          ],
        )
        .heading('3. Contrats d’entretien et d’assurance en cours')
        .table(
          [
            { header: 'Objet', width: 2.6 },
            { header: 'Prestataire', width: 2.2 },
            { header: 'N° de contrat', width: 1.5 },
            { header: 'Échéance', width: 1.2, align: 'center' },
          ],
          demoContracts.map((contract) => [
            contract.title,
            contract.supplierName,
            contract.contractNumber,
            contract.endDate ? frenchShortDate(contract.endDate) : 'Tacite',
          ]),
        )
        .heading('4. Historique des travaux importants')
        .table(
          [
            { header: 'Année', width: 0.7, align: 'center' },
            { header: 'Nature des travaux', width: 3.3 },
            { header: 'Entreprise', width: 1.9 },
            { header: 'Montant TTC', width: 1.2, align: 'right' },
            { header: 'Décision', width: 1.2 },
          ],
          [
            [
              '2008',
              'Réfection complète de l’étanchéité des toitures-terrasses',
              'Étanchéité Val-de-Marne',
              formatEuros(8_650_000),
              'AG 2007',
            ],
            ['2011', 'Remplacement de la porte du parking', 'Portes & Automatismes 94', formatEuros(1_420_000), 'AG 2010'],
            ['2014', 'Remplacement des chaudières (condensation)', 'Thermi-Services', formatEuros(9_870_000), 'AG 2013'],
            ['2016', 'Peinture des cages d’escalier A et B', 'Peintures Marchal', formatEuros(3_260_000), 'AG 2015'],
            [
              '2019',
              'Modernisation des ascenseurs (armoires, portes palières)',
              'Delta Maintenance',
              formatEuros(7_480_000),
              'AG 2018',
            ],
            [
              '2024',
              'Remplacement de l’interphonie du bâtiment B',
              'Sécurité Accès Services',
              formatEuros(860_000),
              'AG 2024, rés. 12',
            ],
            [
              '2025',
              'Remplacement des menuiseries des cages d’escalier',
              'Menuiseries du Val',
              formatEuros(1_840_000),
              'AG 2025, rés. 9',
            ],
            [
              '2026-2027',
              'Ravalement des façades et imperméabilisation (en cours)',
              facadeContractor.name,
              formatEuros(facadeContractor.amountCents),
              'AG 2026, rés. 8',
            ],
          ],
        )
        .heading('5. Diagnostics techniques')
        .bullets([
          'Dossier technique amiante (DTA) établi le 12 mars 2019, mis à jour le 6 février 2023.',
          'Diagnostic de performance énergétique collectif réalisé le 14 octobre 2025 : classe D.',
          'Contrôle technique quinquennal des ascenseurs réalisé le 18 mars 2024.',
          'Plan pluriannuel de travaux : projet en cours d’élaboration, présentation prévue à l’assemblée générale 2027.',
        ]);
    },
  });
}

function addAsbestosFile(context: SyndicContext): void {
  const title = 'Diagnostic technique amiante (DTA)';
  context.documents.add({
    ...common(context, title),
    folder: 'diagnostics',
    kind: 'Dossier technique amiante',
    year: 2023,
    scope: 'condominium',
    publishedAt: context.archived('2023-02-20'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Parties communes — articles R. 1334-29-5 et suivants du code de la santé publique',
          meta: 'Repérage du 12 mars 2019, mise à jour du 6 février 2023 — Diag Expertise 94',
        })
        .facts([
          ['Opérateur', 'Diag Expertise 94, M. Romain Carrel, certifié par Bureau Veritas Certification n° 8091243'],
          ['Permis de construire', 'Délivré en 1969 (antérieur au 1er juillet 1997) : DTA obligatoire'],
          ['Périmètre', 'Parties communes des bâtiments A et B, sous-sol, toitures-terrasses, locaux techniques'],
          ['Conclusion', 'Présence de matériaux amiantés de la liste B, en bon état ; absence de matériaux de la liste A'],
        ])
        .heading('Résultats du repérage')
        .table(
          [
            { header: 'Localisation', width: 2 },
            { header: 'Matériau', width: 2.2 },
            { header: 'Liste', width: 0.6, align: 'center' },
            { header: 'Résultat', width: 1.1 },
            { header: 'État / action', width: 1.7 },
          ],
          [
            ['Sous-sol, local vide-ordures', 'Conduit en fibres-ciment', 'B', 'Présence', 'Bon état — EP'],
            ['Local poubelles', 'Dalles de sol vinyle-amiante', 'B', 'Présence', 'Bon état — EP'],
            ['Toitures-terrasses', 'Plaques de fibres-ciment (édicules)', 'B', 'Présence', 'Bon état — EP'],
            ['Cages d’escalier A et B', 'Enduits et peintures', 'B', 'Absence', '—'],
            ['Chaufferie', 'Calorifugeages', 'A', 'Absence', '—'],
            ['Sous-sol, parkings', 'Flocages et faux plafonds', 'A', 'Absence', '—'],
            ['Gaines techniques', 'Joints de brides', 'B', 'Absence', '—'],
          ],
        )
        .paragraph(
          "EP : évaluation périodique de l'état de conservation, au plus tard tous les trois ans. Les matériaux repérés ne présentent ni dégradation ni risque d'émission de fibres en usage normal. Ils ne doivent pas être percés, poncés ou découpés.",
        )
        .heading('Consignes générales de sécurité')
        .bullets([
          'Toute entreprise intervenant dans les parties communes doit recevoir la fiche récapitulative du DTA avant le début des travaux.',
          'Tout travail sur un matériau amianté est réservé à une entreprise certifiée (sous-section 3 ou 4).',
          'Les copropriétaires peuvent consulter le dossier complet auprès du syndic ; la fiche récapitulative est communiquée lors de toute vente.',
        ])
        .paragraph(
          "Prochaine évaluation périodique : au plus tard en février 2026 (réalisée le 11 février 2026, sans évolution de l'état des matériaux).",
          { italic: true },
        );
    },
  });
}

function addEnergyDiagnosis(context: SyndicContext): void {
  const title = 'Diagnostic de performance énergétique collectif';
  context.documents.add({
    ...common(context, title),
    folder: 'diagnostics',
    kind: 'DPE collectif',
    year: 2025,
    scope: 'condominium',
    publishedAt: context.archived('2025-11-03'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Article L. 126-31 du code de la construction et de l’habitation — méthode 3CL-DPE 2021',
          meta: 'Visite du 14 octobre 2025 — Énergie Conseil Habitat, Mme Laure Vasseur (certification n° CPDI 4127)',
        })
        .facts([
          ['Immeuble', '2 bâtiments, 22 logements et 1 local commercial, 1 312 m² habitables'],
          ['Chauffage', 'Collectif au gaz naturel, chaudières à condensation (2014)'],
          ['Eau chaude', 'Individuelle, ballons électriques dans chaque logement'],
          ['Ventilation', 'VMC simple flux autoréglable'],
        ])
        .callout(
          [
            'Consommation d’énergie primaire : 198 kWh/m²/an — classe D',
            'Émissions de gaz à effet de serre : 41 kg CO2/m²/an — classe D',
            'Coût annuel estimé pour l’ensemble de l’immeuble : entre 31 800 € et 43 100 € (prix moyens de l’énergie au 1er janvier 2025)',
          ],
          'Étiquette énergie : D',
        )
        .heading('Répartition des consommations')
        .table(
          [
            { header: 'Usage', width: 2.4 },
            { header: 'Énergie', width: 1.6 },
            { header: 'kWh/m²/an (énergie primaire)', width: 2, align: 'right' },
            { header: 'Part', width: 0.8, align: 'right' },
          ],
          [
            ['Chauffage', 'Gaz naturel', '142', '72 %'],
            ['Eau chaude sanitaire', 'Électricité', '39', '20 %'],
            ['Éclairage des parties communes', 'Électricité', '6', '3 %'],
            ['Auxiliaires (pompes, ventilation)', 'Électricité', '11', '5 %'],
          ],
          { totals: [['Total', '', '198', '100 %']] },
        )
        .heading('Déperditions de l’enveloppe')
        .paragraph(
          "Les murs de façade en béton de 18 cm ne sont pas isolés et représentent 41 % des déperditions ; viennent ensuite les menuiseries des logements (24 %, pour moitié encore en simple vitrage), le renouvellement d'air (19 %), les planchers bas sur sous-sol (9 %) et les toitures-terrasses, isolées en 2008 (7 %).",
        )
        .heading('Travaux recommandés')
        .table(
          [
            { header: 'Scénario', width: 3.2 },
            { header: 'Coût estimé', width: 1.3, align: 'right' },
            { header: 'Classe visée', width: 1, align: 'center' },
          ],
          [
            ['Isolation thermique par l’extérieur lors du ravalement (14 cm)', formatEuros(39_000_000), 'C'],
            ['Isolation des planchers bas du sous-sol', formatEuros(2_800_000), 'D'],
            ['Remplacement des menuiseries simple vitrage restantes (privatives)', formatEuros(14_500_000), 'D'],
            ['Scénario global : les trois postes et une VMC hygroréglable', formatEuros(58_900_000), 'B'],
          ],
        )
        .paragraph(
          "Ce diagnostic est valable dix ans. Il doit être présenté à l'assemblée générale suivant sa réalisation, avec l'examen d'un plan pluriannuel de travaux intégrant ses recommandations.",
          { italic: true },
        );
    },
  });
}

/** A lot-scoped document: only the owners of that lot see it, which the demo shows with the lot 101. */
function addSurfaceCertificate(context: SyndicContext, lotNumber: string): void {
  const lot = context.view.lot(lotNumber);
  const title = `Attestation de superficie — lot ${lotNumber}`;
  const rooms: Array<[string, number]> = [
    ['Entrée', 4.1],
    ['Séjour', 19.35],
    ['Cuisine', 7.2],
    ['Chambre', 10.6],
    ['Salle de bains', 4.05],
    ['WC', 1.3],
  ];
  const scale = lot.plan.surface / rooms.reduce((sum, [, area]) => sum + area, 0);
  const measured = rooms.map(([room, area]) => [room, Math.round(area * scale * 100) / 100] as const);
  const carrez = measured.reduce((sum, [, area]) => sum + area, 0) - 0.38;
  const square = (area: number) => `${area.toFixed(2).replace('.', ',')} m²`;
  context.documents.add({
    ...common(context, title),
    folder: 'diagnostics',
    kind: 'Mesurage loi Carrez',
    year: 2008,
    scope: 'lot',
    lotId: lot.id,
    publishedAt: context.archived('2020-09-14'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Superficie de la partie privative — article 46 de la loi du 10 juillet 1965 (loi Carrez)',
          meta: `Mesurage du ${frenchDate('2008-05-27')} — Cabinet Métrage Est, géomètre-expert`,
        })
        .facts([
          ['Lot', `${lotNumber} — ${lot.plan.description}, bâtiment ${lot.plan.building}`],
          ['Adresse', '100 avenue Anatole France, 94000 Créteil'],
          ['Demandeur', 'Maître Catherine Aubry, notaire à Créteil, pour la vente du lot'],
        ])
        .table(
          [
            { header: 'Pièce', width: 3 },
            { header: 'Surface mesurée', width: 1.5, align: 'right' },
          ],
          measured.map(([room, area]) => [room, square(area)]),
          {
            totals: [
              ['Surface privative (loi Carrez), après déduction des parties de hauteur inférieure à 1,80 m', square(carrez)],
            ],
          },
        )
        .paragraph(
          "Les surfaces ont été mesurées au télémètre laser, planchers des locaux clos et couverts après déduction des surfaces occupées par les murs, cloisons, marches et cages d'escalier, gaines, embrasures de portes et de fenêtres. Les caves, parkings et balcons sont exclus de la superficie.",
        )
        .signature([`Fait à Créteil, le ${frenchDate('2008-05-28')}`, 'Cabinet Métrage Est']);
    },
  });
}
