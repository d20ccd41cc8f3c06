import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/client.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import type { MandateDraft } from './sepa-mandates.text.ts';

interface Deps {
  outbox: Outbox;
  config: Config;
}

/** The confirmation of a signature, with the RUM the bank will show on each debit. Queued in its transaction. */
export async function queueMandateSigned(
  tx: Executor,
  deps: Deps,
  mail: { to: string; draft: MandateDraft; signerName: string },
) {
  const { draft } = mail;
  const subject = 'Votre mandat de prélèvement SEPA est signé';
  await deps.outbox.queueEmail(tx, {
    agencyId: draft.agencyId,
    to: mail.to,
    subject,
    ...renderEmail({
      agencyName: draft.letterhead.name,
      title: subject,
      paragraphs: [
        `Bonjour ${mail.signerName},`,
        `Vous avez signé le ${frenchDate(draft.date)} un mandat de prélèvement SEPA au profit de ${draft.creditor.name}.`,
        `Référence unique du mandat (RUM) : ${draft.reference}. Identifiant créancier SEPA : ${draft.creditor.identifier}.`,
        draft.mode === 'automatic'
          ? 'Chaque appel de fonds sera prélevé à son échéance ; vous serez prévenu du montant et de la date au moins 14 jours avant.'
          : `Un prélèvement unique de ${formatEuros(draft.amountCents ?? 0)} sera effectué ; vous serez prévenu de sa date au moins 14 jours avant.`,
        'Le mandat signé est dans vos documents personnels.',
        "Si vous n'êtes pas à l'origine de cette signature, contactez votre agence sans attendre.",
      ],
      action: { label: 'Voir mes documents', url: `${deps.config.publicUrl}/documents` },
    }),
  });
}

export async function queueBankDetailsChanged(
  tx: Executor,
  deps: Deps,
  mail: { to: string; agencyId: string; signerName: string; reference: string; ibanMasked: string },
) {
  const subject = 'Vos coordonnées bancaires de prélèvement ont été modifiées';
  await deps.outbox.queueEmail(tx, {
    agencyId: mail.agencyId,
    to: mail.to,
    subject,
    ...renderEmail({
      agencyName: 'Palier',
      title: subject,
      paragraphs: [
        `Bonjour ${mail.signerName},`,
        `Les prochains prélèvements du mandat ${mail.reference} seront débités sur le compte ${mail.ibanMasked}. La référence du mandat ne change pas.`,
        "Si vous n'êtes pas à l'origine de ce changement, contactez votre agence sans attendre.",
      ],
    }),
  });
}

/** The manager hears of it too (issue: "recorded, the manager notified"): the next bank file uses the new account. */
export async function queueBankDetailsChangedToManager(
  tx: Executor,
  deps: Deps,
  mail: {
    to: string;
    agencyId: string;
    managerFirstName: string;
    clientName: string;
    reference: string;
    previous: string;
    next: string;
  },
) {
  const subject = `Coordonnées bancaires de prélèvement modifiées — ${mail.clientName}`;
  await deps.outbox.queueEmail(tx, {
    agencyId: mail.agencyId,
    to: mail.to,
    subject,
    ...renderEmail({
      agencyName: 'Palier',
      title: subject,
      paragraphs: [
        `Bonjour ${mail.managerFirstName},`,
        `${mail.clientName} a changé en ligne, avec un code reçu par SMS, le compte débité par le mandat ${mail.reference} : ${mail.previous} → ${mail.next}.`,
        'Les prochains fichiers de prélèvement utiliseront le nouveau compte ; la référence du mandat ne change pas.',
      ],
    }),
  });
}
