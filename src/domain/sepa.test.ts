import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  creditorIdentifierProblem,
  creditorNationalIdentifier,
  frenchCreditorIdentifier,
  isMandateLapsed,
  isSepaIdentifier,
  isValidCreditorIdentifier,
  mandateLapseDate,
  newEndToEndId,
  newMandateReference,
  nextSequenceType,
  preNotificationDate,
  toSepaText,
} from './sepa.ts';

const SEPA_TEXT = /^[a-zA-Z0-9/\-?:().,'+ ]*$/;

describe('creditor identifier (ICS)', () => {
  it('accepts the domain rules example and refuses it with a changed digit', () => {
    expect(isValidCreditorIdentifier('FR72ZZZ123456')).toBe(true);
    expect(isValidCreditorIdentifier('fr72 zzz 123456')).toBe(true);
    expect(creditorIdentifierProblem('FR73ZZZ123456')).toBe("La clé de contrôle de l'ICS est incorrecte : vérifiez la saisie.");
    expect(creditorIdentifierProblem('FR72ZZZ123457')).toBe("La clé de contrôle de l'ICS est incorrecte : vérifiez la saisie.");
    expect(creditorNationalIdentifier('FR72ZZZ123456')).toBe('123456');
  });

  it('ignores the business code, which the creditor may change', () => {
    expect(isValidCreditorIdentifier('FR72ABC123456')).toBe(true);
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z0-9]{6}$/), fc.stringMatching(/^[A-Z0-9]{3}$/), (national, business) => {
        const ics = frenchCreditorIdentifier(national, business);
        expect(ics).toHaveLength(13);
        expect(creditorIdentifierProblem(ics)).toBeNull();
        expect(isValidCreditorIdentifier(`${ics.slice(0, 4)}ZZZ${ics.slice(7)}`)).toBe(true);
      }),
    );
  });

  it('says what is wrong in French', () => {
    expect(creditorIdentifierProblem('')).toBe("Saisissez l'identifiant créancier SEPA (ICS).");
    expect(creditorIdentifierProblem('DE98ZZZ09999999999')).toBe('Un identifiant créancier SEPA français commence par FR.');
    expect(creditorIdentifierProblem('FR72ZZZ12345')).toBe("L'ICS compte 13 caractères, par exemple FR72ZZZ123456 (12 saisis).");
    expect(creditorIdentifierProblem('FR7AZZZ123456')).toBe("L'ICS n'a pas le bon format : FR, 2 chiffres, 3 caractères puis 6.");
    expect(creditorIdentifierProblem('FR72-ZZZ-123456')).toBe("L'ICS ne contient que des lettres et des chiffres.");
  });
});

describe('toSepaText', () => {
  it('folds French names and labels to the SEPA Latin set', () => {
    expect(toSepaText('M. et Mme Allouard — Résidence « Les Cèdres »', 70)).toBe("M. et Mme Allouard - Residence 'Les Cedres'");
    expect(toSepaText('Société Générale & Fils', 70)).toBe('Societe Generale et Fils');
    expect(toSepaText('Cœur de Ville, lot n° 12 : 461,32 €', 140)).toBe('Coeur de Ville, lot no 12 : 461,32 EUR');
    expect(toSepaText('François Çelik-Ærøe', 70)).toBe('Francois Celik-AEroe');
    expect(toSepaText("L'Haÿ-les-Roses\n\tBâtiment B_2 ; escalier 3", 70)).toBe("L'Hay-les-Roses Batiment B-2 , escalier 3");
    expect(toSepaText('Appel 2026 T1 ✓ 🏠 #12 @syndic', 70)).toBe('Appel 2026 T1 12 syndic');
    expect(toSepaText('Ｌｏｔ ２ – ﬁnal…', 70)).toBe('Lot 2 - final...');
  });

  it('cuts to the length without leaving a trailing space', () => {
    expect(toSepaText('Appel de fonds du 1er trimestre', 9)).toBe('Appel de');
    expect(toSepaText('Appel de fonds', 140)).toBe('Appel de fonds');
  });

  it('always gives SEPA characters only, within the length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.integer({ min: 1, max: 140 }), (text, max) => {
        const result = toSepaText(text, max);
        expect(result).toMatch(SEPA_TEXT);
        expect(result.length).toBeLessThanOrEqual(max);
        expect(result).toBe(result.trim());
      }),
    );
  });
});

