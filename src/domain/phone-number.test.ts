import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFrenchPhoneNumber } from './phone-number.ts';

/** The nine digits after the trunk 0, the first one from 1 to 9. */
const significant = fc
  .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }))
  .map(([first, rest]) => `${first}${rest.join('')}`);

const pairs = (digits: string) => digits.match(/\d{1,2}/g)?.join(' ') ?? digits;

/** Every way people write the same number: spaced, dotted, dashed, glued, international, business-card style. */
const writtenForms = (nine: string): string[] => {
  const national = `0${nine}`;
  return [
    national,
    pairs(national),
    pairs(national).replaceAll(' ', '.'),
    pairs(national).replaceAll(' ', '-'),
    `+33${nine}`,
    `+33 ${nine[0]} ${pairs(nine.slice(1))}`,
    `0033 ${nine[0]} ${pairs(nine.slice(1))}`,
    `+33 (0)${nine[0]} ${pairs(nine.slice(1))}`,
    ` ${pairs(national).replaceAll(' ', '\u00a0')} `,
  ];
};

describe('parseFrenchPhoneNumber', () => {
  it('reads the forms of the client files and of business cards', () => {
    expect(parseFrenchPhoneNumber('06 12 34 56 78')).toEqual({
      national: '0612345678',
      display: '06 12 34 56 78',
      international: '+33612345678',
      kind: 'mobile',
    });
    expect(parseFrenchPhoneNumber('+33 6 12 34 56 78')?.display).toBe('06 12 34 56 78');
    expect(parseFrenchPhoneNumber('+33 (0)1 43 99 12 34')).toMatchObject({ display: '01 43 99 12 34', kind: 'fixed' });
    expect(parseFrenchPhoneNumber('09.72.10.20.30')?.kind).toBe('fixed');
    expect(parseFrenchPhoneNumber('0 800 123 456')).toMatchObject({ display: '08 00 12 34 56', kind: 'special' });
  });

  it('refuses what is not a French number', () => {
    for (const text of [
      '',
      '06 12 34 56',
      '06 12 34 56 789',
      '00 12 34 56 78',
      '+44 7911 123456',
      '6 12 34 56 78',
      '06 12 34 56 7a',
    ]) {
      expect(parseFrenchPhoneNumber(text), text).toBeNull();
    }
    expect(parseFrenchPhoneNumber('+33 06 12 34 56 78')).toBeNull();
    expect(parseFrenchPhoneNumber('06 12 34 56 78 ou 01 43 99 12 34')).toBeNull();
  });

  it('gives every written form of a number the same stored form', () => {
    fc.assert(
      fc.property(significant, (nine) => {
        const displays = new Set(writtenForms(nine).map((form) => parseFrenchPhoneNumber(form)?.display));
        expect([...displays]).toEqual([pairs(`0${nine}`)]);
      }),
    );
  });

  it('keeps the stored form as it is when read again, and its E.164 form names the same number', () => {
    fc.assert(
      fc.property(significant, (nine) => {
        const parsed = parseFrenchPhoneNumber(`0${nine}`);
        expect(parsed).not.toBeNull();
        if (!parsed) return;
        expect(parseFrenchPhoneNumber(parsed.display)).toEqual(parsed);
        expect(parseFrenchPhoneNumber(parsed.international)).toEqual(parsed);
        expect(parsed.display).toMatch(/^0\d( \d{2}){4}$/);
      }),
    );
  });

  it('calls 06 and 07 mobiles, 08 special, and the rest fixed lines', () => {
    fc.assert(
      fc.property(significant, (nine) => {
        const kind = parseFrenchPhoneNumber(`0${nine}`)?.kind;
        const expected = nine[0] === '6' || nine[0] === '7' ? 'mobile' : nine[0] === '8' ? 'special' : 'fixed';
        expect(kind).toBe(expected);
      }),
    );
  });

  it('never reads a text with a letter, or with a digit count other than ten', () => {
    fc.assert(
      fc.property(significant, fc.integer({ min: 0, max: 9 }), fc.constantFrom(...'aOoIlx'.split('')), (nine, index, letter) => {
        const national = `0${nine}`;
        expect(parseFrenchPhoneNumber(national.slice(0, index) + letter + national.slice(index + 1))).toBeNull();
        expect(parseFrenchPhoneNumber(national.slice(0, index) + national.slice(index + 1))).toBeNull();
        expect(parseFrenchPhoneNumber(`${national}${index}`)).toBeNull();
      }),
    );
  });
});
