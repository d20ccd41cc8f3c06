import { createHash } from 'node:crypto';
import { addDays, parisDate } from '../../../domain/calendar.ts';
import { maskIban } from '../../../domain/iban.ts';
import { displayName } from '../../../domain/person-name.ts';
import {
  creditorNationalIdentifier,
  newEndToEndId,
  newMandateReference,
  normaliseCreditorIdentifier,
  toSepaText,
} from '../../../domain/sepa.ts';
import type { Executor } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { AppContext } from '../../platform/http/types.ts';
import { maskMobilePhone, reachableMobile } from '../../platform/messaging/sms-codes.ts';
import {
  checkSmsChallenge,
  createSmsChallenge,
  requireMobile,
  resendSmsChallenge,
  wrongCodeError,
} from '../../platform/sms-challenges/sms-challenges.ts';
import { newStorageKey } from '../../platform/storage/file-storage.ts';
import { insertStoredFile } from '../../platform/storage/stored-files.repository.ts';
import { insertDocument, insertVersion } from '../documents/staff-documents.repository.ts';
import { accountBalance } from '../ledger/ledger.repository.ts';
import { queueMandateSigned } from './sepa-mandates.emails.ts';
import { presentChallenge, presentMandates } from './sepa-mandates.presenter.ts';
import {
  deletePendingDebits,
  findSigner,
  insertDirectDebit,
  insertMandate,
  listCoOwnerAccounts,
  listMandates,
  listTenantAccounts,
  lockMandate,
  revokeMandate,
} from './sepa-mandates.repository.ts';
import { checkBankDetails, unpayableReason } from './sepa-mandates.rules.ts';
import type { DirectDebitOptions, Mandate, SummaryBody } from './sepa-mandates.schema.ts';
import { type MandateDraft, mandateSummaryText, renderMandatePdf, sha256 } from './sepa-mandates.text.ts';

export type ClientViewer = Extract<Viewer, { kind: 'client' }>;

export const noAccount = () => new AppError('NOT_FOUND', "Ce compte n'existe pas ou ne fait pas partie de vos biens.");
export const noMandate = () => new AppError('NOT_FOUND', "Ce mandat n'existe pas.");
const lines = (...parts: (string | null | undefined)[]) => parts.filter((part): part is string => Boolean(part?.trim()));

/**
 * The seven steps of a SEPA direct-debit mandate signed online (domain rules §5): the accounts that can be paid
 * so, the summary of the mandate and its SMS code, the signature, and later revocation (new bank details:
 * sepa-mandates.bank-details.service.ts).
 */
export class SepaMandatesService {
  constructor(private readonly context: AppContext) {}

  private get db() {
    return this.context.db;
  }

  /**
   * What the person may pay by direct debit: their co-owner accounts (the syndicate is the creditor) and their
   * leases (the agency collects the rent for its landlords, "pour le compte de ses mandants").
   */
  private async payableAccounts(db: Executor, personId: string, today: string): Promise<PayableAccount[]> {
    const [coOwned, rented] = await Promise.all([
      listCoOwnerAccounts(db, personId, today),
      listTenantAccounts(db, personId, today),
    ]);
    const coOwner = await Promise.all(
      coOwned.map(async (row): Promise<PayableAccount> => {
        const balanceCents = row.ledgerId
          ? await accountBalance(db, { kind: 'coOwner', condominiumId: row.condominiumId, personId })
          : 0;
        return {
          key: `coOwner:${row.condominiumId}`,
          label: row.name,
          condominiumId: row.condominiumId,
          leaseId: null,
          managedUnitId: null,
          agencyId: row.agencyId,
          bankAccountId: row.bankAccountId,
          creditorName: row.holderName,
          creditorId: row.creditorId,
          creditorAddressLines: lines(row.addressLine1, row.addressLine2, `${row.postalCode ?? ''} ${row.city ?? ''}`.trim()),
          letterhead: {
            name: row.agencyName,
            addressLines: lines(row.agencyAddressLine1, `${row.agencyPostalCode ?? ''} ${row.agencyCity ?? ''}`.trim()),
            phone: row.agencyPhone,
            email: row.agencyEmail,
          },
          balanceCents,
          reason: unpayableReason(row, 'coOwner'),
        };
      }),
    );
    const tenant = await Promise.all(
      rented.map(async (row): Promise<PayableAccount> => {
        const label = [row.unitReference, row.addressLine1, `${row.postalCode ?? ''} ${row.city ?? ''}`.trim()]
          .filter(Boolean)
          .join(', ');
        return {
          key: `tenant:${row.leaseId}`,
          label: `Location ${label}`,
          condominiumId: null,
          leaseId: row.leaseId,
          managedUnitId: row.managedUnitId,
          agencyId: row.agencyId,
          bankAccountId: row.bankAccountId,
          creditorName: row.bankAccountId ? `${row.agencyName}, pour le compte de ses mandants` : null,
          creditorId: row.creditorId,
          creditorAddressLines: lines(
            row.agencyAddressLine1,
            row.agencyAddressLine2,
            `${row.agencyPostalCode ?? ''} ${row.agencyCity ?? ''}`.trim(),
          ),
          letterhead: {
            name: row.agencyName,
            addressLines: lines(row.agencyAddressLine1, `${row.agencyPostalCode ?? ''} ${row.agencyCity ?? ''}`.trim()),
            phone: row.agencyPhone,
            email: row.agencyEmail,
          },
          balanceCents: await accountBalance(db, { kind: 'tenant', leaseId: row.leaseId }),
          reason: unpayableReason(row, 'tenant'),
        };
      }),
    );
    return [
      ...coOwner.sort((a, b) => a.label.localeCompare(b.label, 'fr')),
      ...tenant.sort((a, b) => a.label.localeCompare(b.label, 'fr')),
    ];
  }

