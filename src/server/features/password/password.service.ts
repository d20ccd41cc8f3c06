import { parisDate } from '../../../domain/calendar.ts';
import { canonicalClientReference, looksLikeEmail } from '../../../domain/client-reference.ts';
import { RESET_REQUEST_CAPS, waitForCap } from '../../../domain/login-throttle.ts';
import type { Config } from '../../config.ts';
import type { Database, Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { revokeAccountSessions } from '../../platform/auth/sessions.repository.ts';
import { completeSignIn, type OpenedSession, type SignInEvidence } from '../../platform/auth/sign-in.ts';
import { AppError } from '../../platform/errors.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { findAccountByClientReference, findAccountByEmail } from '../auth/auth.repository.ts';
import { clearThrottle, countFailure, readThrottles } from '../auth/login-throttle.repository.ts';
import { queuePasswordChangedNotice } from './account-emails.ts';
import { resolveAccountToken } from './account-tokens.ts';
import { maskMobilePhone, reachableMobile, sendAttachmentLinkAndCode } from './email-attachment.ts';
import {
  type AccountHolder,
  type AgencyRow,
  consumeToken,
  expireUnusedTokens,
  findAccountHolder,
  findAgencyOfAccount,
  hasPermanentDeliveryFailure,
  isEmailTakenByAnother,
  setPasswordHash,
} from './password.repository.ts';
import { holderName, identifiersOf, sendPasswordSetupLink } from './password-links.ts';
import { assertAcceptablePassword, assessPassword, type StrengthReport } from './password-strength.ts';

export interface ForgottenAnswer {
  status: 'sent' | 'no_email' | 'undeliverable' | 'needs_agency' | 'confirmation_sent';
  message: string;
  agency: AgencyRow | null;
  email: string | null;
  /** Masked: the mobile the verification code went to. */
  phone: string | null;
}

export const FORGOTTEN_MESSAGES = {
  sent: 'Si un compte correspond à cet identifiant, un email vient de vous être envoyé avec un lien pour choisir votre mot de passe. Pensez à regarder dans vos courriers indésirables.',
  no_email:
    "Nous n'avons pas d'adresse email sur votre fiche client. Cela vous permettrait de récupérer plus facilement votre mot de passe en cas d'oubli.",
  undeliverable: "L'email de réinitialisation n'a pas pu être envoyé, merci de vous rapprocher de votre agence.",
  needs_agency:
    "Pour protéger votre compte, votre agence doit vérifier votre identité avant d'enregistrer une adresse email. Faites une demande d'ouverture d'accès, avec une pièce d'identité.",
} as const;

const PASSWORD_PURPOSES = ['password_setup', 'password_reset'] as const;

/** What an attacker tries first for this person: their names, identifiers and email. */
export async function personalWordsOf(db: Executor, holder: AccountHolder): Promise<string[]> {
  const names = [
    holder.person?.firstName,
    holder.person?.lastName,
    holder.person?.companyName,
    holder.staff?.firstName,
    holder.staff?.lastName,
  ];
  return [...names.filter((name): name is string => Boolean(name)), ...(await identifiersOf(db, holder))];
}

/** "Mot de passe oublié", which is also the first connection: from the identifier to a new password. */
export class PasswordService {
  constructor(private readonly deps: { db: Database; outbox: Outbox; config: Config }) {}

  /**
   * An unknown identifier and an account with a working address get the same answer after the same work
   * (counters, one lookup, one transaction with its trace). The seed's two other answers do tell that the
   * account exists; an address gets at most five of them an hour.
   */
  async requestLink(identifier: string, evidence: SignInEvidence): Promise<ForgottenAnswer> {
    const { db } = this.deps;
    const now = new Date();
    const keys = await this.admitResetRequest(identifier, evidence.ipAddress, now);
    const holder = await this.findHolder(identifier);
    return db.transaction(async (tx) => {
      await this.countRequest(tx, keys, now);
      if (!holder) {
        await recordAuditEvent(tx, { accountId: null, action: 'password.reset_requested', ...evidence, details: { identifier } });
        return this.sent();
      }
      await recordAuditEvent(tx, { accountId: holder.accountId, action: 'password.reset_requested', ...evidence });
      if (!holder.email) return this.revealing(tx, keys, holder, 'no_email', now);
      if (await hasPermanentDeliveryFailure(tx, holder.email)) return this.revealing(tx, keys, holder, 'undeliverable', now);
      await sendPasswordSetupLink(tx, this.deps, {
        accountId: holder.accountId,
        reason: holder.hasPassword ? 'reset' : 'first_connection',
        ipAddress: evidence.ipAddress,
      });
      return this.sent();
    });
  }

  /**
   * The seed's "no email on file" case: the person gives an address; a link goes to it and a code to the
   * mobile on their file, and only both together make it the account's (see email-attachment.ts). Without a
   * mobile on file nothing is sent: the agency checks identity through an activation request. Only an account
   * without address takes one here; for any other identifier the answer is the usual one.
   */
  async provideEmail(identifier: string, email: string, evidence: SignInEvidence): Promise<ForgottenAnswer> {
    const { db } = this.deps;
    const now = new Date();
    const keys = await this.admitResetRequest(identifier, evidence.ipAddress, now);
    const holder = await this.findHolder(identifier);
    if (holder && !holder.email) {
      // Counted before the checks, so that trying addresses to see which exist ("Le courriel existe déjà")
      // meets the same hourly cap.
      await db.transaction(async (tx) => {
        await this.countRequest(tx, keys, now);
        await countFailure(tx, keys.revealing, now, RESET_REQUEST_CAPS.revealingPerAddress.windowMs);
      });
      const mobilePhone = reachableMobile(holder.person?.mobilePhone);
      if (!mobilePhone) return this.needsAgency(holder, email, evidence, now);
      if (await isEmailTakenByAnother(db, email, holder.accountId)) throw new AppError('EMAIL_TAKEN');
      await db.transaction((tx) => sendAttachmentLinkAndCode(tx, this.deps, { holder, email, mobilePhone, evidence, now }));
      const phone = maskMobilePhone(mobilePhone);
      return {
        status: 'confirmation_sent',
        message: `Un email vient d'être envoyé à ${email}, et un code par SMS au ${phone}. Ouvrez le lien de l'email, puis saisissez ce code pour confirmer votre adresse et créer votre mot de passe.`,
        agency: null,
        email,
        phone,
      };
    }
    return db.transaction(async (tx) => {
      await this.countRequest(tx, keys, now);
      if (holder?.email && !(await hasPermanentDeliveryFailure(tx, holder.email))) {
        await sendPasswordSetupLink(tx, this.deps, {
          accountId: holder.accountId,
          reason: 'reset',
          ipAddress: evidence.ipAddress,
        });
      }
      return this.sent();
    });
  }

  /** Whether the link can still serve, with who it is for (the page greets them and fills the username). */
  async describeLink(token: string): Promise<{ creating: boolean; displayName: string; identifier: string }> {
    const row = await resolveAccountToken(this.deps.db, this.deps.config, token, [...PASSWORD_PURPOSES], new Date());
    const holder = await this.holderOf(row.accountId);
    const [identifier] = await identifiersOf(this.deps.db, holder);
    return { creating: row.purpose === 'password_setup', displayName: holderName(holder), identifier: identifier ?? '' };
  }

  /** The rules as the page shows them while the person types; with a link, also against the holder's names. */
  async assess(password: string, token: string | undefined, accountId: string | undefined): Promise<StrengthReport> {
    const { db, config } = this.deps;
    let owner = accountId;
    if (!owner && token) {
      owner = await resolveAccountToken(db, config, token, [...PASSWORD_PURPOSES], new Date()).then(
        (row) => row.accountId,
        () => undefined,
      );
    }
    const holder = owner ? await findAccountHolder(db, owner) : undefined;
    return assessPassword(password, holder ? await personalWordsOf(db, holder) : []);
  }

  /**
   * Sets the password from an emailed link, then signs the person in on this device. Every other session
   * ends: whoever knew the old password, or held a session, is out.
   */
  async setPassword(input: { token: string; password: string }, evidence: SignInEvidence): Promise<OpenedSession> {
    const { db, config } = this.deps;
    const now = new Date();
    const row = await resolveAccountToken(db, config, input.token, [...PASSWORD_PURPOSES], now);
    const holder = await this.holderOf(row.accountId);
    assertAcceptablePassword(input.password, await personalWordsOf(db, holder));
    const passwordHash = await hashPassword(input.password);

    await db.transaction(async (tx) => {
      // The token is spent first, under a row check: of two uses racing, only one gets past this line.
      if (!(await consumeToken(tx, row.id, now))) throw new AppError('LINK_USED');
      await expireUnusedTokens(tx, holder.accountId, [...PASSWORD_PURPOSES], now);
      await setPasswordHash(tx, holder.accountId, passwordHash);
      const revoked = await revokeAccountSessions(tx, holder.accountId, now);
      await clearThrottle(tx, `account:${holder.accountId}`);
      await recordAuditEvent(tx, {
        accountId: holder.accountId,
        action: 'password.changed',
        ...evidence,
        details: { via: row.purpose === 'password_setup' ? 'first_connection' : 'reset_link', revokedSessions: revoked },
      });
      if (holder.email) await queuePasswordChangedNotice(tx, this.deps, { ...holder, email: holder.email }, now);
    });

    return completeSignIn(db, config.sessionSecret, {
      accountId: holder.accountId,
      method: 'password',
      persistent: false,
      evidence,
    });
  }

  private async findHolder(identifier: string): Promise<AccountHolder | undefined> {
    const { db } = this.deps;
    const trimmed = identifier.trim();
    const account = looksLikeEmail(trimmed)
      ? await findAccountByEmail(db, trimmed)
      : await findAccountByClientReference(db, canonicalClientReference(trimmed));
    return account ? findAccountHolder(db, account.id) : undefined;
  }

  private async holderOf(accountId: string): Promise<AccountHolder> {
    const holder = await findAccountHolder(this.deps.db, accountId);
    if (!holder) throw new AppError('LINK_INVALID');
    return holder;
  }

  /** Refuses the request when one of its caps is reached; returns the counters' keys. */
  private async admitResetRequest(identifier: string, ipAddress: string, now: Date) {
    const trimmed = identifier.trim();
    const subject = looksLikeEmail(trimmed) ? trimmed.toLowerCase() : canonicalClientReference(trimmed);
    const keys = {
      identifier: `reset:identifier:${subject}`,
      address: `reset:ip:${ipAddress}`,
      revealing: `reset:revealed:ip:${ipAddress}`,
    };
    const records = await readThrottles(this.deps.db, Object.values(keys));
    const wait = Math.max(
      waitForCap(records.get(keys.identifier), now, RESET_REQUEST_CAPS.perIdentifier),
      waitForCap(records.get(keys.address), now, RESET_REQUEST_CAPS.perAddress),
      waitForCap(records.get(keys.revealing), now, RESET_REQUEST_CAPS.revealingPerAddress),
    );
    if (wait > 0) throw new AppError('RATE_LIMITED', undefined, { retryAfterSeconds: Math.ceil(wait / 1000) });
    return keys;
  }

  private async countRequest(tx: Executor, keys: { identifier: string; address: string }, now: Date) {
    await countFailure(tx, keys.identifier, now, RESET_REQUEST_CAPS.perIdentifier.windowMs);
    await countFailure(tx, keys.address, now, RESET_REQUEST_CAPS.perAddress.windowMs);
  }

  private sent(): ForgottenAnswer {
    return { status: 'sent', message: FORGOTTEN_MESSAGES.sent, agency: null, email: null, phone: null };
  }

  /** Nothing sent, nothing recorded on the account but the trace, which the agency sees in the client's history. */
  private async needsAgency(holder: AccountHolder, email: string, evidence: SignInEvidence, now: Date): Promise<ForgottenAnswer> {
    const { db } = this.deps;
    await recordAuditEvent(db, {
      accountId: holder.accountId,
      action: 'email.attach_refused',
      ...evidence,
      details: { email, reason: 'no_mobile_phone' },
    });
    const agency = (await findAgencyOfAccount(db, holder, parisDate(now))) ?? null;
    return { status: 'needs_agency', message: FORGOTTEN_MESSAGES.needs_agency, agency, email: null, phone: null };
  }

  private async revealing(
    tx: Executor,
    keys: { revealing: string },
    holder: AccountHolder,
    status: 'no_email' | 'undeliverable',
    now: Date,
  ): Promise<ForgottenAnswer> {
    await countFailure(tx, keys.revealing, now, RESET_REQUEST_CAPS.revealingPerAddress.windowMs);
    const agency = (await findAgencyOfAccount(tx, holder, parisDate(now))) ?? null;
    return { status, message: FORGOTTEN_MESSAGES[status], agency, email: null, phone: null };
  }
}
