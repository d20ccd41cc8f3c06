/**
 * The length rule of Palier passwords, shared by the server (which always decides) and the web page (which
 * shows it as the person types): at least 12 characters, or a passphrase of at least 4 words. Whether the
 * password is common or guessable is judged on the server, against dictionaries.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSPHRASE_MIN_WORDS = 4;
/** Long enough for any passphrase, short enough that hashing a hostile input stays cheap. */
export const PASSWORD_MAX_LENGTH = 256;

/** Characters as a person counts them: "é" or an emoji is one, whatever its UTF-16 length. */
export const passwordLength = (password: string): number => [...password].length;

/** Words of a passphrase: runs of at least two letters or digits, whatever separates them. */
export function passphraseWords(password: string): string[] {
  return password.split(/[^\p{L}\p{N}]+/u).filter((word) => [...word].length >= 2);
}

export interface LengthRule {
  length: number;
  words: number;
  longEnough: boolean;
  isPassphrase: boolean;
  tooLong: boolean;
  /** Long enough (or a passphrase) and not too long. */
  satisfied: boolean;
}

export function checkLengthRule(password: string): LengthRule {
  const length = passwordLength(password);
  const words = passphraseWords(password).length;
  const longEnough = length >= PASSWORD_MIN_LENGTH;
  const isPassphrase = words >= PASSPHRASE_MIN_WORDS;
  const tooLong = length > PASSWORD_MAX_LENGTH;
  return { length, words, longEnough, isPassphrase, tooLong, satisfied: (longEnough || isPassphrase) && !tooLong };
}