  async options(viewer: ClientViewer, now = new Date()): Promise<DirectDebitOptions> {
    const signer = await findSigner(this.db, viewer.personId);
    if (!signer) throw noAccount();
    const accounts = await this.payableAccounts(this.db, viewer.personId, parisDate(now));
    const mobile = reachableMobile(signer.mobilePhone);
    return {
      accounts: accounts.map((account) => ({
        key: account.key,
        label: account.label,
        balanceCents: account.balanceCents,
        payable: account.reason === null,
        reason: account.reason,
        creditorName: account.creditorName,
        creditorIdentifier: account.creditorId ? normaliseCreditorIdentifier(account.creditorId) : null,
      })),
      mandates: await this.mandates(viewer),
      person: {
        name: displayName(signer),
        address: lines(signer.addressLine1, signer.addressLine2, `${signer.postalCode ?? ''} ${signer.city ?? ''}`.trim()).join(
          '\n',
        ),
        mobile: mobile ? maskMobilePhone(mobile) : null,
      },
    };
  }

  async mandates(viewer: ClientViewer): Promise<Mandate[]> {
    return presentMandates(this.db, await listMandates(this.db, viewer.personId));
  }

  async summary(viewer: ClientViewer, body: SummaryBody, now = new Date()) {
    const today = parisDate(now);
    const signer = await findSigner(this.db, viewer.personId);
    if (!signer) throw noAccount();
    const account = (await this.payableAccounts(this.db, viewer.personId, today)).find((item) => item.key === body.accountKey);
    if (!account) throw noAccount();
    if (account.reason) throw new AppError('DIRECT_DEBIT_UNAVAILABLE', account.reason);
    const bank = checkBankDetails(body.iban, body.bic);
    const mobile = requireMobile(signer.mobilePhone);
    if (body.mode === 'automatic') await refuseSecondAutomatic(this.db, viewer.personId, account);
    const owed = -account.balanceCents;
    if (body.mode === 'manual' && owed <= 0)
      throw new AppError('DIRECT_DEBIT_UNAVAILABLE', "Vous n'avez rien à régler sur ce compte aujourd'hui.");
    const ics = normaliseCreditorIdentifier(account.creditorId ?? '');
    const draft: MandateDraft = {
      condominiumId: account.condominiumId,
      condominiumName: account.label,
      ...(account.leaseId ? { leaseId: account.leaseId, managedUnitId: account.managedUnitId } : {}),
      creditorAccountId: account.bankAccountId ?? '',
      agencyId: account.agencyId,
      mode: body.mode,
      reference: newMandateReference(`PAL ${creditorNationalIdentifier(ics)}`, today),
      date: today,
      creditor: { name: account.creditorName ?? account.label, addressLines: account.creditorAddressLines, identifier: ics },
      debtor: {
        name: body.debtorName,
        addressLines: lines(...body.address.split(/\r?\n/)),
        iban: bank.iban,
        bic: bank.bic,
        bankName: bank.bankName,
      },
      amountCents: body.mode === 'manual' ? owed : null,
      letterhead: account.letterhead,
    };
    const summaryText = mandateSummaryText(draft);
    const summaryHash = sha256(summaryText);
    const sent = await this.db.transaction((tx) =>
      createSmsChallenge(tx, this.context, {
        accountId: viewer.accountId,
        agencyId: account.agencyId,
        purpose: 'sepa_mandate',
        subjectHash: summaryHash,
        payload: { draft },
        mobilePhone: mobile,
        now,
      }),
    );
    return { summaryText, summaryHash, bankName: bank.bankName, ...presentChallenge(sent) };
  }

