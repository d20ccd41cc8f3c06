import type { Readable } from 'node:stream';
import type { Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import { StoredObjectMissing } from '../../platform/storage/file-storage.ts';
import type { StoredFileRow } from '../../platform/storage/stored-files.repository.ts';
import { maskEmail } from '../client-access/client-access.emails.ts';
import { searchAgencyPersons } from '../client-access/client-access.repository.ts';
import {
  findAgencyClient,
  insertClientAccount,
  isEmailTaken,
  updateAccountEmail,
} from '../client-access/client-account.repository.ts';
import { sendPasswordSetupLink } from '../password/password-links.ts';
import { type ActivationEmail, approvedEmail, formatParisDateTime, rejectedEmail } from './activation-requests.emails.ts';
import {
  type ActivationRequestRow,
  type ActivationStatus,
  countPending,
  findAgencyCard,
  findAgencyProof,
  findAgencyRequest,
  findDecisionNames,
  listProofs,
  listQueue,
  recordDecision,
} from './activation-requests.repository.ts';
import type { ActivationDependencies, Evidence } from './activation-requests.service.ts';

type Staff = Extract<Viewer, { kind: 'staff' }>;

const QUEUE_LIMIT = 200;
const notFound = () => new AppError('NOT_FOUND', "Cette demande d'accès n'existe pas.");

/**
 * The agency's side: the queue of requests, their proofs, matching a request to a client of the agency, and
 * the decision. Everything is scoped by the staff member's agency; another agency's request does not exist.
 */
export class ActivationQueueService {
  constructor(private readonly deps: ActivationDependencies) {}

  countPending(viewer: Staff): Promise<number> {
    return countPending(this.deps.db, viewer.agencyId);
  }

  list(viewer: Staff, status: ActivationStatus) {
    return listQueue(this.deps.db, viewer.agencyId, status, QUEUE_LIMIT);
  }

  async detail(viewer: Staff, requestId: string) {
    const { db } = this.deps;
    const request = await findAgencyRequest(db, viewer.agencyId, requestId);
    if (!request) throw notFound();
    const [proofs, names] = await Promise.all([listProofs(db, request.id), findDecisionNames(db, request)]);
    return { request, proofs, ...names };
  }

  /** Opening a proof of identity is an access to personal data: it is traced, who and when. */
  async openProof(
    viewer: Staff,
    requestId: string,
    fileId: string,
    evidence: Evidence,
  ): Promise<{ file: StoredFileRow; body: Readable }> {
    const { db, storage } = this.deps;
    const file = await findAgencyProof(db, viewer.agencyId, requestId, fileId);
    if (!file) throw new AppError('NOT_FOUND', "Ce justificatif n'existe pas.");
    let body: Readable;
    try {
      body = await storage.get(file.storageKey);
    } catch (error) {
      if (error instanceof StoredObjectMissing) throw new AppError('NOT_FOUND', "Ce justificatif n'est plus disponible.");
      throw error;
    }
    await recordAuditEvent(db, {
      accountId: viewer.accountId,
      action: 'activation_request.proof_viewed',
      targetType: 'stored_file',
      targetId: file.id,
      ...evidence,
      details: { activationRequestId: requestId },
    });
    return { file, body };
  }

  /** Clients of the agency who may be the requester: by name, identifier or lot number. */
  async candidates(viewer: Staff, requestId: string, query: string) {
    const request = await findAgencyRequest(this.deps.db, viewer.agencyId, requestId);
    if (!request) throw notFound();
    return searchAgencyPersons(this.deps.db, viewer.agencyId, query);
  }

  /**
   * Opens the access of the client the request was matched to. An account without email takes the
   * request's (recorded in the email history); an account with one keeps it, since the request's address is
   * only what a stranger typed. The first-connection link goes to the account's address, and the requester
   * is told either way.
   */
  async approve(viewer: Staff, requestId: string, personId: string, evidence: Evidence) {
    const { db, outbox, config } = this.deps;
    await db.transaction(async (tx) => {
      const request = await lockPending(tx, viewer, requestId);
      const client = await findAgencyClient(tx, viewer.agencyId, personId);
      if (!client) throw new AppError('NOT_FOUND', "Cette personne n'est pas un client de votre agence.");
      const account = client.account ?? (await insertClientAccount(tx, personId));
      let accountEmail = account.email;
      if (!accountEmail) {
        if (await isEmailTaken(tx, request.email, account.id)) {
          throw new AppError(
            'EMAIL_TAKEN',
            `L'adresse ${request.email} de la demande est déjà celle d'un autre compte : vérifiez la personne choisie.`,
          );
        }
        await updateAccountEmail(tx, {
          accountId: account.id,
          previousEmail: null,
          newEmail: request.email,
          changedByAccountId: viewer.accountId,
          reason: `Demande d'accès du ${formatParisDateTime(request.createdAt)} validée`,
        });
        accountEmail = request.email;
      }
      const decided = await recordDecision(tx, viewer.agencyId, request.id, {
        status: 'approved',
        matchedPersonId: personId,
        decidedByStaffId: viewer.staffMemberId,
        decidedAt: new Date(),
      });
      await sendPasswordSetupLink(
        tx,
        { outbox, config },
        { accountId: account.id, reason: 'activation', ipAddress: evidence.ipAddress },
      );
      const agency = await findAgencyCard(tx, viewer.agencyId);
      const sentHere = accountEmail.toLowerCase() === request.email.toLowerCase();
      const link = sentHere ? { sentHere: true as const } : { sentHere: false as const, maskedAddress: maskEmail(accountEmail) };
      await this.emailRequester(
        tx,
        decided,
        agency,
        approvedEmail(decided, contactOf(agency), link, `${config.publicUrl}/connexion`),
      );
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'activation_request.approved',
        targetType: 'activation_request',
        targetId: request.id,
        ...evidence,
        details: { personId, clientAccountId: account.id, emailAdded: !account.email },
      });
    });
    return this.detail(viewer, requestId);
  }

  async reject(viewer: Staff, requestId: string, reason: string, evidence: Evidence) {
    const { db, config } = this.deps;
    await db.transaction(async (tx) => {
      const request = await lockPending(tx, viewer, requestId);
      const decided = await recordDecision(tx, viewer.agencyId, request.id, {
        status: 'rejected',
        rejectionReason: reason,
        decidedByStaffId: viewer.staffMemberId,
        decidedAt: new Date(),
      });
      const agency = await findAgencyCard(tx, viewer.agencyId);
      await this.emailRequester(
        tx,
        decided,
        agency,
        rejectedEmail(decided, contactOf(agency), reason, `${config.publicUrl}/demande-acces`),
      );
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'activation_request.rejected',
        targetType: 'activation_request',
        targetId: request.id,
        ...evidence,
      });
    });
    return this.detail(viewer, requestId);
  }

  private async emailRequester(
    tx: Executor,
    request: ActivationRequestRow,
    agency: Awaited<ReturnType<typeof findAgencyCard>>,
    email: ActivationEmail,
  ): Promise<void> {
    await this.deps.outbox.queueEmail(tx, {
      agencyId: request.agencyId,
      to: request.email,
      subject: email.subject,
      ...renderEmail({ agencyName: agency?.name ?? 'Votre agence', ...email.body }),
    });
  }
}

/** The request, locked for the decision; a request already decided cannot be decided again. */
async function lockPending(tx: Executor, viewer: Staff, requestId: string) {
  const request = await findAgencyRequest(tx, viewer.agencyId, requestId, { lock: true });
  if (!request) throw notFound();
  if (request.status !== 'pending') throw new AppError('REQUEST_ALREADY_DECIDED');
  return request;
}

const contactOf = (agency: Awaited<ReturnType<typeof findAgencyCard>>) => ({
  name: agency?.name ?? 'Votre agence',
  phone: agency?.phone ?? null,
  email: agency?.email ?? null,
});
