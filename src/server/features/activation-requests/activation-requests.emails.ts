import type { EmailContent } from '../../platform/messaging/email-layout.ts';

/** The French emails of an activation request: to the requester at each step, to the managers when it waits. */
export type ActivationEmail = { subject: string; body: Omit<EmailContent, 'agencyName'> };

export interface AgencyContact {
  name: string;
  phone: string | null;
  email: string | null;
}

const greeting = (firstName: string | null, lastName: string) => `Bonjour ${firstName ?? ''} ${lastName},`.replace(/\s+/g, ' ');

function contactLine(agency: AgencyContact): string {
  const ways = [agency.phone ? `par téléphone au ${agency.phone}` : null, agency.email ? `par email à ${agency.email}` : null];
  const reachable = ways.filter(Boolean).join(' ou ');
  return reachable ? `Vous pouvez aussi contacter ${agency.name} ${reachable}.` : `Vous pouvez aussi contacter ${agency.name}.`;
}

// Emails speak Paris time, like the agencies' letters, whatever the server's zone.
const parisDateTime = new Intl.DateTimeFormat('fr-FR', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Paris',
});
export const formatParisDateTime = (instant: Date) => parisDateTime.format(instant).replace(' ', ' à ');

interface Requester {
  firstName: string | null;
  lastName: string;
}

export function receivedEmail(requester: Requester, agency: AgencyContact, trackingUrl: string): ActivationEmail {
  return {
    subject: "Nous avons bien reçu votre demande d'accès",
    body: {
      title: "Nous avons bien reçu votre demande d'accès",
      paragraphs: [
        greeting(requester.firstName, requester.lastName),
        `Nous avons bien reçu votre demande d'ouverture d'accès à votre espace client auprès de ${agency.name}, avec vos justificatifs.`,
        'Votre agence la vérifie et la traite sous 24 à 72 heures. Vous recevrez un email dès qu’elle sera traitée, et vous pouvez suivre son avancement à tout moment avec le lien ci-dessous.',
      ],
      action: { label: 'Suivre ma demande', url: trackingUrl },
      footer:
        "Vous recevez cet email parce qu'une demande d'accès a été déposée avec cette adresse. Si vous n'en êtes pas à l'origine, ignorez ce message.",
    },
  };
}

export function approvedEmail(
  requester: Requester,
  agency: AgencyContact,
  link: { sentHere: true } | { sentHere: false; maskedAddress: string },
  loginUrl: string,
): ActivationEmail {
  const next = link.sentHere
    ? 'Vous allez recevoir dans un instant un second email contenant le lien pour créer votre mot de passe. Ce lien a une durée de validité limitée.'
    : `Le lien pour créer votre mot de passe a été envoyé à l'adresse enregistrée sur votre fiche client (${link.maskedAddress}). Si vous n'y avez plus accès, contactez votre agence.`;
  return {
    subject: "Votre demande d'accès est acceptée",
    body: {
      title: "Votre demande d'accès est acceptée",
      paragraphs: [
        greeting(requester.firstName, requester.lastName),
        `${agency.name} a vérifié vos justificatifs et ouvert votre accès à votre espace client.`,
        next,
      ],
      action: { label: 'Accéder à mon espace client', url: loginUrl },
      footer: "Vous recevez cet email parce que vous avez déposé une demande d'accès à votre espace client.",
    },
  };
}

export function rejectedEmail(
  requester: Requester,
  agency: AgencyContact,
  reason: string,
  newRequestUrl: string,
): ActivationEmail {
  return {
    subject: "Votre demande d'accès n'a pas pu être acceptée",
    body: {
      title: "Votre demande d'accès n'a pas pu être acceptée",
      paragraphs: [
        greeting(requester.firstName, requester.lastName),
        `${agency.name} n'a pas pu valider votre demande d'ouverture d'accès à votre espace client, pour le motif suivant :`,
        `« ${reason} »`,
        `Vous pouvez déposer une nouvelle demande avec les informations ou justificatifs attendus. ${contactLine(agency)}`,
      ],
      action: { label: 'Faire une nouvelle demande', url: newRequestUrl },
      footer: "Vous recevez cet email parce que vous avez déposé une demande d'accès à votre espace client.",
    },
  };
}

export interface WaitingRequest {
  displayName: string;
  submittedAt: Date;
}

export function reminderEmail(managerFirstName: string, waiting: WaitingRequest[], now: Date, queueUrl: string): ActivationEmail {
  const plural = waiting.length > 1;
  const lines = waiting.map((request) => {
    const hours = Math.floor((now.getTime() - request.submittedAt.getTime()) / 3_600_000);
    return `• ${request.displayName}, déposée le ${formatParisDateTime(request.submittedAt)} (il y a ${hours} heures)`;
  });
  const subject = plural
    ? `${waiting.length} demandes d'accès attendent depuis plus de 24 heures`
    : "Une demande d'accès attend depuis plus de 24 heures";
  return {
    subject,
    body: {
      title: subject,
      paragraphs: [
        `Bonjour ${managerFirstName},`,
        plural
          ? `${waiting.length} demandes d'ouverture d'accès attendent une décision depuis plus de 24 heures. Les demandeurs ont été prévenus d'un délai de 24 à 72 heures.`
          : "Une demande d'ouverture d'accès attend une décision depuis plus de 24 heures. Le demandeur a été prévenu d'un délai de 24 à 72 heures.",
        lines.join('\n'),
      ],
      action: { label: 'Traiter les demandes', url: queueUrl },
      footer: "Vous recevez ce rappel en tant que gestionnaire de l'agence. Il n'est envoyé qu'une fois par demande.",
    },
  };
}