  async resend(viewer: ClientViewer, challengeId: string, now = new Date()) {
    const signer = await findSigner(this.db, viewer.personId);
    if (!signer) throw noAccount();
    const mobile = requireMobile(signer.mobilePhone);
    const sent = await this.db.transaction((tx) =>
      resendSmsChallenge(tx, this.context, {
        accountId: viewer.accountId,
        agencyId: null,
        challengeId,
        mobilePhone: mobile,
        now,
      }),
    );
    return presentChallenge(sent);
  }

  /**
   * The signature: the code checked and the mandate, its PDF published in the person's documents, the one-off
   * collection (manual mode), the email and the trace, in one transaction. A wrong code is counted and
   * committed before it is refused.
   */
  async sign(viewer: ClientViewer, body: { challengeId: string; code: string }, evidence: Evidence, now = new Date()) {
    const { config, outbox, storage } = this.context;
    const today = parisDate(now);
    let storedKey: string | null = null;
    try {
      const outcome = await this.db.transaction(async (tx) => {
        const check = await checkSmsChallenge(tx, config, {
          accountId: viewer.accountId,
          challengeId: body.challengeId,
          purpose: 'sepa_mandate',
          code: body.code,
          now,
        });
        if (check.kind === 'wrong') return check;
        const challenge = check.challenge;
        const draft = (challenge.payload as { draft: MandateDraft }).draft;
        const summaryHash = sha256(mandateSummaryText(draft));
        // The text is rebuilt from what was stored: it must be, to the byte, the text the code was sent for.
        if (summaryHash !== challenge.subjectHash)
          throw new AppError('CONFLICT', 'Le mandat a changé depuis son affichage : recommencez.');
        const signer = await findSigner(tx, viewer.personId);
        if (!signer) throw noAccount();
        // Checked again at signature: two summaries may have been open side by side.
        if (draft.mode === 'automatic')
          await refuseSecondAutomatic(tx, viewer.personId, {
            condominiumId: draft.condominiumId,
            leaseId: draft.leaseId ?? null,
          });
        const sentTo = signer.mobilePhone ? maskMobilePhone(signer.mobilePhone) : '';
        const place = signer.city?.trim() || 'En ligne';
        const pdf = await renderMandatePdf(draft, { place, signedAt: now, summaryHash, sentTo });
        storedKey = newStorageKey('sepa-mandates');
        await storage.put(storedKey, pdf.bytes, 'application/pdf');
        const storedFile = await insertStoredFile(tx, {
          storageKey: storedKey,
          originalName: `mandat-sepa-${draft.reference}.pdf`.toLowerCase(),
          contentType: 'application/pdf',
          sizeBytes: pdf.bytes.length,
          sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
        });
        const document = await insertDocument(tx, {
          agencyId: draft.agencyId,
          folder: 'personnel',
          kind: 'Mandat de prélèvement SEPA',
          title: `Mandat de prélèvement SEPA — ${draft.condominiumName}`,
          year: Number(today.slice(0, 4)),
          scope: 'person',
          personId: viewer.personId,
          condominiumId: draft.condominiumId,
          managedUnitId: draft.managedUnitId ?? null,
          bodyText: pdf.text,
          publishedAt: now,
        });
        await insertVersion(tx, {
          documentId: document.id,
          versionNumber: 1,
          storedFileId: storedFile.id,
          pageCount: pdf.pageCount,
        });
        const mandate = await insertMandate(tx, {
          id: globalThis.crypto.randomUUID(),
          agencyId: draft.agencyId,
          creditorAccountId: draft.creditorAccountId,
          personId: viewer.personId,
          condominiumId: draft.condominiumId,
          leaseId: draft.leaseId ?? null,
          mandateReference: draft.reference,
          sequence: draft.mode === 'automatic' ? 'recurrent' : 'one_off',
          mode: draft.mode,
          debtorName: draft.debtor.name,
          debtorAddress: draft.debtor.addressLines.join('\n'),
          iban: draft.debtor.iban,
          bic: draft.debtor.bic,
          signedAt: now,
          signaturePlace: place,
          signatureEvidence: {
            summaryHash,
            ip: evidence.ipAddress,
            userAgent: evidence.userAgent,
            signedAt: now.toISOString(),
            smsSentTo: sentTo,
            smsSentAt: challenge.lastSentAt.toISOString(),
            challengeId: challenge.id,
          },
          documentId: document.id,
          status: 'active',
        });
        if (draft.mode === 'manual' && draft.amountCents) {
          // Domain rules §5: the debtor is told 14 days ahead; the mandate agreed no shorter delay.
          await insertDirectDebit(tx, {
            mandateId: mandate.id,
            amountCents: draft.amountCents,
            collectionDate: addDays(today, config.directDebitNoticeDays),
            sequenceType: 'OOFF',
            endToEndId: newEndToEndId(),
            remittanceInformation: toSepaText(
              `${draft.leaseId ? 'Loyer' : 'Charges'} ${draft.condominiumName} RUM ${draft.reference}`,
              140,
            ),
            status: 'scheduled',
          });
        }
        if (signer.email)
          await queueMandateSigned(tx, { outbox, config }, { to: signer.email, draft, signerName: displayName(signer) });
        await recordAuditEvent(tx, {
          accountId: viewer.accountId,
          action: 'sepa_mandate.signed',
          targetType: 'sepa_mandate',
          targetId: mandate.id,
          ...evidence,
          details: { reference: draft.reference, mode: draft.mode, summaryHash, iban: maskIban(draft.debtor.iban) },
        });
        return { kind: 'signed', mandate } as const;
      });
      if (outcome.kind === 'wrong') throw wrongCodeError(outcome.left);
      const [answer] = await presentMandates(this.db, [outcome.mandate]);
      if (!answer) throw noMandate();
      return answer;
    } catch (error) {
      // The PDF was stored inside a transaction that did not commit: nothing points to it any more.
      if (storedKey) await storage.delete(storedKey).catch(() => undefined);
      throw error;
    }
  }

