import { formatShares, type KeyCode, type LotView } from './condominium-view.ts';
import type { SyndicContext } from './context.ts';
import { pdfFileName } from './demo-documents.ts';

/**
 * "Règlement de copropriété et état descriptif de division": the building's constitution, with the lots table
 * and their tantièmes taken from the demo's allocation keys (the same figures the Biens page shows).
 */
export function addRulesDocument(context: SyndicContext): string {
  const { view, syndic } = context;
  const title = 'Règlement de copropriété et état descriptif de division';
  const total = (code: KeyCode) => formatShares(view.key(code).total);
  const counts = (kind: LotView['plan']['kind']) => view.lots.filter((lot) => lot.plan.kind === kind).length;

  return context.documents.add({
    agencyId: syndic.agencyId,
    folder: 'reglement',
    kind: 'Règlement de copropriété',
    title,
    year: 2015,
    scope: 'condominium',
    condominiumId: syndic.condominiumId,
    publishedAt: context.archived('2019-02-11', '09:30'),
    publishedByStaffId: syndic.managerId,
    fileName: pdfFileName(title),
    pdf: {
      letterhead: context.letterhead,
      footerNote: context.footerNote,
      subject: 'Copropriété du 100 avenue Anatole France, 94000 Créteil',
      keywords: ['règlement de copropriété', 'état descriptif de division', 'tantièmes'],
    },
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Copropriété du 100 avenue Anatole France / 1 rue Marc Sangnier — 94000 Créteil',
          meta: 'Acte reçu le 14 mars 1972 par Maître Henri Delacroix, notaire à Créteil ; mis à jour le 9 novembre 2015 (loi ALUR)',
        })
        .facts([
          ['Immeuble', "Ensemble immobilier de deux bâtiments d'habitation (A et B) sur sous-sol commun"],
          ['Adresses', '100 avenue Anatole France (bâtiment A) et 1 rue Marc Sangnier (bâtiment B), 94000 Créteil'],
          ['Cadastre', 'Section AK, parcelles n° 112 et 113, pour une contenance de 21 a 48 ca'],
          ['Publication', 'Service de la publicité foncière de Créteil, 1er bureau, le 2 mai 1972, volume 1972 P n° 4117'],
          ['Immatriculation', 'Registre national des copropriétés, n° AB1-234-567'],
          [
            'Lots',
            `${view.lots.length} lots : ${counts('appartement')} appartements, ${counts('commerce')} local commercial, ${counts('cave')} caves, ${counts('parking')} emplacements de parking`,
          ],
        ])
        .heading('Préambule')
        .paragraphs(
          "Le présent règlement a pour objet, conformément à la loi n° 65-557 du 10 juillet 1965 fixant le statut de la copropriété des immeubles bâtis et au décret n° 67-223 du 17 mars 1967, de déterminer la destination des parties privatives et des parties communes, les conditions de leur jouissance, les règles relatives à l'administration des parties communes ainsi que la répartition des charges entre les copropriétaires.",
          "Il s'impose à tous les copropriétaires, à leurs ayants droit et aux occupants de l'immeuble à quelque titre que ce soit. Il doit être porté à la connaissance de tout locataire ou occupant, et annexé ou rappelé dans tout acte de vente ou de location d'un lot.",
        )
        .heading('Chapitre I — Destination de l’immeuble')
        .subheading('Article 1 — Destination générale')
        .paragraph(
          "L'immeuble est destiné principalement à l'habitation bourgeoise. L'exercice d'une profession libérale est admis dans les appartements, à condition de ne causer aucun trouble de jouissance aux autres occupants. Le lot n° 201, situé au rez-de-chaussée du bâtiment B sur la rue, est destiné à un usage commercial ; toute activité bruyante, dangereuse ou incommode y est interdite, ainsi que la vente de produits dégageant des odeurs persistantes sans installation d'extraction conforme.",
        )
        .subheading('Article 2 — Caves et emplacements de stationnement')
        .paragraph(
          "Les caves ne peuvent servir qu'au rangement d'objets mobiliers ; elles ne peuvent être ni habitées ni transformées en locaux d'activité. Les emplacements de stationnement du sous-sol sont réservés aux véhicules de tourisme et aux deux-roues ; il est interdit d'y entreposer des carburants ou des matières inflammables.",
        )
        .heading('Chapitre II — Parties communes et parties privatives')
        .subheading('Article 3 — Parties communes')
        .paragraph(
          "Sont parties communes les parties de l'immeuble affectées à l'usage ou à l'utilité de tous les copropriétaires ou de plusieurs d'entre eux, et notamment : le sol, les cours, le jardin et les espaces verts ; le gros œuvre des bâtiments (fondations, murs porteurs, façades, toitures-terrasses) ; les halls d'entrée, escaliers, paliers et couloirs ; les ascenseurs et leurs machineries ; la chaufferie et le réseau de chauffage collectif jusqu'aux robinets des radiateurs exclus ; les canalisations, gaines et conduits, à l'exception de leurs parties intérieures aux lots et affectées à leur usage exclusif ; le local des poubelles, le local à vélos et la loge.",
        )
        .subheading('Article 4 — Parties privatives')
        .paragraph(
          "Sont parties privatives les locaux et espaces réservés à l'usage exclusif de chaque copropriétaire, tels que décrits à l'état descriptif de division ci-après : les revêtements de sols et de murs, les cloisons intérieures non porteuses, les portes palières, les fenêtres et leurs volets (sous réserve de l'harmonie des façades), les appareils sanitaires, les radiateurs et leurs robinets.",
        )
        .subheading('Article 5 — Harmonie de l’immeuble')
        .paragraph(
          "Les portes palières, les fenêtres, les persiennes et les garde-corps, bien que privatifs, ne peuvent être modifiés dans leur aspect extérieur sans l'autorisation de l'assemblée générale. Les enseignes du local commercial sont soumises à la même autorisation. Aucune antenne ni parabole ne peut être fixée en façade.",
        )
        .heading('Chapitre III — Usage des parties communes et privatives')
        .subheading('Article 6 — Jouissance des parties privatives')
        .paragraph(
          "Chaque copropriétaire use librement de ses parties privatives, à la condition de ne nuire ni aux droits des autres copropriétaires ni à la destination de l'immeuble. Les bruits de nature à troubler la tranquillité des occupants sont interdits, en particulier entre 22 heures et 7 heures. Les animaux domestiques sont tolérés dans la mesure où ils ne causent ni dégât ni trouble.",
        )
        .subheading('Article 7 — Location')
        .paragraph(
          "Les copropriétaires peuvent louer leurs lots. Ils doivent porter le présent règlement à la connaissance de leurs locataires et informer le syndic de l'identité des occupants. Ils demeurent personnellement responsables envers le syndicat des dégradations causées par leurs locataires.",
        )
        .subheading('Article 8 — Travaux privatifs')
        .paragraph(
          "Les travaux affectant les parties communes ou l'aspect extérieur de l'immeuble, même réalisés dans un lot, sont soumis à l'autorisation préalable de l'assemblée générale statuant à la majorité de l'article 25 de la loi du 10 juillet 1965. Le copropriétaire qui les réalise en supporte seul le coût et la responsabilité.",
        )
        .heading('Chapitre IV — Charges et leur répartition')
        .subheading('Article 9 — Charges générales')
        .paragraph(
          `Les charges relatives à la conservation, à l'entretien et à l'administration des parties communes sont réparties entre tous les lots proportionnellement à leurs tantièmes de charges générales, dont le total est de ${total('GEN')}. Elles comprennent notamment l'assurance de l'immeuble, les honoraires du syndic, le nettoyage, l'eau des parties communes, l'entretien des espaces verts et les travaux sur le gros œuvre.`,
        )
        .subheading('Article 10 — Charges d’ascenseur')
        .paragraph(
          `Les charges d'entretien, de fonctionnement et de remplacement des ascenseurs sont réparties entre les seuls appartements, selon une clé spéciale de ${total('ASC')} tantièmes tenant compte de la surface et de l'étage de chaque lot (coefficient de 0,25 au rez-de-chaussée, croissant jusqu'à 1,40 au 5e étage), conformément à l'utilité que ce service présente pour chaque lot (article 10, alinéa 1er, de la loi). Les caves, les parkings et le local commercial n'y participent pas.`,
        )
        .subheading('Article 11 — Charges de chauffage collectif')
        .paragraph(
          `Les charges de chauffage (combustible, contrat d'exploitation, entretien et remplacement de la chaufferie) sont réparties entre les appartements selon une clé spéciale de ${total('CHA')} tantièmes proportionnelle à leur surface habitable. Le local commercial, doté d'un chauffage individuel, n'y participe pas.`,
        )
        .subheading('Article 12 — Paiement des charges')
        .paragraph(
          "Les copropriétaires versent des provisions égales au quart du budget prévisionnel voté, exigibles le premier jour de chaque trimestre (article 14-1 de la loi), ainsi que la cotisation annuelle au fonds de travaux (article 14-2-1). La modification de la répartition des charges requiert l'unanimité des copropriétaires, sauf dans les cas prévus à l'article 11 de la loi.",
        )
        .heading('Chapitre V — Administration de l’immeuble')
        .subheading('Article 13 — Syndicat, syndic et conseil syndical')
        .paragraph(
          "La collectivité des copropriétaires est constituée en un syndicat doté de la personnalité civile. Le syndicat est administré par un syndic, désigné par l'assemblée générale à la majorité de l'article 25, assisté et contrôlé par un conseil syndical élu parmi les copropriétaires. Le syndic tient à la disposition des copropriétaires, sur un espace en ligne sécurisé, les documents prévus par le décret n° 2019-502 du 23 mai 2019.",
        )
        .subheading('Article 14 — Assemblées générales')
        .paragraph(
          "L'assemblée générale se réunit au moins une fois par an sur convocation du syndic, notifiée au moins vingt et un jours avant la date de la réunion. Chaque copropriétaire dispose d'un nombre de voix correspondant à sa quote-part dans les parties communes ; les copropriétaires indivis sont représentés par un mandataire commun. Les copropriétaires peuvent voter par correspondance au moyen du formulaire réglementaire, ou participer par visioconférence lorsque l'assemblée l'a décidé.",
        );

      pdf.pageBreak().heading('État descriptif de division');
      pdf.paragraph(
        "L'ensemble immobilier est divisé en lots désignés ci-après. Chaque lot comprend une partie privative et une quote-part des parties communes exprimée en tantièmes de charges générales, ainsi que, le cas échéant, des tantièmes des clés spéciales d'ascenseur et de chauffage.",
      );
      pdf.table(
        [
          { header: 'Lot', width: 0.6 },
          { header: 'Bât.', width: 0.5, align: 'center' },
          { header: 'Étage', width: 0.6, align: 'center' },
          { header: 'Nature et consistance', width: 3.6 },
          { header: 'Généraux', width: 0.9, align: 'right' },
          { header: 'Ascenseur', width: 0.9, align: 'right' },
          { header: 'Chauffage', width: 0.9, align: 'right' },
        ],
        view.lots.map((lot) => [
          lot.plan.number,
          lot.plan.building ?? '—',
          lot.plan.floor,
          lot.plan.description,
          formatShares(lot.shares.GEN),
          lot.shares.ASC ? formatShares(lot.shares.ASC) : '—',
          lot.shares.CHA ? formatShares(lot.shares.CHA) : '—',
        ]),
        { totals: [['Total', '', '', '', total('GEN'), total('ASC'), total('CHA')]] },
      );
      pdf
        .paragraph(
          'Les tantièmes de charges générales ont été calculés en fonction de la consistance, de la surface et de la situation de chaque lot (article 5 de la loi du 10 juillet 1965). Ils ont été vérifiés par un géomètre-expert lors de la mise à jour de 2015, sans modification de leur total.',
          { italic: true },
        )
        .signature([
          'Pour copie certifiée conforme,',
          'ImmoCity Coulon, syndic',
          'Claire Martin, gestionnaire de la copropriété',
        ]);
    },
  });
}
