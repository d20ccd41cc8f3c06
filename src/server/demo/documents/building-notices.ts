import { addDays } from '../../../domain/calendar.ts';
import { frenchDate, frenchLongDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import type { SyndicContext } from './context.ts';
import { pdfFileName } from './demo-documents.ts';
import { type DemoSchedule, facadeContractor } from './schedule.ts';

/** The "Vie de l'immeuble" folder: house rules, the façade works notice, waste sorting. */
export function addBuildingNotices(context: SyndicContext, schedule: DemoSchedule): void {
  addHouseRules(context);
  addFacadeWorksNotice(context, schedule);
  addWasteSorting(context);
}

function base(context: SyndicContext, title: string) {
  return {
    agencyId: context.syndic.agencyId,
    folder: 'vie_immeuble' as const,
    title,
    scope: 'condominium' as const,
    condominiumId: context.syndic.condominiumId,
    publishedByStaffId: context.syndic.managerId,
    fileName: pdfFileName(title),
    pdf: { letterhead: context.letterhead, footerNote: context.footerNote },
  };
}

function addHouseRules(context: SyndicContext): void {
  const title = 'Règlement intérieur de la résidence';
  context.documents.add({
    ...base(context, title),
    kind: 'Règlement intérieur',
    year: 2024,
    publishedAt: context.archived('2024-07-03'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: '100 avenue Anatole France / 1 rue Marc Sangnier — Créteil',
          meta: "Adopté par l'assemblée générale du 12 juin 2024 (résolution n° 13)",
        })
        .paragraph(
          "Ce règlement intérieur précise, pour la vie quotidienne de la résidence, les règles du règlement de copropriété. Il s'applique à tous les occupants, propriétaires comme locataires. Merci à chacun de le respecter : la tranquillité et la propreté de l'immeuble dépendent de tous.",
        )
        .heading('1. Tranquillité')
        .bullets([
          'Les bruits gênants sont à éviter à toute heure, et proscrits entre 22 h et 7 h (travaux bruyants : du lundi au vendredi de 8 h 30 à 19 h, le samedi de 9 h à 12 h et de 15 h à 19 h, jamais le dimanche ni les jours fériés).',
          'Les fêtes exceptionnelles sont annoncées aux voisins par un mot dans le hall au moins 48 heures à l’avance.',
          'Les chiens sont tenus en laisse dans les parties communes et le jardin.',
        ])
        .heading('2. Parties communes')
        .bullets([
          'Rien ne doit encombrer les paliers, couloirs et escaliers (poussettes, vélos, chaussures, plantes) : ce sont des voies d’évacuation en cas d’incendie.',
          'Les vélos et trottinettes se rangent dans le local à vélos du sous-sol (accès avec le badge). Les trottinettes électriques ne sont pas rechargées dans les parties communes.',
          'Il est interdit de fumer dans les halls, les ascenseurs, les escaliers et le parking.',
          'Les dégradations constatées sont signalées au syndic ; leur réparation est facturée à leur auteur.',
        ])
        .heading('3. Ascenseurs')
        .paragraph(
          "Les ascenseurs ne servent pas aux déménagements sans protection : prévenir le syndic au moins une semaine à l'avance pour la pose des housses de protection. En cas de panne, appeler le numéro d'urgence affiché dans la cabine (24 h/24) ; ne jamais tenter de sortir seul d'une cabine bloquée.",
        )
        .heading('4. Balcons, fenêtres et façades')
        .paragraph(
          "Le linge ne doit pas être étendu de manière visible depuis la rue. Les jardinières sont placées à l'intérieur des garde-corps et arrosées sans écoulement sur les balcons inférieurs. Les barbecues au charbon sont interdits sur les balcons.",
        )
        .heading('5. Parking et sous-sol')
        .bullets([
          'Vitesse limitée à 10 km/h ; la porte du parking se referme automatiquement : attendre sa fermeture complète.',
          'Chaque véhicule stationne uniquement sur l’emplacement de son lot. Le lavage et les vidanges sont interdits.',
          'Les caves sont fermées à clé ; aucune matière inflammable ne doit y être entreposée.',
        ])
        .heading('6. Contacts utiles')
        .facts([
          ['Syndic', 'ImmoCity Coulon — Claire Martin, 01 48 90 12 35, gestion@immocity.example'],
          ['Urgences ascenseur', 'Ascenseurs Delta Maintenance — 01 41 94 55 00 (24 h/24)'],
          ['Urgences chauffage', 'Thermi-Services Île-de-France — 01 43 77 80 80 (24 h/24)'],
          ['Conseil syndical', 'Boîte aux lettres du conseil dans le hall du bâtiment A'],
        ]);
    },
  });
}

