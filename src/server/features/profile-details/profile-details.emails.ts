import { parisDate } from '../../../domain/calendar.ts';
import type { Config } from '../../config.ts';
import type { Executor } from '../../db/client.ts';
import { renderEmail } from '../../platform/messaging/email-layout.ts';
import type { Outbox } from '../../platform/messaging/outbox.ts';
import { type AccountHolder, findAgencyOfAccount } from '../password/password.repository.ts';
import { holderName } from '../password/password-links.ts';

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long', timeStyle: 'short' });

/**
 * The mobile receives the SMS codes that protect the account: when it changes, the account's mailbox hears of
 * it, so that a change the person did not make does not go unnoticed. Queued in the change's transaction.
 */
export async function queueMobileChangedNotice(
  tx: Executor,
  deps: { outbox: Outbox; config: Config },
  holder: AccountHolder & { email: string },
  change: { newMobile: string | null; at: Date },
): Promise<void> {
  const agency = await findAgencyOfAccount(tx, holder, parisDate(change.at));
  const agencyName = agency?.name ?? 'Votre agence';
  const name = holderName(holder);
  const subject = 'Votre numéro de mobile a été modifié';
  await deps.outbox.queueEmail(tx, {
    agencyId: agency?.id ?? null,
    to: holder.email,
    subject,
    ...renderEmail({
      agencyName,
      title: subject,
      paragraphs: [
        name ? `Bonjour ${name},` : 'Bonjour,',
        change.newMobile
          ? `Le numéro de mobile de votre espace client a été remplacé le ${dateTimeFormat.format(change.at)}. Il se termine par ${change.newMobile.slice(-2)}.`
          : `Le numéro de mobile de votre espace client a été retiré le ${dateTimeFormat.format(change.at)}.`,
        'Ce numéro reçoit les codes de vérification envoyés par SMS.',
        "Si vous n'êtes pas à l'origine de ce changement, changez votre mot de passe et contactez votre agence sans attendre.",
      ],
      action: { label: 'Voir mon profil', url: `${deps.config.publicUrl}/profil` },
    }),
  });
}
