import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLengthRule, PASSWORD_MAX_LENGTH, passphraseWords } from './password-rules.ts';

const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzéèàç'.split('')), minLength: 2, maxLength: 10 });

describe('the length rule of passwords', () => {
  it('accepts 12 characters or more, counted as a person counts them', () => {
    expect(checkLengthRule('abcdefghijk').satisfied).toBe(false);
    expect(checkLengthRule('abcdefghijkl').satisfied).toBe(true);
    expect(checkLengthRule('ééééééééééé').length).toBe(11);
    expect(checkLengthRule('😀😀😀😀😀😀😀😀😀😀😀😀').satisfied).toBe(true);
  });

  it('accepts a shorter passphrase of four words', () => {
    expect(passphraseWords('le chat-vert, dort')).toEqual(['le', 'chat', 'vert', 'dort']);
    expect(checkLengthRule('le ciel dort ici')).toMatchObject({ isPassphrase: true, satisfied: true });
    expect(checkLengthRule('a b c d e f')).toMatchObject({ words: 0, satisfied: false });
  });

  it('refuses what is too long to be typed', () => {
    expect(checkLengthRule('x'.repeat(PASSWORD_MAX_LENGTH)).satisfied).toBe(true);
    expect(checkLengthRule('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toMatchObject({ tooLong: true, satisfied: false });
  });

  it('never takes back its approval when the person types more (up to the maximum)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (start, more) => {
        if (checkLengthRule(start).satisfied) expect(checkLengthRule(start + more).satisfied).toBe(true);
      }),
    );
  });

  it('accepts any four words joined by any separator', () => {
    fc.assert(
      fc.property(
        fc.array(letters, { minLength: 4, maxLength: 8 }),
        fc.constantFrom(' ', '-', '.', ', ', '_'),
        (words, separator) => {
          expect(checkLengthRule(words.join(separator)).satisfied).toBe(true);
        },
      ),
    );
  });

  it('refuses anything under 12 characters that is not four words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 11 }), (password) => {
        const rule = checkLengthRule(password);
        expect(rule.satisfied).toBe(rule.words >= 4);
      }),
    );
  });
});
