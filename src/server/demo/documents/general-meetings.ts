import { addDays } from '../../../domain/calendar.ts';
import { frenchDate, frenchLongDate } from '../../../domain/french-dates.ts';
import type { PdfBuilder } from '../../platform/pdf/pdf-document.ts';
import { formatShares, type Member } from './condominium-view.ts';
import type { SyndicContext } from './context.ts';
import { pdfFileName } from './demo-documents.ts';
import { MEETING_PLACE, type MeetingPlan, meetingPlans } from './general-meeting-agendas.ts';
import {
  type Attendee,
  drawAttendance,
  majorityLabel,
  participantsOf,
  type ResolutionPlan,
  voteOn,
} from './general-meeting-votes.ts';

/** The minutes' title, also used by the notification announcing the latest ones. */
export const minutesTitle = (date: string): string => `Procès-verbal de l'assemblée générale du ${frenchDate(date)}`;

/** The minutes of the last three annual meetings and the convocation of the latest; returns the minutes' ids, oldest first. */
export function addGeneralMeetings(context: SyndicContext): string[] {
  const plans = meetingPlans(context.view);
  const ids = plans.map((plan, index) => {
    const latest = index === plans.length - 1;
    const title = minutesTitle(plan.date);
    return context.documents.add({
      agencyId: context.syndic.agencyId,
      folder: 'assemblees',
      kind: 'Procès-verbal',
      title,
      year: Number(plan.date.slice(0, 4)),
      scope: 'condominium',
      condominiumId: context.syndic.condominiumId,
      // The latest minutes went online yesterday: the document the demo's notification announces.
      publishedAt: latest ? context.recent(30) : context.archived(addDays(plan.date, 16), '14:00'),
      publishedByStaffId: context.syndic.managerId,
      fileName: pdfFileName(title),
      pdf: {
        letterhead: context.letterhead,
        footerNote: context.footerNote,
        subject: 'Assemblée générale ordinaire des copropriétaires du 100 avenue Anatole France, Créteil',
        keywords: ['procès-verbal', 'assemblée générale', 'résolutions'],
      },
      build: (pdf) => writeMinutes(pdf, context, plan),
    });
  });
  const latest = plans.at(-1);
  if (latest) addConvocation(context, latest);
  return ids;
}

const coOwners = (count: number) => `${count} copropriétaire${count > 1 ? 's' : ''}`;

const votesLine = (shares: number, members: readonly Member[]) =>
  `${formatShares(shares)} tantièmes (${coOwners(members.length)})`;

const namesWithShares = (members: readonly Member[]) =>
  members.length === 0 ? 'Néant' : members.map((member) => `${member.name} (${formatShares(member.shares)})`).join(', ');

const modeLabel = (attendee: Attendee): string => {
  switch (attendee.mode) {
    case 'present':
      return 'Présent';
    case 'represented':
      return `Représenté par ${attendee.proxyHolder?.name ?? 'un mandataire'}`;
    case 'postal':
      return 'Vote par correspondance';
    default:
      return 'Absent';
  }
};

