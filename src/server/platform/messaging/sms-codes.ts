import { timingSafeEqual } from 'node:crypto';

/*
 * What every code sent by SMS shares (the forgotten password's attachment code, the SEPA signature code): which
 * mobile on file can receive one, how it is shown back to the person, and how a keyed hash of a typed code is
 * compared with the stored one.
 */

/**
 * The mobile on file, if an SMS can reach it: a French 06/07 number (national or +33 form) or a foreign
 * number in international form. A landline typed into the mobile field would leave the person waiting for
 * a code that never comes.
 */
export function reachableMobile(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const compact = phone.replace(/[\s.\-()]/g, '');
  const frenchMobile = /^(0|(\+|00)33)[67]\d{8}$/.test(compact);
  const foreign = !/^(\+|00)33/.test(compact) && /^(\+|00)[1-9]\d{7,13}$/.test(compact);
  return frenchMobile || foreign ? phone.trim() : null;
}

/** "06 •• •• •• 78": enough for the person to recognise their phone, too little to call it. */
export function maskMobilePhone(phone: string): string {
  const compact = phone.replace(/[\s.\-()]/g, '');
  const french = /^(?:0|(?:\+|00)33)([67]\d{8})$/.exec(compact)?.[1];
  if (french) return `0${french.slice(0, 1)} •• •• •• ${french.slice(-2)}`;
  return `•• •• •• ${compact.slice(-2)}`;
}

// Both are keyed hashes of the same length; comparing in constant time costs nothing and leaks nothing.
export const sameHash = (a: string, b: string): boolean =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
