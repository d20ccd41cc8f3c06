import type { EmailContent } from '../../platform/messaging/email-layout.ts';

type Message = { subject: string; body: Omit<EmailContent, 'agencyName'> };

const greeting = (name: string | null) => (name ? `Bonjour ${name},` : 'Bonjour,');

export interface RequestFacts {
  displayName: string;
  clientReference: string | undefined;
  email: string | null;
  phone: string | null;
  subject: string;
  message: string;
  replyChannel: 'email' | 'telephone';
  replyTo: string;
  property: string | null;
}

/**
 * To the manager. The outbox has no Reply-To header: the person's email and phone are written in the body,
 * so that the manager can answer from the portal or directly.
 */
export function managerNotice(managerFirstName: string | null, facts: RequestFacts, queueUrl: string): Message {
  const who = facts.clientReference ? `${facts.displayName} (identifiant ${facts.clientReference})` : facts.displayName;
  const contact = [
    `Email : ${facts.email ?? 'aucune adresse enregistrée'}`,
    `Téléphone : ${facts.phone ?? 'aucun numéro enregistré'}`,
    `Souhaite une réponse ${facts.replyChannel === 'email' ? 'par email' : 'par téléphone'} : ${facts.replyTo}`,
  ];
  return {
    subject: `Demande de contact : ${facts.subject}`,
    body: {
      title: 'Nouvelle demande de contact',
      paragraphs: [
        greeting(managerFirstName),
        `${who} vous a écrit depuis son espace client.`,
        ...(facts.property ? [`Bien concerné : ${facts.property}`] : []),
        `Objet : ${facts.subject}`,
        facts.message,
        contact.join('\n'),
      ],
      action: { label: 'Répondre depuis Palier', url: queueUrl },
      footer: 'Votre réponse depuis Palier est envoyée au client par email et apparaît dans ses notifications.',
    },
  };
}

/** To the person, at once: the request arrived, and who has it. */
export function acknowledgement(name: string, facts: RequestFacts, handler: string): Message {
  return {
    subject: 'Votre demande a bien été transmise',
    body: {
      title: 'Votre demande a bien été transmise',
      paragraphs: [
        greeting(name),
        `Votre demande « ${facts.subject} » a été transmise à ${handler}.`,
        facts.replyChannel === 'email'
          ? `Vous recevrez la réponse par email à ${facts.replyTo}.`
          : `Vous serez rappelé au ${facts.replyTo}.`,
        `Votre message :\n${facts.message}`,
      ],
      footer: 'Vous recevez cet email parce que vous avez envoyé une demande depuis votre espace client.',
    },
  };
}

export function answerEmail(name: string, subject: string, answer: string, staffName: string, homeUrl: string): Message {
  return {
    subject: `Réponse à votre demande : ${subject}`,
    body: {
      title: 'Réponse à votre demande',
      paragraphs: [greeting(name), `${staffName} a répondu à votre demande « ${subject} » :`, answer],
      action: { label: 'Ouvrir mon espace client', url: homeUrl },
      footer: 'Vous recevez cet email parce que vous avez envoyé une demande depuis votre espace client.',
    },
  };
}