  /** Revocation: no new collection; those not yet sent to the bank are deleted in the same transaction. */
  async revoke(viewer: ClientViewer, mandateId: string, evidence: Evidence, now = new Date()): Promise<Mandate> {
    const revoked = await this.db.transaction(async (tx) => {
      const mandate = await lockMandate(tx, viewer.personId, mandateId);
      if (!mandate) throw noMandate();
      if (mandate.status !== 'active') throw new AppError('MANDATE_NOT_ACTIVE');
      const row = await revokeMandate(tx, mandate.id, now);
      // There is no "cancelled" status for a collection: a scheduled or pre-notified one simply goes.
      const cancelled = await deletePendingDebits(tx, mandate.id);
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'sepa_mandate.revoked',
        targetType: 'sepa_mandate',
        targetId: mandate.id,
        ...evidence,
        details: { reference: mandate.mandateReference, cancelledDirectDebits: cancelled },
      });
      return row ?? mandate;
    });
    const [answer] = await presentMandates(this.db, [revoked]);
    if (!answer) throw noMandate();
    return answer;
  }
}

/** One automatic mandate per account: a second one would collect every call twice. */
async function refuseSecondAutomatic(
  db: Executor,
  personId: string,
  account: { condominiumId: string | null; leaseId: string | null },
): Promise<void> {
  const mandates = await listMandates(db, personId);
  const same = (row: { condominiumId: string | null; leaseId: string | null }) =>
    account.condominiumId ? row.condominiumId === account.condominiumId : row.leaseId === account.leaseId;
  if (mandates.some((row) => row.status === 'active' && row.mode === 'automatic' && same(row)))
    throw new AppError('MANDATE_ALREADY_ACTIVE');
}

interface PayableAccount {
  key: string;
  label: string;
  condominiumId: string | null;
  leaseId: string | null;
  managedUnitId: string | null;
  agencyId: string;
  bankAccountId: string | null;
  creditorName: string | null;
  creditorId: string | null;
  creditorAddressLines: string[];
  letterhead: MandateDraft['letterhead'];
  balanceCents: number;
  reason: string | null;
}
