import { formatEuros } from '../../../domain/money.ts';
import type { CondominiumView } from './condominium-view.ts';
import { actualsOf, budgetOf, budgetTotal, worksFundCents } from './demo-budget.ts';
import type { Mode, ResolutionPlan } from './general-meeting-votes.ts';
import { facadeContractor } from './schedule.ts';

/** The agendas of the last three annual general meetings of the Créteil condominium. */
export interface MeetingPlan {
  date: string;
  seed: number;
  opening: string;
  closing: string;
  fixed: Map<string, Mode>;
  resolutions: ResolutionPlan[];
}

export const MEETING_PLACE = 'Salle des Arcades, 12 rue des Écoles, 94000 Créteil';

const budgetWording = (year: number) => {
  const budget = budgetOf(year);
  const part = (code: 'GEN' | 'ASC' | 'CHA', label: string) => `${label} ${formatEuros(budgetTotal(budget, code))}`;
  return `${formatEuros(budgetTotal(budget))} (${part('GEN', 'charges générales')}, ${part('ASC', 'ascenseur')}, ${part('CHA', 'chauffage collectif')})`;
};

const openingResolutions = (chair: string, scrutineer: string): ResolutionPlan[] => [
  {
    title: 'Élection du président de séance',
    text: `L'assemblée générale élit ${chair} en qualité de président de séance.`,
    majority: 'art24',
    yes: 0.93,
    no: 0.01,
  },
  {
    title: 'Élection du scrutateur',
    text: `L'assemblée générale élit ${scrutineer} en qualité de scrutateur.`,
    majority: 'art24',
    yes: 0.92,
    no: 0.01,
  },
  {
    title: 'Désignation du secrétaire de séance',
    text: "L'assemblée générale désigne Mme Claire Martin, représentant le syndic ImmoCity Coulon, en qualité de secrétaire de séance (article 15 du décret du 17 mars 1967).",
    majority: 'art24',
    yes: 0.9,
    no: 0.02,
  },
];

const accountsApproval = (year: number): ResolutionPlan => ({
  title: `Approbation des comptes de l'exercice ${year}`,
  text: `L'assemblée générale, après avoir pris connaissance des documents comptables annexés à la convocation et de l'avis du conseil syndical, approuve les comptes de l'exercice du 1er janvier au 31 décembre ${year}, arrêtés à la somme de ${formatEuros(budgetTotal(actualsOf(year)))} de charges pour opérations courantes, répartis entre les copropriétaires selon les clés du règlement de copropriété.`,
  majority: 'art24',
  yes: 0.84,
  no: 0.05,
});

const budgetVote = (year: number): ResolutionPlan => ({
  title: `Vote du budget prévisionnel de l'exercice ${year}`,
  text: `L'assemblée générale adopte le budget prévisionnel de l'exercice du 1er janvier au 31 décembre ${year} pour un montant de ${budgetWording(year)}. Les provisions sont exigibles par quart le premier jour de chaque trimestre (article 14-1).`,
  majority: 'art24',
  yes: 0.82,
  no: 0.08,
});

const worksFund = (year: number): ResolutionPlan => ({
  title: `Montant de la cotisation au fonds de travaux pour ${year}`,
  text: `L'assemblée générale fixe la cotisation annuelle obligatoire au fonds de travaux de l'exercice ${year} à 5 % du budget prévisionnel, soit ${formatEuros(worksFundCents(budgetOf(year)))}, appelée avec les provisions trimestrielles selon les tantièmes de charges générales (article 14-2-1).`,
  majority: 'art25',
  yes: 0.9,
  no: 0.04,
});