describe('references', () => {
  it('builds a mandate reference (RUM) from the ICS, the signature date and 8 random characters', () => {
    const reference = newMandateReference('PAL-123456', '2026-01-15', () => 'K7QX2M9A');
    expect(reference).toBe('PAL-123456-20260115-K7QX2M9A');
    expect(newMandateReference('PAL 123456', '2026-01-15', () => 'K7QX2M9A')).toBe('PAL-123456-20260115-K7QX2M9A');
    expect(newMandateReference('Résidence « Les Cèdres » / lot 12', '2026-01-15', () => 'K7QX2M9A')).toBe(
      'Residence-Les-Ced-20260115-K7QX2M9A',
    );
  });

  it('keeps every reference within 35 SEPA identifier characters, whatever the prefix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (prefix) => {
        const rum = newMandateReference(prefix, '2026-03-31');
        expect(rum.length).toBeLessThanOrEqual(35);
        expect(isSepaIdentifier(rum)).toBe(true);
        expect(rum).toMatch(/^([A-Za-z0-9]+-)*20260331-[A-Z2-9]{8}$/);
        const endToEnd = newEndToEndId(prefix);
        expect(endToEnd.length).toBeLessThanOrEqual(35);
        expect(isSepaIdentifier(endToEnd)).toBe(true);
      }),
    );
  });

  it('draws different references each time', () => {
    const references = new Set(Array.from({ length: 2000 }, () => newMandateReference('PAL-123456', '2026-01-15')));
    expect(references.size).toBe(2000);
    expect(newEndToEndId()).toMatch(/^PAL-[A-Z2-9]{16}$/);
  });

  it('refuses identifiers the banks refuse', () => {
    expect(isSepaIdentifier('/PAL-1')).toBe(false);
    expect(isSepaIdentifier('PAL//1')).toBe(false);
    expect(isSepaIdentifier('PAL 1')).toBe(false);
    expect(isSepaIdentifier('X'.repeat(36))).toBe(false);
    expect(isSepaIdentifier('PAL-123456-20260115-K7QX2M9A')).toBe(true);
  });
});

describe('dates and sequence types', () => {
  it('pre-notifies 14 calendar days before the collection, or the agreed delay', () => {
    expect(preNotificationDate('2026-01-05')).toBe('2025-12-22');
    expect(preNotificationDate('2026-03-10')).toBe('2026-02-24');
    expect(preNotificationDate('2026-03-10', 2)).toBe('2026-03-08');
    expect(() => preNotificationDate('2026-03-10', -1)).toThrow(RangeError);
  });

  it('lapses a mandate 36 months after its last collection, or its signature when never used', () => {
    expect(mandateLapseDate('2022-01-15', null)).toBe('2025-01-15');
    expect(mandateLapseDate('2022-01-15', '2023-04-05')).toBe('2026-04-05');
    expect(isMandateLapsed('2022-01-15', '2023-04-05', '2026-04-04')).toBe(false);
    expect(isMandateLapsed('2022-01-15', '2023-04-05', '2026-04-05')).toBe(true);
    expect(mandateLapseDate('2021-02-28', '2024-02-29')).toBe('2027-02-28');
  });

  it('gives FRST for the first collection under a recurrent mandate, then RCUR; OOFF for a one-off', () => {
    expect(nextSequenceType('recurrent', false)).toBe('FRST');
    expect(nextSequenceType('recurrent', true)).toBe('RCUR');
    expect(nextSequenceType('one_off', false)).toBe('OOFF');
  });
});
