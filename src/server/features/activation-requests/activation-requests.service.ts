import type { Config } from '../../config.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { hashSessionToken, newSessionToken } from '../../platform/auth/session-tokens.ts';
import { AppError } from '../../platform/errors.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { discardFiles, recordStoredFile } from '../../platform/storage/stored-files.ts';
import type { MultipartForm } from '../../platform/storage/uploads.ts';
import { receivedEmail } from './activation-requests.emails.ts';
import {
  findAgencyCard,
  findByTrackingHash,
  insertActivationRequest,
  linkProof,
  listAgencies,
} from './activation-requests.repository.ts';
import { activationRequestFields, PROOF_FIELDS, type ProofField, parseFormFields } from './activation-requests.schema.ts';

export interface ActivationDependencies {
  db: Database;
  outbox: Outbox;
  config: Config;
  storage: FileStorage;
}

export interface Evidence {
  ipAddress: string;
  userAgent: string | null;
}

/** Storage area of the proofs: identity documents and deeds, kept apart from every other file. */
export const PROOF_AREA = 'activation-proofs';

export const trackingUrl = (config: Config, token: string) =>
  `${config.publicUrl}/demande-acces/suivi?jeton=${encodeURIComponent(token)}`;

/**
 * The public side of activation requests: someone whose identifier or email is not recognised asks their
 * agency to open their access, with proofs, then follows the request with a link.
 */
export class ActivationRequestService {
  constructor(private readonly deps: ActivationDependencies) {}

  listAgencies() {
    return listAgencies(this.deps.db);
  }

  /**
   * The form's files are already in storage (`readMultipartForm`). Either the request, its proofs' rows and
   * the emails are all written, or the stored bytes are deleted: nothing is ever left half-submitted.
   */
  async submit(form: MultipartForm, evidence: Evidence) {
    const { db, outbox, config, storage } = this.deps;
    try {
      const fields = parseFormFields(activationRequestFields, form.fields);
      requireProofs(form);
      const token = newSessionToken();
      await db.transaction(async (tx) => {
        const agency = await findAgencyCard(tx, fields.agencyId);
        if (!agency) {
          throw new AppError('VALIDATION_FAILED', "L'agence choisie n'existe pas.", {
            fields: [{ field: 'agencyId', message: "L'agence choisie n'existe pas." }],
          });
        }
        const request = await insertActivationRequest(tx, {
          agencyId: agency.id,
          civility: fields.civility,
          firstName: fields.firstName || null,
          lastName: fields.lastName,
          email: fields.email,
          phone: fields.phone || null,
          clientReferenceHint: fields.clientReference || null,
          lotNumberHint: fields.lotNumber || null,
          propertyAddress: fields.propertyAddress,
          message: fields.message || null,
          trackingTokenHash: hashSessionToken(config.sessionSecret, token),
          submittedFromIp: evidence.ipAddress,
        });
        for (const file of form.files) {
          const stored = await recordStoredFile(tx, file);
          await linkProof(tx, request.id, stored.id, PROOF_FIELDS[file.field as ProofField]);
        }
        const email = receivedEmail(request, agency, trackingUrl(config, token));
        await outbox.queueEmail(tx, {
          agencyId: agency.id,
          to: request.email,
          subject: email.subject,
          ...renderEmail({ agencyName: agency.name, ...email.body }),
        });
        await recordAuditEvent(tx, {
          accountId: null,
          action: 'activation_request.submitted',
          targetType: 'activation_request',
          targetId: request.id,
          ...evidence,
          details: { agencyId: agency.id, files: form.files.length },
        });
      });
      return { status: 'pending' as const, trackingToken: token, trackingUrl: trackingUrl(config, token) };
    } catch (error) {
      // The refusal is what the person must see; bytes that failed to delete have no row and stay unreachable.
      await discardFiles(storage, form.files).catch(() => undefined);
      throw error;
    }
  }

  /** What the tracking link shows. An unknown token reads as NOT_FOUND, like any other unknown thing. */
  async track(token: string) {
    const found = await findByTrackingHash(this.deps.db, hashSessionToken(this.deps.config.sessionSecret, token));
    if (!found) throw new AppError('NOT_FOUND', "Ce lien de suivi n'est pas valide. Vérifiez qu'il est complet.");
    return found;
  }
}

function requireProofs(form: MultipartForm): void {
  const missing = [
    form.files.some((file) => file.field === 'identityDocument')
      ? null
      : { field: 'identityDocument', message: "Joignez une pièce d'identité (PDF, JPEG ou PNG)." },
    form.files.some((file) => file.field === 'propertyProof')
      ? null
      : { field: 'propertyProof', message: 'Joignez un justificatif du lien avec le bien : bail, acte de propriété ou mandat.' },
  ].filter((problem) => problem !== null);
  if (missing.length === 0) return;
  throw new AppError('VALIDATION_FAILED', missing.map((problem) => problem.message).join(' '), { fields: missing });
}
