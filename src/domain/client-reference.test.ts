import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalClientReference, looksLikeEmail } from './client-reference.ts';

describe('canonicalClientReference', () => {
  it('reads the letter O as the digit 0 and the letter I as the digit 1, whatever the case', () => {
    expect(canonicalClientReference('CO100452')).toBe('C0100452');
    expect(canonicalClientReference('c0100452')).toBe('C0100452');
    expect(canonicalClientReference(' co1oo452 ')).toBe('C0100452');
    expect(canonicalClientReference('LO3OOII5')).toBe('L0300115');
  });

  it('ignores spaces, dots and dashes typed by the person', () => {
    expect(canonicalClientReference('CO 100-452')).toBe('C0100452');
  });

  it('keeps references that differ otherwise apart', () => {
    expect(canonicalClientReference('CO100452')).not.toBe(canonicalClientReference('CO100453'));
  });

  it('gives the same form to every misreading of the same reference', () => {
    const confusable = fc.constantFrom(['O', 'o', '0'], ['I', 'i', '1']);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...'ABCDEFGHJKMNPQRSTUVWXYZ23456789'.split('')), confusable), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat(),
        (parts, seed) => {
          const written = parts.map((part) => (typeof part === 'string' ? part : part[0])).join('');
          const misread = parts
            .map((part, index) => (typeof part === 'string' ? part.toLowerCase() : part[(seed + index) % part.length]))
            .join('');
          expect(canonicalClientReference(misread)).toBe(canonicalClientReference(written));
        },
      ),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        const once = canonicalClientReference(input);
        expect(canonicalClientReference(once)).toBe(once);
      }),
    );
  });
});

describe('looksLikeEmail', () => {
  it('tells an email from a client reference', () => {
    expect(looksLikeEmail('gestion@immocity.example')).toBe(true);
    expect(looksLikeEmail('CO100452')).toBe(false);
  });
});