function writeMinutes(pdf: PdfBuilder, context: SyndicContext, plan: MeetingPlan): void {
  const { view } = context;
  const members = view.membersOn(plan.date);
  const total = view.key('GEN').total;
  const attendees = drawAttendance(members, plan.seed, plan.fixed);
  const participants = participantsOf(attendees);
  const count = (mode: Attendee['mode']) => attendees.filter((attendee) => attendee.mode === mode);
  const sharesOf = (list: readonly Attendee[]) => list.reduce((sum, attendee) => sum + attendee.member.shares, 0);
  const absent = count('absent');
  const convokedOn = addDays(plan.date, -28);
  const year = plan.date.slice(0, 4);

  pdf
    .title(minutesTitle(plan.date), {
      subtitle: 'Assemblée générale ordinaire des copropriétaires — Copropriété du 100 avenue Anatole France, 94000 Créteil',
      meta: `Réunion du ${frenchLongDate(plan.date)} à 18 h 30 — ${MEETING_PLACE}`,
    })
    .paragraph(
      `Le ${frenchLongDate(plan.date)}, à 18 h 30, les copropriétaires de l'ensemble immobilier situé 100 avenue Anatole France et 1 rue Marc Sangnier à Créteil se sont réunis en assemblée générale ordinaire, ${MEETING_PLACE}, sur convocation du syndic ImmoCity Coulon notifiée le ${frenchDate(convokedOn)}, conformément aux articles 7 et 9 du décret n° 67-223 du 17 mars 1967.`,
    )
    .heading('Feuille de présence')
    .facts([
      ['Syndicat', `${coOwners(members.length)} totalisant ${formatShares(total)} tantièmes de charges générales`],
      ['Présents', `${coOwners(count('present').length)}, ${formatShares(sharesOf(count('present')))} tantièmes`],
      ['Représentés', `${coOwners(count('represented').length)}, ${formatShares(sharesOf(count('represented')))} tantièmes`],
      ['Par correspondance', `${coOwners(count('postal').length)}, ${formatShares(sharesOf(count('postal')))} tantièmes`],
      ['Absents', `${coOwners(absent.length)}, ${formatShares(sharesOf(absent))} tantièmes`],
    ])
    .table(
      [
        { header: 'Copropriétaire', width: 3 },
        { header: 'Lots', width: 1.5 },
        { header: 'Tantièmes', width: 0.9, align: 'right' },
        { header: 'Présence', width: 2.6 },
      ],
      attendees.map((attendee) => [
        attendee.member.name,
        attendee.member.lots.map((lot) => lot.plan.number).join(', '),
        formatShares(attendee.member.shares),
        modeLabel(attendee),
      ]),
      {
        totals: [
          ['Présents, représentés et votes par correspondance', '', formatShares(sharesOf(attendees) - sharesOf(absent)), ''],
        ],
      },
    )
    .paragraph(
      `La feuille de présence, signée par les copropriétaires présents et les mandataires, est certifiée exacte par le bureau. La séance est ouverte à ${plan.opening}. Le syndic rappelle que les formulaires de vote par correspondance devaient être reçus au plus tard le ${frenchDate(addDays(plan.date, -4))}.`,
    )
    .heading('Résolutions');

  plan.resolutions.forEach((resolution, index) => {
    writeResolution(pdf, resolution, index + 1, { participants, total, members: members.length, seed: plan.seed * 100 + index });
  });

  pdf
    .heading('Clôture')
    .paragraph(`L'ordre du jour étant épuisé, la séance est levée à ${plan.closing}.`)
    .facts([['Défaillants', namesWithShares(absent.map((attendee) => attendee.member))]])
    .paragraph(
      "Article 42, alinéa 2, de la loi du 10 juillet 1965 : les actions en contestation des décisions des assemblées générales doivent, à peine de déchéance, être introduites par les copropriétaires opposants ou défaillants dans un délai de deux mois à compter de la notification du procès-verbal, qui leur est faite à la diligence du syndic dans le délai d'un mois à compter de la tenue de l'assemblée.",
      { italic: true },
    )
    .signature([
      `Fait à Créteil, le ${frenchDate(plan.date)}`,
      `Le président de séance : ${view.nameOf(view.personId('Garnier'))}`,
      `Le scrutateur : ${year === '2025' ? view.nameOf(view.personId('Roux')) : view.nameOf(view.personId('Bernard'))}`,
      'La secrétaire : Claire Martin, pour ImmoCity Coulon',
    ]);
}

