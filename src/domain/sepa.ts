/**
 * The rules of SEPA Core direct debit that do not depend on a database (domain rules §5): the creditor identifier
 * (ICS), the SEPA Latin character set banks accept in a file, mandate references (RUM) and end-to-end ids, the
 * pre-notification date, the 36-month lapse of an unused mandate and the sequence type of each collection.
 */
import { addDays, addMonths } from './calendar.ts';

// --- Creditor identifier (ICS) -------------------------------------------------------------------------------

/** "fr72 zzz 123456" → "FR72ZZZ123456". */
export function normaliseCreditorIdentifier(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/** Letters count as numbers in ISO 7064 mod 97-10: A = 10 … Z = 35. */
const toDigits = (value: string) => value.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));

/**
 * The EPC rule (also the French Banque de France's for the ICS): the check digits are computed over the national
 * identifier followed by the country code and "00"; the 3-character business code (positions 5 to 7, "ZZZ" by
 * default) is not part of the check, so a creditor may change it freely. ibantools has no function for it.
 */
function creditorCheckDigitsFor(countryCode: string, nationalIdentifier: string): string {
  const remainder = BigInt(toDigits(`${nationalIdentifier}${countryCode}00`)) % 97n;
  return String(98n - remainder).padStart(2, '0');
}

/** A French ICS: FR, 2 check digits, a 3-character business code, 6 characters of national identifier. */
export function isValidCreditorIdentifier(input: string): boolean {
  return creditorIdentifierProblem(input) === null;
}

export function creditorIdentifierProblem(input: string): string | null {
  const ics = normaliseCreditorIdentifier(input);
  if (ics === '') return "Saisissez l'identifiant créancier SEPA (ICS).";
  if (!/^[A-Z0-9]+$/.test(ics)) return "L'ICS ne contient que des lettres et des chiffres.";
  if (!ics.startsWith('FR')) return 'Un identifiant créancier SEPA français commence par FR.';
  if (ics.length !== 13) return `L'ICS compte 13 caractères, par exemple FR72ZZZ123456 (${ics.length} saisis).`;
  if (!/^FR\d{2}[A-Z0-9]{3}[A-Z0-9]{6}$/.test(ics)) return "L'ICS n'a pas le bon format : FR, 2 chiffres, 3 caractères puis 6.";
  if (creditorCheckDigitsFor('FR', ics.slice(7)) !== ics.slice(2, 4))
    return "La clé de contrôle de l'ICS est incorrecte : vérifiez la saisie.";
  return null;
}

/** "FR72ZZZ123456" → "123456": the part that identifies the creditor, used in mandate references. */
export function creditorNationalIdentifier(ics: string): string {
  return normaliseCreditorIdentifier(ics).slice(7);
}

/** A valid French ICS from its 6-character national identifier (tests and demo data). */
export function frenchCreditorIdentifier(nationalIdentifier: string, businessCode = 'ZZZ'): string {
  return `FR${creditorCheckDigitsFor('FR', nationalIdentifier)}${businessCode}${nationalIdentifier}`;
}

// --- SEPA Latin character set ----------------------------------------------------------------------------------

/** Characters that do not fold to a letter by dropping their accent. */
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  ø: 'o',
  Ø: 'O',
  đ: 'd',
  Đ: 'D',
  ł: 'l',
  Ł: 'L',
  '&': 'et',
  '€': 'EUR',
  '°': 'o',
  º: 'o',
  '’': "'",
  '‘': "'",
  '`': "'",
  '«': "'",
  '»': "'",
  '"': "'",
  '“': "'",
  '”': "'",
  '–': '-',
  '—': '-',
  _: '-',
  ';': ',',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
};

