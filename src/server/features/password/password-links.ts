import { parisDate } from '../../../domain/calendar.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { hashAccountToken, newAccountToken } from './account-tokens.ts';
import {
  type AccountHolder,
  expireUnusedTokens,
  findAccountHolder,
  findAgencyOfAccount,
  insertAccountToken,
  listClientReferences,
} from './password.repository.ts';

export type PasswordLinkReason = 'first_connection' | 'reset' | 'invitation' | 'activation';

export const passwordLinkUrl = (config: Config, token: string) =>
  `${config.publicUrl}/mot-de-passe/nouveau?jeton=${encodeURIComponent(token)}`;

/** "60 minutes", "2 heures", "3 jours": the lifetime as the email states it. */
export function describeLifetime(minutes: number): string {
  if (minutes % 1440 === 0) return minutes === 1440 ? '24 heures' : `${minutes / 1440} jours`;
  if (minutes % 60 === 0) return minutes === 60 ? '1 heure' : `${minutes / 60} heures`;
  return `${minutes} minutes`;
}

export const holderName = (holder: AccountHolder): string =>
  holder.person ? displayName(holder.person) : holder.staff ? `${holder.staff.firstName} ${holder.staff.lastName}` : '';

/**
 * Sends the link to create (no password yet) or reset the account's password, inside the caller's
 * transaction: the token, the end of the previous links, the email and the trace stand or fall together.
 * An account without email cannot receive it; the caller decides what to tell the person then.
 */
export async function sendPasswordSetupLink(
  db: Executor,
  deps: { outbox: Outbox; config: Config },
  input: { accountId: string; reason: PasswordLinkReason; ipAddress?: string | null },
): Promise<{ sent: true } | { sent: false; reason: 'no_email' }> {
  const holder = await findAccountHolder(db, input.accountId);
  if (!holder) throw new Error(`sendPasswordSetupLink: no account ${input.accountId}`);
  if (!holder.email) return { sent: false, reason: 'no_email' };

  const token = await issuePasswordToken(db, deps.config, holder, input.ipAddress ?? null);
  const agency = await findAgencyOfAccount(db, holder, parisDate(new Date()));
  const agencyName = agency?.name ?? 'Votre agence';
  const identifiers = await identifiersOf(db, holder);
  const content = emailContent(input.reason, {
    name: holderName(holder),
    identifiers,
    url: passwordLinkUrl(deps.config, token),
    lifetime: describeLifetime(deps.config.passwordLinkTtlMinutes),
    hasPassword: holder.hasPassword,
  });
  await deps.outbox.queueEmail(db, {
    agencyId: agency?.id ?? null,
    to: holder.email,
    subject: content.subject,
    ...renderEmail({ agencyName, ...content.body }),
  });
  await recordAuditEvent(db, {
    accountId: holder.accountId,
    action: 'password.link_sent',
    ipAddress: input.ipAddress ?? null,
    details: { reason: input.reason },
  });
  return { sent: true };
}

/**
 * A new link to create (no password yet) or reset the password; the account's unused ones end, so that only
 * the latest works. Returns the token itself, which exists nowhere else.
 */
export async function issuePasswordToken(
  db: Executor,
  config: Config,
  holder: AccountHolder,
  ipAddress: string | null,
): Promise<string> {
  const now = new Date();
  const token = newAccountToken();
  await expireUnusedTokens(db, holder.accountId, ['password_setup', 'password_reset'], now);
  await insertAccountToken(db, {
    accountId: holder.accountId,
    purpose: holder.hasPassword ? 'password_reset' : 'password_setup',
    tokenHash: hashAccountToken(config, token),
    requestedFromIp: ipAddress,
    expiresAt: new Date(now.getTime() + config.passwordLinkTtlMinutes * 60_000),
  });
  return token;
}

/** What the person can type in "Identifiant": their client references, and their email. */
export async function identifiersOf(db: Executor, holder: AccountHolder): Promise<string[]> {
  const references = holder.personId ? (await listClientReferences(db, holder.personId)).map((row) => row.reference) : [];
  return holder.email ? [...references, holder.email] : references;
}

interface LinkFacts {
  name: string;
  identifiers: string[];
  url: string;
  lifetime: string;
  hasPassword: boolean;
}

function emailContent(reason: PasswordLinkReason, facts: LinkFacts) {
  const greeting = facts.name ? `Bonjour ${facts.name},` : 'Bonjour,';
  const validity = `Ce lien est valable ${facts.lifetime} et ne peut servir qu'une seule fois.`;
  const notYou = "Si vous n'êtes pas à l'origine de cette demande, ignorez cet email : votre mot de passe actuel reste inchangé.";

  if (reason === 'invitation' || reason === 'activation') {
    const [first, ...others] = facts.identifiers;
    const identifierLine =
      others.length === 0
        ? `Votre identifiant : ${first ?? ''}`
        : `Vos identifiants (chacun ouvre le même espace) : ${facts.identifiers.join(', ')}`;
    return {
      subject: 'Bienvenue sur votre espace client',
      body: {
        title: 'Bienvenue sur votre espace client',
        paragraphs: [
          greeting,
          reason === 'activation'
            ? 'Votre agence a ouvert votre accès à votre espace client, comme vous l’avez demandé.'
            : 'Votre agence vous invite à rejoindre votre espace client : vos documents, vos comptes et vos demandes, en ligne.',
          identifierLine,
          `Pour commencer, créez votre mot de passe. ${validity}`,
        ],
        action: { label: 'Créer mon mot de passe', url: facts.url },
        footer: 'Vous recevez cet email parce que votre agence a ouvert votre espace client.',
      },
    };
  }

  const creating = reason === 'first_connection' || !facts.hasPassword;
  return {
    subject: creating ? 'Créez votre mot de passe' : 'Réinitialisation de votre mot de passe',
    body: {
      title: creating ? 'Créez votre mot de passe' : 'Réinitialisez votre mot de passe',
      paragraphs: [
        greeting,
        creating
          ? 'Vous avez demandé à accéder à votre espace client. Cliquez sur le bouton ci-dessous pour créer votre mot de passe.'
          : 'Vous avez demandé à réinitialiser le mot de passe de votre espace client. Cliquez sur le bouton ci-dessous pour en choisir un nouveau.',
        validity,
      ],
      action: { label: creating ? 'Créer mon mot de passe' : 'Choisir un nouveau mot de passe', url: facts.url },
      footer: creating ? "Si vous n'êtes pas à l'origine de cette demande, ignorez cet email." : notYou,
    },
  };
}
