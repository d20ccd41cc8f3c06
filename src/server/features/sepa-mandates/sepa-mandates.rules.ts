import { bicProblem, frenchBankName, ibanProblem, normaliseBic, normaliseIban } from '../../../domain/iban.ts';
import { creditorIdentifierProblem } from '../../../domain/sepa.ts';
import { AppError, type FieldProblem } from '../../platform/errors.ts';
import { sha256 } from './sepa-mandates.text.ts';

/** The IBAN and BIC as typed, checked with the messages the form shows; the BIC is optional in SEPA. */
export function checkBankDetails(ibanInput: string, bicInput: string | undefined) {
  const fields: FieldProblem[] = [];
  const ibanMessage = ibanProblem(ibanInput);
  if (ibanMessage) fields.push({ field: 'iban', message: ibanMessage });
  const bicGiven = (bicInput ?? '').trim() !== '';
  const bicMessage = bicGiven ? bicProblem(bicInput ?? '') : null;
  if (bicMessage) fields.push({ field: 'bic', message: bicMessage });
  if (fields.length > 0) throw new AppError('VALIDATION_FAILED', fields[0]?.message, { fields });
  const iban = normaliseIban(ibanInput);
  return { iban, bic: bicGiven ? normaliseBic(bicInput ?? '') : null, bankName: frenchBankName(iban) };
}

/** Why an account cannot be paid by direct debit yet, in words for the person; null when it can. */
export function unpayableReason(
  row: { ledgerId: string | null; bankAccountId: string | null; creditorId: string | null },
  of: 'coOwner' | 'tenant' = 'coOwner',
): string | null {
  const whose = of === 'coOwner' ? 'de la copropriété' : 'de l’agence';
  if (!row.ledgerId || !row.bankAccountId)
    return `Le compte bancaire ${whose} n'est pas encore enregistré : le prélèvement n'est pas possible pour l'instant.`;
  if (!row.creditorId || creditorIdentifierProblem(row.creditorId) !== null)
    return `L'identifiant créancier SEPA ${whose} n'est pas encore enregistré : le prélèvement n'est pas possible pour l'instant.`;
  return null;
}

/**
 * What new bank details agree to, hashed in a fixed order: the payload comes back from jsonb, which does not keep
 * the order of keys, so the object itself cannot be serialised again as it was.
 */
export const bankDetailsHash = (subject: { mandateId: string; reference: string; iban: string; bic: string | null }) =>
  sha256(['bank_details', subject.mandateId, subject.reference, subject.iban, subject.bic ?? ''].join('\n'));
