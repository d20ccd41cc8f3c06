import { parisDate } from '../../../domain/calendar.ts';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/client.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { type AccountHolder, findAgencyOfAccount } from './password.repository.ts';
import { holderName } from './password-links.ts';

/**
 * The notices about an account's security, each queued in the caller's transaction, in French and under the
 * name of the agency that serves the person.
 */
export interface NoticeDeps {
  outbox: Outbox;
  config: Config;
}

const timeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'long',
  timeStyle: 'short',
});

async function queueNotice(
  db: Executor,
  deps: NoticeDeps,
  holder: AccountHolder,
  to: string,
  notice: { subject: string; title: string; paragraphs: string[]; action?: { label: string; url: string }; footer?: string },
): Promise<void> {
  const agency = await findAgencyOfAccount(db, holder, parisDate(new Date()));
  const greeting = holderName(holder) ? `Bonjour ${holderName(holder)},` : 'Bonjour,';
  const { subject, ...content } = notice;
  await deps.outbox.queueEmail(db, {
    agencyId: agency?.id ?? null,
    to,
    subject,
    ...renderEmail({ agencyName: agency?.name ?? 'Votre agence', ...content, paragraphs: [greeting, ...content.paragraphs] }),
  });
}

/** After ten failed sign-ins: the account waits, and its owner learns it and how to get back in at once. */
export async function queueAccountLockedNotice(
  db: Executor,
  deps: NoticeDeps,
  holder: AccountHolder & { email: string },
  lockedUntil: Date,
): Promise<void> {
  await queueNotice(db, deps, holder, holder.email, {
    subject: 'Votre compte est temporairement verrouillé',
    title: 'Votre compte est temporairement verrouillé',
    paragraphs: [
      `Plusieurs tentatives de connexion avec un mot de passe erroné ont eu lieu sur votre espace client. Par sécurité, votre compte est verrouillé jusqu'à ${timeFormat.format(lockedUntil)}.`,
      "Si c'était vous et que vous avez oublié votre mot de passe, choisissez-en un nouveau : le lien ci-dessous vous envoie un email de réinitialisation, et votre compte est déverrouillé dès le nouveau mot de passe enregistré.",
      "Si ce n'était pas vous, votre mot de passe n'a pas été trouvé ; vous pouvez tout de même le changer par précaution.",
    ],
    action: { label: 'Réinitialiser mon mot de passe', url: `${deps.config.publicUrl}/mot-de-passe-oublie` },
  });
}

export async function queuePasswordChangedNotice(
  db: Executor,
  deps: NoticeDeps,
  holder: AccountHolder & { email: string },
  at: Date,
): Promise<void> {
  await queueNotice(db, deps, holder, holder.email, {
    subject: 'Votre mot de passe a été modifié',
    title: 'Votre mot de passe a été modifié',
    paragraphs: [
      `Votre mot de passe a été modifié le ${dateTimeFormat.format(at)}. Par sécurité, vos autres appareils ont été déconnectés.`,
      "Si vous n'êtes pas à l'origine de ce changement, réinitialisez votre mot de passe sans attendre et prévenez votre agence.",
    ],
    action: { label: 'Réinitialiser mon mot de passe', url: `${deps.config.publicUrl}/mot-de-passe-oublie` },
  });
}

/** Sent to the new address: only whoever reads that mailbox can make it the account's. */
export async function queueEmailConfirmation(
  db: Executor,
  deps: NoticeDeps,
  holder: AccountHolder,
  request: { to: string; url: string; lifetime: string; continuesToPassword: boolean; smsCodeSentTo?: string },
): Promise<void> {
  await queueNotice(db, deps, holder, request.to, {
    subject: 'Confirmez votre adresse email',
    title: 'Confirmez votre adresse email',
    paragraphs: [
      request.continuesToPassword
        ? 'Vous avez indiqué cette adresse pour votre espace client. Confirmez-la : vous pourrez ensuite créer votre mot de passe.'
        : 'Vous avez demandé à utiliser cette adresse pour votre espace client. Elle remplacera la précédente dès que vous l’aurez confirmée.',
      ...(request.smsCodeSentTo
        ? [
            `Pour vérifier qu'il s'agit bien de vous, un code à 6 chiffres vient de vous être envoyé par SMS au ${request.smsCodeSentTo}, le mobile enregistré sur votre fiche client : la page de confirmation vous le demandera.`,
          ]
        : []),
      `Ce lien est valable ${request.lifetime} et ne peut servir qu'une seule fois.`,
    ],
    action: { label: 'Confirmer mon adresse email', url: request.url },
    footer: "Si vous n'êtes pas à l'origine de cette demande, ignorez cet email : aucune modification ne sera faite.",
  });
}

/** Sent to the previous address, so that a change made by someone else does not go unnoticed. */
export async function queueEmailChangedNotice(
  db: Executor,
  deps: NoticeDeps,
  holder: AccountHolder,
  change: { previousEmail: string; newEmail: string },
): Promise<void> {
  await queueNotice(db, deps, holder, change.previousEmail, {
    subject: 'Votre adresse email a été modifiée',
    title: 'Votre adresse email a été modifiée',
    paragraphs: [
      `L'adresse email de votre espace client est désormais ${change.newEmail}. Les prochains messages y seront envoyés.`,
      "Si vous n'êtes pas à l'origine de ce changement, contactez votre agence sans attendre.",
    ],
  });
}