const SEPA_CHARACTER = /[a-zA-Z0-9/\-?:().,'+ ]/;

/**
 * The text as the SEPA Latin character set allows it (a-z A-Z 0-9 / - ? : ( ) . , ' + space, EPC guidelines):
 * accents folded (é → e, ç → c, and compatibility forms: ﬁ → fi, ² → 2), ligatures spelt out (œ → oe), "&" → "et", anything else a space; runs of spaces
 * collapsed; then cut to `maxLength` characters. Banks reject a whole file for one "é", so every text of a
 * bank file goes through here.
 */
export function toSepaText(text: string, maxLength: number): string {
  let folded = '';
  // French quotes are written with inner spaces (« Les Cèdres »): the SEPA quote keeps the word's shape.
  for (const character of text.replace(/«\s*/g, '«').replace(/\s*»/g, '»')) {
    const special = SPECIAL_FOLDS[character];
    if (special !== undefined) {
      folded += special;
      continue;
    }
    const base = character.normalize('NFKD').replace(/\p{M}/gu, '');
    folded += [...base].map((part) => (SEPA_CHARACTER.test(part) ? part : ' ')).join('');
  }
  return folded.replace(/\s+/g, ' ').trim().slice(0, maxLength).trimEnd();
}

/** The characters allowed in an identifier (RUM, EndToEndId, MsgId): the SEPA set without the space. */
export function isSepaIdentifier(value: string, maxLength = 35): boolean {
  // EPC: an identifier must not start or end with "/" nor contain "//".
  return (
    value.length > 0 &&
    value.length <= maxLength &&
    /^[a-zA-Z0-9/\-?:().,'+]+$/.test(value) &&
    !value.startsWith('/') &&
    !value.endsWith('/') &&
    !value.includes('//')
  );
}

// --- References --------------------------------------------------------------------------------------------------

/** Upper-case letters and digits without 0/O and 1/I: read over the phone without confusion. */
const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `length` random characters of the reference alphabet, from the platform's cryptographic generator. */
export function randomReferencePart(length: number): string {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  // 256 is a multiple of 32: taking the byte modulo the alphabet's length is not biased.
  return Array.from(bytes, (byte) => REFERENCE_ALPHABET[byte % REFERENCE_ALPHABET.length]).join('');
}

export const MAX_REFERENCE_LENGTH = 35;

/**
 * A caller's prefix as letters, digits and hyphens ("PAL 123456" → "PAL-123456"): the SEPA set allows more in an
 * identifier, but French banks' portals and debtors' bank statements cope best with these.
 */
const identifierPrefix = (prefix: string) =>
  toSepaText(prefix, MAX_REFERENCE_LENGTH * 2)
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * A mandate reference (RUM): "<prefix>-<yyyymmdd>-<8 random>", e.g. "PAL-123456-20260115-K7QX2M9A" with the
 * ICS national identifier in the prefix. At most 35 characters (the prefix is shortened if needed), SEPA
 * identifier characters only. 32^8 ≈ 10^12 values a day: the unique index per creditor catches the impossible.
 */
export function newMandateReference(
  prefix: string,
  signatureDate: string,
  random: (length: number) => string = randomReferencePart,
): string {
  const suffix = `${signatureDate.replaceAll('-', '')}-${random(8)}`;
  const head = identifierPrefix(prefix)
    .slice(0, MAX_REFERENCE_LENGTH - suffix.length - 1)
    .replace(/-$/, '');
  return head === '' ? suffix : `${head}-${suffix}`;
}

/** An end-to-end id for one collection: "<prefix>-<16 random>", at most 35 characters, echoed back on returns. */
export function newEndToEndId(prefix = 'PAL', random: (length: number) => string = randomReferencePart): string {
  const suffix = random(16);
  const head = identifierPrefix(prefix)
    .slice(0, MAX_REFERENCE_LENGTH - suffix.length - 1)
    .replace(/-$/, '');
  return head === '' ? suffix : `${head}-${suffix}`;
}

// --- Dates and sequence ------------------------------------------------------------------------------------------

/** Pre-notification: 14 calendar days before the collection unless the mandate agreed on another delay. */
export const DEFAULT_PRE_NOTIFICATION_DAYS = 14;

/** The last day the debtor must have been told the amount and date of a collection. */
export function preNotificationDate(collectionDate: string, daysBefore = DEFAULT_PRE_NOTIFICATION_DAYS): string {
  if (!Number.isInteger(daysBefore) || daysBefore < 0)
    throw new RangeError(`days before must be a whole number ≥ 0, got ${daysBefore}`);
  return addDays(collectionDate, -daysBefore);
}

/** A mandate with no collection for 36 months lapses (EPC rulebook); a new mandate must then be signed. */
export const MANDATE_LAPSE_MONTHS = 36;

/**
 * The first day the mandate can no longer be used: 36 months after its last collection, or after its signature
 * when it was never used (the bank counts from there too).
 */
export function mandateLapseDate(signatureDate: string, lastCollectionDate: string | null): string {
  return addMonths(lastCollectionDate ?? signatureDate, MANDATE_LAPSE_MONTHS);
}

export function isMandateLapsed(signatureDate: string, lastCollectionDate: string | null, onDate: string): boolean {
  return onDate >= mandateLapseDate(signatureDate, lastCollectionDate);
}

export type MandateSequence = 'recurrent' | 'one_off';
export type SequenceType = 'FRST' | 'RCUR' | 'OOFF' | 'FNAL';

/**
 * The sequence type of the next collection: OOFF under a one-off mandate; under a recurrent one, FRST until a
 * collection has actually been presented (a collection rejected before settlement does not count), RCUR after.
 */
export function nextSequenceType(sequence: MandateSequence, hasPresentedCollection: boolean): SequenceType {
  if (sequence === 'one_off') return 'OOFF';
  return hasPresentedCollection ? 'RCUR' : 'FRST';
}