export function meetingPlans(view: CondominiumView): MeetingPlan[] {
  const garnier = view.nameOf(view.personId('Garnier'));
  const bernard = view.nameOf(view.personId('Bernard'));
  const roux = view.nameOf(view.personId('Roux'));
  const council = new Map<string, Mode>([
    [view.personId('Garnier'), 'present'],
    [view.personId('Bernard'), 'present'],
    [view.personId('Roux'), 'present'],
  ]);
  const withAllouard = (mode: Mode) => new Map([...council, [view.personId('Allouard'), mode]]);
  const councilElection: ResolutionPlan = {
    title: 'Élection des membres du conseil syndical',
    text: `L'assemblée générale élit en qualité de membres du conseil syndical, pour une durée de deux ans expirant à l'assemblée générale appelée à statuer sur les comptes de l'exercice suivant : ${garnier}, ${bernard} et ${roux}.`,
    majority: 'art25',
    yes: 0.92,
    no: 0.02,
  };

  return [
    {
      date: '2024-06-12',
      seed: 2024,
      opening: '18 h 40',
      closing: '21 h 05',
      fixed: withAllouard('present'),
      resolutions: [
        ...openingResolutions(garnier, bernard),
        accountsApproval(2023),
        {
          title: "Ajustement du budget prévisionnel de l'exercice 2024",
          text: `L'assemblée générale maintient le budget prévisionnel de l'exercice 2024, voté lors de la précédente assemblée, à ${budgetWording(2024)}.`,
          majority: 'art24',
          yes: 0.86,
          no: 0.05,
        },
        budgetVote(2025),
        worksFund(2025),
        {
          title: 'Désignation du syndic',
          text: "L'assemblée générale désigne ImmoCity Coulon, titulaire de la carte professionnelle CPI 9401 2019 000 041 212, en qualité de syndic pour une durée de trois ans, du 1er juillet 2024 au 30 juin 2027, aux conditions du contrat type annexé à la convocation (forfait annuel de gestion courante : 9 600,00 € TTC), et mandate le président de séance pour signer le contrat.",
          majority: 'art25',
          yes: 0.88,
          no: 0.06,
        },
        councilElection,
        {
          title: 'Montant des marchés à partir duquel la consultation du conseil syndical est obligatoire',
          text: "L'assemblée générale fixe à 3 000,00 € TTC le montant des marchés et contrats à partir duquel la consultation du conseil syndical est rendue obligatoire (article 21).",
          majority: 'art25',
          yes: 0.9,
          no: 0.02,
        },
        {
          title: 'Montant à partir duquel une mise en concurrence est obligatoire',
          text: "L'assemblée générale fixe à 5 000,00 € TTC le montant des marchés et contrats à partir duquel une mise en concurrence est rendue obligatoire (article 21).",
          majority: 'art25',
          yes: 0.9,
          no: 0.02,
        },
        {
          title: "Remplacement de l'interphonie du bâtiment B",
          text: "L'assemblée générale décide le remplacement des platines d'interphonie du bâtiment B par des platines vidéo avec lecteur de badges Vigik, retient le devis de Sécurité Accès Services pour 8 600,00 € TTC, et dit que la dépense sera appelée le 1er octobre 2024 selon les tantièmes de charges générales.",
          majority: 'art24',
          yes: 0.72,
          no: 0.16,
        },
        {
          title: 'Adoption du règlement intérieur de la résidence',
          text: "L'assemblée générale adopte le règlement intérieur de la résidence annexé à la convocation, qui sera affiché dans les halls et mis en ligne sur l'espace des copropriétaires.",
          majority: 'art24',
          yes: 0.8,
          no: 0.08,
        },
      ],
    },
    {
      date: '2025-06-11',
      seed: 2025,
      opening: '18 h 35',
      closing: '21 h 20',
      fixed: withAllouard('postal'),
      resolutions: [
        ...openingResolutions(garnier, roux),
        accountsApproval(2024),
        budgetVote(2026),
        worksFund(2026),
        {
          title: 'Ravalement des façades : études préalables',
          text: "L'assemblée générale décide d'engager les études préalables au ravalement des façades, confie la maîtrise d'œuvre au cabinet Arcature pour un montant de 4 800,00 € TTC au titre de la phase de diagnostic et de consultation des entreprises, et donne mandat au conseil syndical et au syndic pour présenter les offres à la prochaine assemblée.",
          majority: 'art24',
          yes: 0.8,
          no: 0.1,
        },
        {
          title: "Transformation de l'ancienne loge en local à poussettes",
          text: "L'assemblée générale décide de modifier la jouissance de l'ancienne loge du gardien, partie commune inoccupée depuis 2011, pour l'aménager en local à poussettes et vélos cargo pour un budget de 3 900,00 € TTC, et modifie en conséquence l'article 3 du règlement de copropriété.",
          majority: 'art26',
          yes: 0.86,
          no: 0.06,
          expected: 'second_vote',
        },
        {
          title: "Remplacement des menuiseries des cages d'escalier",
          text: "L'assemblée générale décide de remplacer les fenêtres en simple vitrage des cages d'escalier des bâtiments A et B par des menuiseries PVC double vitrage, retient le devis des Menuiseries du Val pour 18 400,00 € TTC et dit que la dépense sera appelée en deux fois, le 1er octobre 2025 et le 1er janvier 2026.",
          majority: 'art25',
          yes: 0.66,
          no: 0.22,
          expected: 'second_vote',
        },
        {
          title: 'Installation d’une infrastructure collective de recharge pour véhicules électriques',
          text: "L'assemblée générale décide l'installation dans le parking d'une infrastructure collective de recharge des véhicules électriques, financée par l'opérateur Volt Habitat sans frais pour le syndicat, les points de recharge restant à la charge des utilisateurs.",
          majority: 'art24',
          yes: 0.34,
          no: 0.52,
          expected: 'rejected',
        },
      ],
    },
    {
      date: '2026-06-12',
      seed: 2026,
      opening: '18 h 35',
      closing: '21 h 40',
      fixed: withAllouard('represented'),
      resolutions: [
        ...openingResolutions(garnier, bernard),
        accountsApproval(2025),
        {
          title: "Ajustement du budget prévisionnel de l'exercice 2026",
          text: `L'assemblée générale maintient le budget prévisionnel de l'exercice 2026 à ${budgetWording(2026)}.`,
          majority: 'art24',
          yes: 0.88,
          no: 0.04,
        },
        budgetVote(2027),
        worksFund(2027),
        {
          title: 'Ravalement des façades : choix de l’entreprise et financement',
          text: `L'assemblée générale, après avoir examiné les trois offres présentées par le maître d'œuvre et l'avis du conseil syndical, décide le ravalement des façades des bâtiments A et B avec traitement d'imperméabilité, retient l'offre de ${facadeContractor.name} pour ${formatEuros(facadeContractor.amountCents)} TTC et les honoraires de maîtrise d'œuvre du cabinet Arcature (5,5 % HT du montant HT des travaux). Elle décide d'affecter 40 000,00 € du fonds de travaux à cette opération et d'appeler le solde selon les tantièmes de charges générales : 40 % au 1er janvier 2027, 30 % au 1er avril 2027 et 30 % au 1er juillet 2027.`,
          majority: 'art24',
          yes: 0.78,
          no: 0.12,
        },
        {
          title: 'Honoraires du syndic pour le suivi des travaux de ravalement',
          text: "L'assemblée générale fixe les honoraires du syndic pour le suivi administratif, comptable et financier des travaux de ravalement à 2 % HT du montant HT des travaux, conformément au contrat de syndic.",
          majority: 'art24',
          yes: 0.7,
          no: 0.18,
        },
        {
          title: "Isolation thermique par l'extérieur en complément du ravalement",
          text: "L'assemblée générale décide de compléter le ravalement par une isolation thermique par l'extérieur de 14 cm sur les façades des deux bâtiments, pour un surcoût de 124 000,00 € TTC, éligible aux aides MaPrimeRénov' Copropriété.",
          majority: 'art25',
          yes: 0.27,
          no: 0.56,
          expected: 'rejected',
        },
        councilElection,
        {
          title: 'Installation de la vidéoprotection dans le parking',
          text: "L'assemblée générale décide l'installation de quatre caméras de vidéoprotection dans le parking et les halls, pour 7 200,00 € TTC, les images étant conservées trente jours et accessibles au seul syndic.",
          majority: 'art25',
          yes: 0.22,
          no: 0.6,
          expected: 'rejected',
        },
      ],
    },
  ];
}
