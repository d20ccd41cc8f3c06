/**
 * French telephone numbers as people type them on a form: "06 12 34 56 78", "06.12.34.56.78",
 * "+33 6 12 34 56 78", "0033 6 12 34 56 78", "+33 (0)6 12 34 56 78". Only numbers of the French plan
 * (ARCEP: 10 digits, a 0 then 1 to 9) are read; a foreign number is refused rather than guessed at, because
 * the mobile on a client file is where SMS verification codes are sent.
 *
 * Kinds, by the first two digits: 06 and 07 are mobiles; 01 to 05 (geographic) and 09 (non-geographic,
 * internet boxes) are fixed lines; 08 are special-rate service numbers (hotlines, 0800 free numbers) — a
 * supplier may have one, a person does not.
 */
export type FrenchPhoneKind = 'mobile' | 'fixed' | 'special';

export interface FrenchPhoneNumber {
  /** "0612345678" */
  national: string;
  /** "06 12 34 56 78": how numbers are written on client files and letters, and how Palier stores them. */
  display: string;
  /** "+33612345678" (E.164), for an SMS gateway or a tel: link. */
  international: string;
  kind: FrenchPhoneKind;
}

// Separators people put between groups of digits; the no-break spaces come from copying a web page.
const SEPARATORS = /[\s\u00a0\u202f.\-/]/g;

/** The number, or null when the text is not a French telephone number. */
export function parseFrenchPhoneNumber(input: string): FrenchPhoneNumber | null {
  if (input.length > 40) return null;
  // "+33 (0)6…": the bracketed trunk 0 is a habit of business cards, not a digit to dial.
  const compact = input.replace(SEPARATORS, '').replace(/^(\+33|0033)\(0\)/, '$1');
  if (!/^(?:\+|\d)\d*$/.test(compact)) return null;
  const significant = /^(?:0|\+33|0033)([1-9]\d{8})$/.exec(compact)?.[1];
  if (!significant) return null;
  const national = `0${significant}`;
  return {
    national,
    display: national.replace(/(\d{2})(?=\d)/g, '$1 '),
    international: `+33${significant}`,
    kind: kindOf(national),
  };
}

function kindOf(national: string): FrenchPhoneKind {
  const prefix = national.slice(0, 2);
  if (prefix === '06' || prefix === '07') return 'mobile';
  if (prefix === '08') return 'special';
  return 'fixed';
}
