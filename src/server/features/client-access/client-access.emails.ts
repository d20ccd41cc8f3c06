import type { EmailContent } from '../../platform/messaging/email-layout.ts';

/** The French emails a person receives when their agency changes something on their access. */
export interface AgencyContact {
  name: string;
  phone: string | null;
  email: string | null;
}

export type NoticeMessage = { subject: string; body: Omit<EmailContent, 'agencyName'> };

const greeting = (name: string) => (name ? `Bonjour ${name},` : 'Bonjour,');

function contactLine(agency: AgencyContact): string {
  const ways = [agency.phone ? `par téléphone au ${agency.phone}` : null, agency.email ? `par email à ${agency.email}` : null];
  const reachable = ways.filter(Boolean).join(' ou ');
  return reachable
    ? `Pour toute question, contactez ${agency.name} ${reachable}.`
    : `Pour toute question, contactez ${agency.name}.`;
}

/**
 * "j•••@example.fr": the old mailbox may not be the person's (often the very reason of the correction), so
 * it learns that the address changed, not the new address itself.
 */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}•••@${domain}`;
}

export function emailReplacedNotice(name: string, newEmail: string, agency: AgencyContact): NoticeMessage {
  return {
    subject: 'Votre adresse email a été modifiée',
    body: {
      title: 'Votre adresse email a été modifiée',
      paragraphs: [
        greeting(name),
        `Votre agence a remplacé l'adresse email de votre espace client par ${maskEmail(newEmail)}. Les messages de votre espace client ne seront plus envoyés à cette adresse.`,
        `Si vous n'êtes pas à l'origine de ce changement, prévenez votre agence sans attendre. ${contactLine(agency)}`,
      ],
      footer: "Vous recevez cet email parce que cette adresse était celle de votre espace client jusqu'à aujourd'hui.",
    },
  };
}

export function emailNowYoursNotice(name: string, agency: AgencyContact): NoticeMessage {
  return {
    subject: 'Votre nouvelle adresse email est enregistrée',
    body: {
      title: 'Votre nouvelle adresse email est enregistrée',
      paragraphs: [
        greeting(name),
        'Votre agence a enregistré cette adresse comme celle de votre espace client : vous pouvez désormais l’utiliser pour vous connecter et recevoir vos messages.',
        contactLine(agency),
      ],
      footer: 'Vous recevez cet email parce que votre agence a enregistré cette adresse sur votre fiche client.',
    },
  };
}

export function accessSuspendedNotice(name: string, agency: AgencyContact): NoticeMessage {
  return {
    subject: 'Votre accès à votre espace client est suspendu',
    body: {
      title: 'Votre accès est suspendu',
      paragraphs: [
        greeting(name),
        'Votre agence a suspendu votre accès à votre espace client : vous avez été déconnecté de tous vos appareils et vous ne pouvez plus vous connecter pour le moment.',
        contactLine(agency),
      ],
    },
  };
}

export function accessRestoredNotice(name: string, agency: AgencyContact): NoticeMessage {
  return {
    subject: 'Votre accès à votre espace client est rétabli',
    body: {
      title: 'Votre accès est rétabli',
      paragraphs: [
        greeting(name),
        'Votre agence a rétabli votre accès à votre espace client : vous pouvez de nouveau vous connecter avec vos identifiants habituels.',
        contactLine(agency),
      ],
    },
  };
}
