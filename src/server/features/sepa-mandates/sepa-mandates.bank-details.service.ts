import { maskIban } from '../../../domain/iban.ts';
import { displayName } from '../../../domain/person-name.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { AppContext } from '../../platform/http/types.ts';
import {
  checkSmsChallenge,
  createSmsChallenge,
  requireMobile,
  wrongCodeError,
} from '../../platform/sms-challenges/sms-challenges.ts';
import { queueBankDetailsChanged, queueBankDetailsChangedToManager } from './sepa-mandates.emails.ts';
import { presentChallenge, presentMandates } from './sepa-mandates.presenter.ts';
import {
  findMandateManager,
  findSigner,
  insertDetailChange,
  listMandates,
  lockMandate,
  updateMandateBank,
} from './sepa-mandates.repository.ts';
import { bankDetailsHash, checkBankDetails } from './sepa-mandates.rules.ts';
import type { Mandate } from './sepa-mandates.schema.ts';
import { type ClientViewer, noAccount, noMandate } from './sepa-mandates.service.ts';

/**
 * New bank details under an active mandate (domain rules §5): the new IBAN is summarised and confirmed by SMS
 * code, then the mandate's debtor account changes and the person is told by email.
 */
export class SepaBankDetailsService {
  constructor(private readonly context: AppContext) {}

  private get db() {
    return this.context.db;
  }

  async bankDetailsSummary(
    viewer: ClientViewer,
    mandateId: string,
    body: { iban: string; bic?: string | undefined },
    now = new Date(),
  ) {
    const signer = await findSigner(this.db, viewer.personId);
    if (!signer) throw noAccount();
    const mandate = (await listMandates(this.db, viewer.personId)).find((row) => row.id === mandateId);
    if (!mandate) throw noMandate();
    if (mandate.status !== 'active') throw new AppError('MANDATE_NOT_ACTIVE');
    const bank = checkBankDetails(body.iban, body.bic);
    const mobile = requireMobile(signer.mobilePhone);
    const subject = { mandateId, reference: mandate.mandateReference, iban: bank.iban, bic: bank.bic };
    const sent = await this.db.transaction((tx) =>
      createSmsChallenge(tx, this.context, {
        accountId: viewer.accountId,
        agencyId: mandate.agencyId,
        purpose: 'bank_details',
        subjectHash: bankDetailsHash(subject),
        payload: subject,
        mobilePhone: mobile,
        now,
      }),
    );
    return { ...presentChallenge(sent), ibanMasked: maskIban(bank.iban), bankName: bank.bankName };
  }

  /** New debtor account under the same mandate: the RUM is kept (EPC: a change of account is an amendment). */
  async confirmBankDetails(
    viewer: ClientViewer,
    mandateId: string,
    body: { challengeId: string; code: string },
    evidence: Evidence,
    now = new Date(),
  ): Promise<Mandate> {
    const { config, outbox } = this.context;
    const outcome = await this.db.transaction(async (tx) => {
      const mandate = await lockMandate(tx, viewer.personId, mandateId);
      if (!mandate) throw noMandate();
      const check = await checkSmsChallenge(tx, config, {
        accountId: viewer.accountId,
        challengeId: body.challengeId,
        purpose: 'bank_details',
        code: body.code,
        now,
      });
      if (check.kind === 'wrong') return check;
      const subject = check.challenge.payload as { mandateId: string; reference: string; iban: string; bic: string | null };
      if (subject.mandateId !== mandate.id || bankDetailsHash(subject) !== check.challenge.subjectHash) throw noMandate();
      if (mandate.status !== 'active') throw new AppError('MANDATE_NOT_ACTIVE');
      const updated = (await updateMandateBank(tx, mandate.id, subject.iban, subject.bic)) ?? mandate;
      await insertDetailChange(tx, {
        personId: viewer.personId,
        field: 'mandateIban',
        previousValue: maskIban(mandate.iban),
        newValue: maskIban(subject.iban),
        changedByAccountId: viewer.accountId,
      });
      const signer = await findSigner(tx, viewer.personId);
      if (signer?.email)
        await queueBankDetailsChanged(
          tx,
          { outbox, config },
          {
            to: signer.email,
            agencyId: mandate.agencyId,
            signerName: displayName(signer),
            reference: mandate.mandateReference,
            ibanMasked: maskIban(subject.iban),
          },
        );
      const manager = await findMandateManager(tx, mandate);
      if (manager)
        await queueBankDetailsChangedToManager(
          tx,
          { outbox, config },
          {
            to: manager.email,
            agencyId: mandate.agencyId,
            managerFirstName: manager.firstName,
            clientName: signer ? displayName(signer) : mandate.debtorName,
            reference: mandate.mandateReference,
            previous: maskIban(mandate.iban),
            next: maskIban(subject.iban),
          },
        );
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'sepa_mandate.bank_details_changed',
        targetType: 'sepa_mandate',
        targetId: mandate.id,
        ...evidence,
        details: { reference: mandate.mandateReference, previous: maskIban(mandate.iban), next: maskIban(subject.iban) },
      });
      return { kind: 'changed', mandate: updated } as const;
    });
    if (outcome.kind === 'wrong') throw wrongCodeError(outcome.left);
    const [answer] = await presentMandates(this.db, [outcome.mandate]);
    if (!answer) throw noMandate();
    return answer;
  }
}
