/**
 * IBAN and BIC (domain rules §5, ISO 13616 / ISO 9362). The checks themselves come from `ibantools`, a trusted
 * library that knows every country's length and format and, for France, the RIB key: writing our own mod 97
 * would only add a place for bugs. What lives here is what Palier adds: the normalised form we store, the
 * grouped form we show, a French sentence for each thing a person can get wrong while typing, and the name of
 * the bank shown under the field.
 */
import {
  electronicFormatIBAN,
  friendlyFormatIBAN,
  isSEPACountry,
  isValidBIC,
  ValidationErrorsIBAN,
  validateIBAN,
} from 'ibantools';

/** A French IBAN: FR, 2 check digits, bank 5, branch 5, account 11, RIB key 2. */
export const FRENCH_IBAN_LENGTH = 27;

/** "fr76 3000 6000…" → "FR763000600…": what we store and compare; spaces, dashes and dots people type are dropped. */
export function normaliseIban(input: string): string {
  return input.replace(/[\s.\-\u00a0\u202f]/g, '').toUpperCase();
}

export function isValidIban(input: string): boolean {
  return validateIBAN(normaliseIban(input)).valid;
}

/** Only SEPA-zone accounts can be debited by a SEPA Core direct debit. */
export function isSepaIban(input: string): boolean {
  const iban = normaliseIban(input);
  return isValidIban(iban) && isSEPACountry(iban.slice(0, 2));
}

/** "FR7630006000011234567890189" → "FR76 3000 6000 0112 3456 7890 189", as banks print it. */
export function formatIban(input: string): string {
  const iban = normaliseIban(input);
  return friendlyFormatIBAN(electronicFormatIBAN(iban) ?? iban) ?? iban;
}

/** "FR76 **** **** **** **** ***0 189": enough for a person to recognise their account in an email or a list. */
export function maskIban(input: string): string {
  const iban = normaliseIban(input);
  if (iban.length <= 8) return formatIban(iban);
  const masked = iban.slice(0, 4) + '*'.repeat(iban.length - 8) + iban.slice(-4);
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * What is wrong with the IBAN typed so far, in French, or null when it is valid. Asked at each keystroke, so the
 * most basic problem is said first (a character that cannot be in an IBAN before a wrong length, the length
 * before the check digits): the person fixes one thing at a time.
 */
export function ibanProblem(input: string): string | null {
  const iban = normaliseIban(input);
  if (iban === '') return "Saisissez l'IBAN du compte.";
  if (!/^[A-Z0-9]+$/.test(iban)) return "L'IBAN ne contient que des lettres et des chiffres : retirez les autres caractères.";
  if (!/^[A-Z]{2}/.test(iban)) return "L'IBAN commence par le code du pays : FR pour un compte ouvert en France.";
  const { errorCodes } = validateIBAN(iban);
  if (errorCodes.includes(ValidationErrorsIBAN.NoIBANCountry))
    return "Le code pays de l'IBAN n'est pas reconnu : un IBAN français commence par FR.";
  if (!isSEPACountry(iban.slice(0, 2)))
    return "Ce compte n'est pas dans la zone SEPA : il ne peut pas être débité par prélèvement.";
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANLength)) {
    if (iban.startsWith('FR'))
      return `L'IBAN doit compter ${FRENCH_IBAN_LENGTH} caractères pour un compte français (${iban.length} saisis).`;
    return `L'IBAN n'a pas la longueur attendue pour ce pays (${iban.length} caractères saisis) : vérifiez la saisie.`;
  }
  if (errorCodes.includes(ValidationErrorsIBAN.ChecksumNotNumber))
    return "Les 3e et 4e caractères de l'IBAN sont des chiffres (la clé de contrôle) : vérifiez la saisie.";
  if (errorCodes.includes(ValidationErrorsIBAN.WrongBBANFormat))
    return "Le numéro de compte contenu dans l'IBAN n'a pas le bon format : vérifiez la saisie.";
  if (errorCodes.length > 0) return "La clé de contrôle de l'IBAN est incorrecte : vérifiez la saisie.";
  return null;
}

/**
 * Main French banks by their 5-digit bank code (code établissement, characters 5 to 9 of the IBAN). Only codes we
 * are sure of: an unknown code shows nothing, a wrong name would make a person doubt a correct IBAN. Online
 * brands of a group (Hello bank!, BforBank…) share their group's code, so they show the group's name.
 */
const FRENCH_BANKS: Readonly<Record<string, string>> = {
  '30001': 'Banque de France',
  '30002': 'LCL',
  '30003': 'Société Générale',
  '30004': 'BNP Paribas',
  '30006': 'Crédit Agricole',
  '11306': 'Crédit Agricole Alpes Provence',
  '13306': 'Crédit Agricole Aquitaine',
  '17806': 'Crédit Agricole Centre-Est',
  '18206': "Crédit Agricole d'Île-de-France",
  '18706': 'Crédit Agricole Brie Picardie',
  '20041': 'La Banque Postale',
  '10278': 'Crédit Mutuel',
  '15589': 'Crédit Mutuel de Bretagne',
  '15629': 'Crédit Mutuel Nord Europe',
  '30066': 'CIC',
  '30076': 'Crédit du Nord',
  '10107': 'BRED Banque Populaire',
  '10207': 'Banque Populaire Rives de Paris',
  '13807': 'Banque Populaire Grand Ouest',
  '16807': 'Banque Populaire Auvergne Rhône Alpes',
  '17807': 'Banque Populaire Occitane',
  '10907': 'Banque Populaire Aquitaine Centre Atlantique',
  '14707': 'Banque Populaire Alsace Lorraine Champagne',
  '17515': "Caisse d'Épargne Île-de-France",
  '11315': "Caisse d'Épargne CEPAC",
  '14445': "Caisse d'Épargne Bretagne Pays de Loire",
  '13825': "Caisse d'Épargne Rhône Alpes",
  '30056': 'HSBC',
  '30438': 'ING',
  '40618': 'Boursorama',
  '16958': 'Qonto',
  '42559': 'Crédit Coopératif',
  '40031': 'Caisse des Dépôts',
};

/** The bank of a French IBAN from its bank code, or null (not French, not valid, or a bank we do not list). */
export function frenchBankName(input: string): string | null {
  const iban = normaliseIban(input);
  if (!iban.startsWith('FR') || !isValidIban(iban)) return null;
  return FRENCH_BANKS[iban.slice(4, 9)] ?? null;
}

/** "bnpa fr pp xxx" → "BNPAFRPPXXX". */
export function normaliseBic(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/** A BIC of 8 or 11 characters (bank, country, location, optional branch), checked by ibantools. */
export function isValidBic(input: string): boolean {
  return isValidBIC(normaliseBic(input));
}

/** The BIC's problem in French, or null when valid. The BIC is optional for SEPA: the caller decides if empty is fine. */
export function bicProblem(input: string): string | null {
  const bic = normaliseBic(input);
  if (bic === '') return 'Saisissez le BIC de la banque.';
  if (bic.length !== 8 && bic.length !== 11) return `Le BIC compte 8 ou 11 caractères (${bic.length} saisis).`;
  if (!isValidBic(bic)) return "Ce BIC n'a pas le bon format : 4 lettres pour la banque, 2 pour le pays, puis 2 ou 5 caractères.";
  return null;
}
