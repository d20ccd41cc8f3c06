const CIVILITIES = new Set(['m', 'mme', 'mlle', 'me', 'et', 'dr', 'sci', 'sarl', 'sas']);

/** "M. et Mme Allouard" → "A", "Claire Martin" → "CM": civilities are not initials. */
export function initials(name: string): string {
  const words = name.split(/[\s.]+/).filter((word) => word !== '' && !CIVILITIES.has(word.toLowerCase()));
  const letters = words.length >= 2 ? [words[0], words[words.length - 1]] : words.slice(0, 1);
  return letters
    .map((word) => word?.charAt(0).toUpperCase() ?? '')
    .join('')
    .slice(0, 2);
}
