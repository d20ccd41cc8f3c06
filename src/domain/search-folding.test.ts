import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCENTED, foldForSearch, searchTerms, UNACCENTED } from './search-folding.ts';

describe('foldForSearch', () => {
  it('ignores case and French accents', () => {
    expect(foldForSearch('Lefèvre')).toBe('lefevre');
    expect(foldForSearch('BÉATRICE')).toBe('beatrice');
    expect(foldForSearch('Œuvre Noël ÇA')).toBe('ouvre noel ca');
  });

  it('gives the same form to a word typed with or without its accents', () => {
    expect(foldForSearch('Hélène Éléonore')).toBe(foldForSearch('helene eleonore'));
  });

  it('maps each accented letter to exactly one letter, as SQL translate() does', () => {
    expect([...ACCENTED]).toHaveLength(UNACCENTED.length);
    fc.assert(
      fc.property(fc.string(), (input) => {
        expect([...foldForSearch(input)].length).toBe([...input.normalize('NFC').toLowerCase()].length);
      }),
    );
  });
});

describe('searchTerms', () => {
  it('splits a search into at most six folded words', () => {
    expect(searchTerms('  Béatrice   LEFÈVRE, 102 ')).toEqual(['beatrice', 'lefevre', '102']);
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms('a b c d e f g h')).toHaveLength(6);
  });
});