function addFacadeWorksNotice(context: SyndicContext, schedule: DemoSchedule): void {
  const title = 'Information travaux : ravalement des façades';
  context.documents.add({
    ...base(context, title),
    kind: 'Information travaux',
    year: Number(schedule.facadeWorksStart.slice(0, 4)),
    // Published yesterday evening: one of the documents a visitor finds marked "Nouveau".
    publishedAt: context.recent(20),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Bâtiments A et B — 100 avenue Anatole France / 1 rue Marc Sangnier',
          meta: `Créteil, le ${frenchDate(context.today)}`,
        })
        .paragraph('Madame, Monsieur,')
        .paragraph(
          `Comme décidé par l'assemblée générale du 12 juin 2026 (résolution n° 8), les travaux de ravalement des façades de la résidence vont commencer le ${frenchLongDate(schedule.facadeWorksStart)}. Ils sont confiés à l'entreprise ${facadeContractor.name} pour un montant de ${formatEuros(facadeContractor.amountCents)} TTC, sous la maîtrise d'œuvre du cabinet Arcature (architecte DPLG).`,
        )
        .heading('Calendrier prévisionnel')
        .table(
          [
            { header: 'Période', width: 2 },
            { header: 'Travaux', width: 4 },
          ],
          [
            [
              `À partir du ${frenchDate(schedule.facadeWorksStart)}`,
              'Installation de chantier, montage des échafaudages du bâtiment A (côté avenue)',
            ],
            [
              `À partir du ${frenchDate(schedule.scaffoldingB)}`,
              'Montage des échafaudages du bâtiment B (côté rue Marc Sangnier et cour)',
            ],
            ['Semaines 3 à 10', 'Nettoyage haute pression, reprise des fissures et des éclats de béton, traitement des aciers'],
            [
              'Semaines 8 à 13',
              'Application du revêtement d’imperméabilité, peinture des garde-corps et des sous-faces de balcons',
            ],
            [`Jusqu'au ${frenchDate(schedule.facadeWorksEnd)}`, 'Démontage des échafaudages, nettoyage, réception des travaux'],
          ],
        )
        .heading('Ce que nous vous demandons')
        .bullets([
          'Libérer les balcons et les rebords de fenêtres (jardinières, paraboles, stores, linge) avant le montage des échafaudages.',
          'Garder les fenêtres fermées pendant le nettoyage haute pression de votre façade (l’entreprise affichera les dates dans chaque hall 48 heures avant).',
          'Ne pas accéder aux échafaudages, ni y laisser jouer les enfants.',
          'Signaler au syndic tout dommage constaté pendant le chantier, avec photos.',
        ])
        .heading('Sécurité')
        .paragraph(
          "Les échafaudages seront équipés d'alarmes anti-intrusion activées chaque soir et le week-end. Pensez néanmoins à fermer vos fenêtres et volets en votre absence. Le passage piéton devant le bâtiment A sera protégé par un tunnel de chantier ; l'accès au parking reste ouvert pendant toute la durée des travaux.",
        )
        .heading('Financement')
        .paragraph(
          `Le coût des travaux est réparti selon les tantièmes de charges générales. Conformément à la décision de l'assemblée, 40 000,00 € sont prélevés sur le fonds de travaux ; le solde fait l'objet d'appels de fonds de 40 % au ${frenchDate('2027-01-01')}, 30 % au ${frenchDate('2027-04-01')} et 30 % au ${frenchDate('2027-07-01')}, qui vous seront adressés séparément.`,
        )
        .callout(
          [
            `Chantier : ${facadeContractor.name}, ${facadeContractor.phone} (conducteur de travaux : M. Olivier Bastide)`,
            'Syndic : Claire Martin, ImmoCity Coulon, 01 48 90 12 35 — gestion@immocity.example',
            `Réunion d'information dans le hall du bâtiment A le ${frenchLongDate(addDays(schedule.facadeWorksStart, -7))} à 18 h 30`,
          ],
          'Vos interlocuteurs',
        )
        .paragraph('Nous vous remercions de votre compréhension pour la gêne occasionnée.')
        .signature(['Claire Martin', 'Gestionnaire de la copropriété, ImmoCity Coulon']);
    },
  });
}

function addWasteSorting(context: SyndicContext): void {
  const title = 'Consignes de tri sélectif';
  context.documents.add({
    ...base(context, title),
    kind: 'Consignes',
    year: 2025,
    publishedAt: context.archived('2025-02-17'),
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Local poubelles du sous-sol (accès par les deux halls)',
          meta: 'Mises à jour selon les règles de collecte du territoire Grand Paris Sud Est Avenir au 1er janvier 2025',
        })
        .paragraph(
          "Depuis 2023, tous les emballages se trient. Bien trier réduit le coût de la taxe d'enlèvement des ordures ménagères et évite les refus de collecte facturés à la copropriété.",
        )
        .table(
          [
            { header: 'Bac', width: 1.4 },
            { header: 'Ce qui va dedans', width: 3.4 },
            { header: 'Collecte', width: 1.6 },
          ],
          [
            [
              'Couvercle jaune',
              'Tous les emballages en plastique, métal et carton, les briques alimentaires, les papiers et journaux — en vrac, vidés, non emboîtés',
              'Mardi matin',
            ],
            ['Couvercle vert', 'Bouteilles, pots et bocaux en verre, sans bouchon ni couvercle', 'Jeudi, semaines paires'],
            ['Couvercle marron', 'Épluchures, restes de repas, marc de café, sachets de thé (biodéchets)', 'Lundi et vendredi'],
            ['Couvercle gris', 'Ordures ménagères restantes, en sacs fermés', 'Lundi, mercredi et vendredi'],
          ],
          { zebra: true },
        )
        .heading('Ce qui ne va dans aucun bac')
        .bullets([
          'Encombrants (meubles, matelas) : collecte sur rendez-vous au 0 800 138 391, le 2e mercredi du mois ; ne rien déposer dans le local ou sur le trottoir sans rendez-vous.',
          'Piles, ampoules, petits appareils électriques : bornes de collecte du magasin de l’avenue du Général de Gaulle.',
          'Gravats, pots de peinture, produits chimiques : déchèterie de Créteil, rue Jean Gabin.',
          'Textiles : borne Le Relais à l’angle de la rue Marc Sangnier.',
        ])
        .paragraph(
          'Les bacs sont sortis sur le trottoir la veille au soir par la société de nettoyage et rentrés après la collecte. Merci de refermer la porte du local après votre passage.',
        );
    },
  });
}
