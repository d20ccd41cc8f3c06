import { bicProblem, ibanProblem, normaliseIban } from '../../../domain/iban.ts';

/** "fr7630004000…" → "FR76 3000 4000 …" while typing: the groups of 4 people compare with their RIB. */
export const groupIban = (input: string) => normaliseIban(input).replace(/(.{4})(?=.)/g, '$1 ');

export interface BankAccountValues {
  iban: string;
  bic: string;
}

/** The problems that keep the form from being sent; an empty BIC is fine (SEPA does not need it). */
export function bankAccountProblems(values: BankAccountValues): { iban: string | null; bic: string | null } {
  return { iban: ibanProblem(values.iban), bic: values.bic.trim() === '' ? null : bicProblem(values.bic) };
}
