import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import type { Executor } from '../../db/client.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';

export interface DebtorNotice {
  agencyId: string;
  agencyName: string;
  to: string;
  debtorName: string;
  creditorName: string;
  creditorIdentifier: string;
  mandateReference: string;
  amountCents: number;
  collectionDate: string;
  remittanceInformation: string;
}

/**
 * The pre-notification (domain rules §5): the amount and the date of the collection, at least 14 days before,
 * with what the debtor needs to recognise it on their statement — the RUM and the creditor's ICS.
 */
export async function queuePreNotification(tx: Executor, outbox: Outbox, notice: DebtorNotice) {
  const subject = `Prélèvement SEPA du ${frenchDate(notice.collectionDate)} : ${formatEuros(notice.amountCents)}`;
  await outbox.queueEmail(tx, {
    agencyId: notice.agencyId,
    to: notice.to,
    subject,
    ...renderEmail({
      agencyName: notice.agencyName,
      title: 'Avis de prélèvement SEPA',
      paragraphs: [
        `Bonjour ${notice.debtorName},`,
        `Le ${frenchDate(notice.collectionDate)}, ${notice.creditorName} prélèvera ${formatEuros(notice.amountCents)} sur votre compte.`,
        `Objet : ${notice.remittanceInformation}.`,
        `Référence unique du mandat (RUM) : ${notice.mandateReference}. Identifiant créancier SEPA (ICS) : ${notice.creditorIdentifier}.`,
        'Merci de vérifier que votre compte est approvisionné à cette date. Pour toute question, contactez votre gestionnaire.',
      ],
    }),
  });
}

/** The return of a collection, with its reason in French and what happens next. */
export async function queueReturnNotice(
  tx: Executor,
  outbox: Outbox,
  notice: DebtorNotice & { reasonLabel: string; representedOn: string | null },
) {
  const subject = 'Votre prélèvement SEPA a été rejeté';
  await outbox.queueEmail(tx, {
    agencyId: notice.agencyId,
    to: notice.to,
    subject,
    ...renderEmail({
      agencyName: notice.agencyName,
      title: subject,
      paragraphs: [
        `Bonjour ${notice.debtorName},`,
        `Votre prélèvement du ${frenchDate(notice.collectionDate)} de ${formatEuros(notice.amountCents)} a été rejeté : ${notice.reasonLabel}.`,
        `Référence unique du mandat (RUM) : ${notice.mandateReference}.`,
        notice.representedOn
          ? `Le montant sera présenté à nouveau le ${frenchDate(notice.representedOn)} : merci de vérifier que votre compte est approvisionné à cette date.`
          : 'Ce montant ne sera pas présenté à nouveau : merci de le régler par virement ou de contacter votre gestionnaire.',
      ],
    }),
  });
}
