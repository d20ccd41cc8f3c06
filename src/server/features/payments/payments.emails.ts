import { frenchDate } from '../../../domain/french-dates.ts';
import { formatIban } from '../../../domain/iban.ts';
import { formatEuros } from '../../../domain/money.ts';
import type { UnpaidCall } from '../../../domain/overdue.ts';
import type { Executor } from '../../db/client.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';

export interface ReminderMail {
  agencyId: string;
  agencyName: string;
  to: string;
  personName: string;
  reference: string | null;
  accountLabel: string;
  kind: 'coOwner' | 'tenant';
  owedCents: number;
  unpaidCalls: UnpaidCall[];
  bankAccount: { holderName: string; iban: string } | undefined;
  level: number;
  publicUrl: string;
}

/**
 * The reminder: every call still unpaid with its date and what remains of it, the total, and the two ways to
 * pay — a transfer to the syndicate's (or the agency's) account with the client reference, or Palier itself.
 */
export async function queueReminderEmail(tx: Executor, outbox: Outbox, mail: ReminderMail) {
  const subject =
    mail.level > 1
      ? `Relance n° ${mail.level} : votre compte présente un solde impayé`
      : 'Relance : votre compte présente un solde impayé';
  const account =
    mail.kind === 'coOwner' ? `de copropriétaire (${mail.accountLabel})` : `de locataire (bail ${mail.accountLabel})`;
  const calls = mail.unpaidCalls.map(
    (call) =>
      `• ${call.label} du ${frenchDate(call.date)} : ${formatEuros(call.remainingCents)} restant dû${
        call.remainingCents !== call.amountCents ? ` sur ${formatEuros(call.amountCents)}` : ''
      }`,
  );
  const transfer = mail.bankAccount
    ? `Par virement au compte de ${mail.bankAccount.holderName}, IBAN ${formatIban(mail.bankAccount.iban)}${
        mail.reference ? `, en indiquant votre référence ${mail.reference} dans le libellé` : ''
      }.`
    : null;
  await outbox.queueEmail(tx, {
    agencyId: mail.agencyId,
    to: mail.to,
    subject,
    ...renderEmail({
      agencyName: mail.agencyName,
      title: subject,
      paragraphs: [
        `Bonjour ${mail.personName},`,
        `Sauf erreur de notre part, votre compte ${account} présente à ce jour un solde débiteur de ${formatEuros(mail.owedCents)}. Les sommes suivantes restent à régler :`,
        calls.join('\n'),
        `Total dû : ${formatEuros(mail.owedCents)}.`,
        ['Pour régler :', transfer, '« Payer votre solde » dans votre espace Palier, rubrique Finances.']
          .filter(Boolean)
          .join('\n'),
        'Si vous avez réglé ces sommes entre-temps, merci de ne pas tenir compte de ce message. Pour toute question, contactez votre gestionnaire.',
      ],
      action: { label: 'Payer votre solde', url: `${mail.publicUrl}/finances` },
    }),
  });
}