function writeResolution(
  pdf: PdfBuilder,
  resolution: ResolutionPlan,
  number: number,
  meeting: { participants: Member[]; total: number; members: number; seed: number },
): void {
  const { votes, outcome } = voteOn(resolution, meeting);
  pdf.subheading(`Résolution n° ${number} — ${resolution.title}`).paragraph(resolution.text);
  pdf.facts(
    [
      ['Majorité requise', `${majorityLabel[resolution.majority]} : ${outcome.threshold}`],
      ['Pour', votesLine(votes.yesShares, votes.yes)],
      ['Contre', votesLine(votes.noShares, votes.no)],
      ['Abstention', votesLine(votes.abstainShares, votes.abstain)],
      ['Ont voté contre', namesWithShares(votes.no)],
      ['Se sont abstenus', namesWithShares(votes.abstain)],
      ['Résultat', `${outcome.statement}.`],
    ],
    { labelWidth: 110 },
  );
}

function addConvocation(context: SyndicContext, plan: MeetingPlan): void {
  const title = `Convocation à l'assemblée générale du ${frenchDate(plan.date)}`;
  const notifiedOn = addDays(plan.date, -28);
  const postalDeadline = addDays(plan.date, -4);
  context.documents.add({
    agencyId: context.syndic.agencyId,
    folder: 'assemblees',
    kind: 'Convocation',
    title,
    year: Number(plan.date.slice(0, 4)),
    scope: 'condominium',
    condominiumId: context.syndic.condominiumId,
    publishedAt: context.archived(notifiedOn, '09:00'),
    publishedByStaffId: context.syndic.managerId,
    fileName: pdfFileName(title),
    pdf: { letterhead: context.letterhead, footerNote: context.footerNote },
    build: (pdf) => {
      pdf
        .title(title, {
          subtitle: 'Assemblée générale ordinaire des copropriétaires du 100 avenue Anatole France, Créteil',
          meta: `Choisy-le-Roi, le ${frenchDate(notifiedOn)}`,
        })
        .paragraph('Madame, Monsieur,')
        .paragraph(
          `Nous avons l'honneur de vous convoquer à l'assemblée générale ordinaire des copropriétaires qui se tiendra le ${frenchLongDate(plan.date)} à 18 h 30, ${MEETING_PLACE}. L'émargement de la feuille de présence débutera à 18 h 00.`,
        )
        .heading('Ordre du jour et projets de résolutions');
      plan.resolutions.forEach((resolution, index) => {
        pdf
          .subheading(`${index + 1}. ${resolution.title}`)
          .paragraph(`${resolution.text} (Majorité : ${majorityLabel[resolution.majority].toLowerCase()}.)`);
      });
      pdf
        .heading('Documents joints')
        .bullets([
          "Annexes comptables de l'exercice 2025 (état financier, compte de gestion général, état des travaux).",
          "Projet de budget prévisionnel de l'exercice 2027.",
          'Rapport du maître d’œuvre et les trois offres reçues pour le ravalement des façades.',
          'Formulaire de vote par correspondance (arrêté du 2 juillet 2020) et modèle de pouvoir.',
        ])
        .heading('Vote par correspondance et pouvoirs')
        .paragraph(
          `Si vous ne pouvez pas assister à l'assemblée, vous pouvez voter par correspondance : le formulaire doit être reçu par le syndic au plus tard le ${frenchLongDate(postalDeadline)}, trois jours francs avant la réunion (article 9 bis du décret du 17 mars 1967). Vous pouvez aussi donner pouvoir à la personne de votre choix, à l'exception du syndic, de ses préposés et de leurs proches. Un mandataire ne peut recevoir plus de trois délégations de vote, sauf si le total de ses voix et de celles de ses mandants n'excède pas 10 % des voix du syndicat.`,
        )
        .paragraph(
          "Les documents comptables et les pièces justificatives des charges sont consultables sur rendez-vous à l'agence pendant les jours ouvrés précédant l'assemblée, ainsi que sur votre espace en ligne.",
        )
        .paragraph("Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.")
        .signature(['Claire Martin', 'Gestionnaire de la copropriété, ImmoCity Coulon']);
    },
  });
}
