import { parisDate } from '../../../domain/calendar.ts';
import type { Config } from '../../config.ts';
import type { Database, Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { policy } from '../../platform/auth/policy.ts';
import { revokeAccountSessions } from '../../platform/auth/sessions.repository.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { findPersonRoles } from '../me/me.repository.ts';
import { sendPasswordSetupLink } from '../password/password-links.ts';
import {
  type AgencyContact,
  accessRestoredNotice,
  accessSuspendedNotice,
  emailNowYoursNotice,
  emailReplacedNotice,
  type NoticeMessage,
} from './client-access.emails.ts';
import { presentAccount, presentClientEvent, presentEmailChange, presentIdentity } from './client-access.presenter.ts';
import { countAgencyPersons, listOwnedLotNumbers, searchAgencyPersons } from './client-access.repository.ts';
import { CLIENTS_PAGE_SIZE, type ClientAccess } from './client-access.schema.ts';
import {
  type AccountRow,
  type AgencyClient,
  clearLock,
  deleteBlock,
  expireUnusedAccountTokens,
  findAgencyClient,
  findAgencyContact,
  findBlock,
  findStaffName,
  insertBlock,
  insertClientAccount,
  isEmailTaken,
  listAccountEvents,
  listEmailChanges,
  updateAccountEmail,
} from './client-account.repository.ts';

type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

export interface Evidence {
  ipAddress: string;
  userAgent: string | null;
}

/** The codes of what an agency does to a client's access; the person's access log names them. */
export type AgencyAction =
  | 'agency.invitation_sent'
  | 'agency.email_changed'
  | 'agency.access_suspended'
  | 'agency.access_restored'
  | 'agency.lock_cleared';

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Staff manage their clients' access: find them, see the state of their login and its history, and
 * invite, correct the email, suspend or restore, clear an automatic lock. Every action is written, with its
 * audit event and its emails, in one transaction.
 */
export class ClientAccessService {
  constructor(private readonly deps: { db: Database; outbox: Outbox; config: Config }) {}

  async search(viewer: StaffViewer, query: string, page: number) {
    const { db } = this.deps;
    const offset = (page - 1) * CLIENTS_PAGE_SIZE;
    const [clients, total] = await Promise.all([
      searchAgencyPersons(db, viewer.agencyId, query, CLIENTS_PAGE_SIZE, offset),
      countAgencyPersons(db, viewer.agencyId, query),
    ]);
    return { clients, page, pageSize: CLIENTS_PAGE_SIZE, total };
  }

  async describe(viewer: StaffViewer, personId: string, now = new Date()): Promise<ClientAccess> {
    const { db } = this.deps;
    const client = await this.clientOf(db, viewer, personId);
    const today = parisDate(now);
    const accountId = client.account?.id;
    const [roles, lots, block, signIns, events, emailHistory] = await Promise.all([
      findPersonRoles(db, personId, today, viewer.agencyId),
      listOwnedLotNumbers(db, viewer.agencyId, [personId], today),
      accountId ? findBlock(db, accountId) : undefined,
      accountId ? listAccountEvents(db, accountId, 10, 'login.succeeded') : [],
      accountId ? listAccountEvents(db, accountId, 50) : [],
      accountId ? listEmailChanges(db, accountId) : [],
    ]);
    return {
      ...presentIdentity(client),
      lots: lots.map((lot) => lot.number),
      roles,
      account: presentAccount(client.account, block, now),
      signIns: signIns.map(presentClientEvent),
      events: events.map(presentClientEvent),
      emailHistory: emailHistory.map(presentEmailChange),
    };
  }

  /** "Inviter" / "Renvoyer l'email de première connexion": a fresh single-use link, the previous ones ended. */
  async invite(viewer: StaffViewer, personId: string, evidence: Evidence): Promise<ClientAccess> {
    await this.deps.db.transaction(async (tx) => {
      const client = await this.clientOf(tx, viewer, personId);
      const account = await this.accountOf(tx, client);
      // Someone who already chose a password uses "Mot de passe oublié"; a welcome email would mislead them.
      if (account.passwordHash) {
        throw new AppError('CONFLICT', 'Ce client a déjà créé son mot de passe : il peut utiliser « Mot de passe oublié ».');
      }
      if (await findBlock(tx, account.id)) {
        throw new AppError('CONFLICT', "L'accès de ce client est suspendu : rétablissez-le avant de l'inviter.");
      }
      if (!account.email) throw new AppError('CLIENT_HAS_NO_EMAIL');
      // No address given: the staff member's own address must not land in the person's access log.
      const sent = await sendPasswordSetupLink(tx, this.deps, { accountId: account.id, reason: 'invitation', ipAddress: null });
      if (!sent.sent) throw new AppError('CLIENT_HAS_NO_EMAIL');
      await this.audit(tx, viewer, account, 'agency.invitation_sent', evidence, { email: account.email });
    });
    return this.describe(viewer, personId);
  }

  async correctEmail(
    viewer: StaffViewer,
    personId: string,
    input: { email: string; reason: string },
    evidence: Evidence,
  ): Promise<ClientAccess> {
    try {
      await this.deps.db.transaction(async (tx) => {
        const client = await this.clientOf(tx, viewer, personId);
        const account = await this.accountOf(tx, client);
        const previousEmail = account.email;
        if (previousEmail?.toLowerCase() === input.email) {
          throw new AppError('CONFLICT', 'Cette adresse est déjà celle du client.');
        }
        if (await isEmailTaken(tx, input.email, account.id)) throw new AppError('EMAIL_TAKEN');
        const now = new Date();
        await updateAccountEmail(tx, {
          accountId: account.id,
          previousEmail,
          newEmail: input.email,
          changedByAccountId: viewer.accountId,
          reason: input.reason,
        });
        await expireUnusedAccountTokens(tx, account.id, now);
        await this.audit(tx, viewer, account, 'agency.email_changed', evidence, {
          reason: input.reason,
          previousEmail,
          newEmail: input.email,
        });
        const agency = await this.agencyContact(tx, viewer);
        const name = presentIdentity(client).displayName;
        if (previousEmail) await this.notify(tx, viewer, previousEmail, agency, emailReplacedNotice(name, input.email, agency));
        await this.notify(tx, viewer, input.email, agency, emailNowYoursNotice(name, agency));
      });
    } catch (error) {
      // Two corrections racing for the same address: the unique index decides, the answer stays the same.
      if (isUniqueViolation(error)) throw new AppError('EMAIL_TAKEN');
      throw error;
    }
    return this.describe(viewer, personId);
  }

  /** Suspends the access: no new sign-in (completeSignIn refuses it), and every open session ends now. */
  async block(viewer: StaffViewer, personId: string, reason: string, evidence: Evidence): Promise<ClientAccess> {
    await this.deps.db.transaction(async (tx) => {
      const client = await this.clientOf(tx, viewer, personId);
      const account = await this.accountOf(tx, client);
      const inserted = await insertBlock(tx, { accountId: account.id, blockedByAccountId: viewer.accountId, reason });
      if (!inserted) throw new AppError('CONFLICT', "L'accès de ce client est déjà suspendu.");
      const revokedSessions = await revokeAccountSessions(tx, account.id, new Date());
      await this.audit(tx, viewer, account, 'agency.access_suspended', evidence, { reason, revokedSessions });
      if (account.email) {
        const agency = await this.agencyContact(tx, viewer);
        const name = presentIdentity(client).displayName;
        await this.notify(tx, viewer, account.email, agency, accessSuspendedNotice(name, agency));
      }
    });
    return this.describe(viewer, personId);
  }

  async unblock(viewer: StaffViewer, personId: string, evidence: Evidence): Promise<ClientAccess> {
    await this.deps.db.transaction(async (tx) => {
      const client = await this.clientOf(tx, viewer, personId);
      const account = client.account;
      const removed = account ? await deleteBlock(tx, account.id) : undefined;
      if (!account || !removed) throw new AppError('CONFLICT', "L'accès de ce client n'est pas suspendu.");
      await this.audit(tx, viewer, account, 'agency.access_restored', evidence, { blockReason: removed.reason });
      if (account.email) {
        const agency = await this.agencyContact(tx, viewer);
        const name = presentIdentity(client).displayName;
        await this.notify(tx, viewer, account.email, agency, accessRestoredNotice(name, agency));
      }
    });
    return this.describe(viewer, personId);
  }

  /** Lifts the temporary lock set after repeated failed sign-ins (not a suspension by the agency). */
  async unlock(viewer: StaffViewer, personId: string, evidence: Evidence): Promise<ClientAccess> {
    await this.deps.db.transaction(async (tx) => {
      const client = await this.clientOf(tx, viewer, personId);
      const account = client.account;
      const lockedUntil = account ? await clearLock(tx, account.id, new Date()) : null;
      if (!account || !lockedUntil) throw new AppError('CONFLICT', "Ce compte n'est pas verrouillé.");
      await this.audit(tx, viewer, account, 'agency.lock_cleared', evidence, { lockedUntil: lockedUntil.toISOString() });
    });
    return this.describe(viewer, personId);
  }

  private async clientOf(db: Executor, viewer: StaffViewer, personId: string): Promise<AgencyClient> {
    return policy.requireAgencyClient(viewer, await findAgencyClient(db, viewer.agencyId, personId));
  }

  private async accountOf(db: Executor, client: AgencyClient): Promise<AccountRow> {
    return client.account ?? insertClientAccount(db, client.person.id);
  }

  /**
   * The event belongs to the CLIENT's account (`accountId`), so it shows in the person's own access log
   * (GET /api/me/access-log) with no change to that query, and in the staff view of the account. The staff
   * member is the actor, named in `details.actor` with their address and browser: the address and device
   * columns stay empty so that the person's log does not show the agency's network and computers.
   */
  private async audit(
    db: Executor,
    viewer: StaffViewer,
    account: AccountRow,
    action: AgencyAction,
    evidence: Evidence,
    details: Record<string, unknown>,
  ): Promise<void> {
    const name = (await findStaffName(db, viewer.staffMemberId)) ?? null;
    await recordAuditEvent(db, {
      accountId: account.id,
      action,
      targetType: 'account',
      targetId: account.id,
      details: {
        ...details,
        actor: {
          accountId: viewer.accountId,
          staffMemberId: viewer.staffMemberId,
          agencyId: viewer.agencyId,
          name,
          ipAddress: evidence.ipAddress,
          userAgent: evidence.userAgent,
        },
      },
    });
  }

  private async agencyContact(db: Executor, viewer: StaffViewer): Promise<AgencyContact> {
    return (await findAgencyContact(db, viewer.agencyId)) ?? { name: 'Votre agence', phone: null, email: null };
  }

  private async notify(
    db: Executor,
    viewer: StaffViewer,
    to: string,
    agency: AgencyContact,
    message: NoticeMessage,
  ): Promise<void> {
    await this.deps.outbox.queueEmail(db, {
      agencyId: viewer.agencyId,
      to,
      subject: message.subject,
      ...renderEmail({ agencyName: agency.name, ...message.body }),
    });
  }
}
