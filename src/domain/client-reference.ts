/**
 * Client references (identifiants) are printed on calls for funds and rent calls, and people misread them:
 * the letter O for the digit 0, the letter I for the digit 1, lower case, spaces. The canonical form folds
 * all of these, and is what Palier stores unique and looks up, so any such reading finds the same account.
 */
export function canonicalClientReference(input: string): string {
  return input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s.\-_/]/g, '')
    .replace(/O/g, '0')
    .replace(/I/g, '1');
}

/** An identifier is a client reference unless it looks like an email address. */
export const looksLikeEmail = (identifier: string): boolean => identifier.includes('@');
