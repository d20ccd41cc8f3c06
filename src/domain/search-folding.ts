/**
 * Staff type names the way they hear them: "lefevre" for "Lefèvre", "BEATRICE" for "Béatrice". Searching
 * compares folded forms: lower case, accents removed. The same table is applied in SQL (`translate`) and
 * here, so both sides fold identically; it lists upper-case letters too because the database's `lower()`
 * may leave non-ASCII letters alone under the C collation.
 */
export const ACCENTED = 'àâäáãåçéèêëíìîïñóòôöõúùûüýÿœæÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸŒÆ';
export const UNACCENTED = 'aaaaaaceeeeiiiinooooouuuuyyoaaaaaaaceeeeiiiinooooouuuuyyoa';

const table = new Map([...ACCENTED].map((letter, index) => [letter, UNACCENTED[index] ?? letter]));

export function foldForSearch(input: string): string {
  return [...input.normalize('NFC').toLowerCase()].map((letter) => table.get(letter) ?? letter).join('');
}

/** The words of a search, folded; a person matches when every word matches one of their fields. */
export function searchTerms(query: string): string[] {
  return foldForSearch(query)
    .split(/[\s,;]+/)
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
    .slice(0, 6);
}
