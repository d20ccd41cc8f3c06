import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bicProblem,
  formatIban,
  frenchBankName,
  ibanProblem,
  isSepaIban,
  isValidBic,
  isValidIban,
  maskIban,
  normaliseIban,
} from './iban.ts';

const VALID = 'FR7630006000011234567890189';
const WRONG_KEY = 'FR7630006000011234567890188';

/** The ISO 7064 check digits of a French BBAN, computed here independently to build valid IBANs for the properties. */
const frenchIban = (bban: string) => {
  const digits = `${bban}FR00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  return `FR${String(98n - (BigInt(digits) % 97n)).padStart(2, '0')}${bban}`;
};
/** A BBAN whose RIB key is right: key = 97 − ((89 × bank + 15 × branch + 3 × account) mod 97), digits only. */
const withRibKey = (bank: string, branch: string, account: string) => {
  const key = 97n - ((89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(account)) % 97n);
  return `${bank}${branch}${account}${String(key).padStart(2, '0')}`;
};
const frenchBban = fc
  .tuple(fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^\d{5}$/), fc.stringMatching(/^\d{11}$/))
  .map(([bank, branch, account]) => withRibKey(bank, branch, account));

describe('IBAN', () => {
  it('accepts the domain rules example and refuses it with a wrong key', () => {
    expect(isValidIban(VALID)).toBe(true);
    expect(ibanProblem(VALID)).toBeNull();
    expect(isValidIban(WRONG_KEY)).toBe(false);
    expect(ibanProblem(WRONG_KEY)).toBe("La clé de contrôle de l'IBAN est incorrecte : vérifiez la saisie.");
  });

  it('reads the IBAN however it was typed or pasted', () => {
    expect(normaliseIban(' fr76 3000-6000.0112 3456 7890\u00a0189 ')).toBe(VALID);
    expect(ibanProblem('fr76 3000 6000 0112 3456 7890 189')).toBeNull();
    expect(formatIban(VALID)).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(maskIban(VALID)).toBe('FR76 **** **** **** **** ***0 189');
  });

  it('says what is wrong while the person types, one thing at a time', () => {
    expect(ibanProblem('')).toBe("Saisissez l'IBAN du compte.");
    expect(ibanProblem('FR76 3000 6000 01')).toBe("L'IBAN doit compter 27 caractères pour un compte français (14 saisis).");
    expect(ibanProblem(`${VALID}1`)).toBe("L'IBAN doit compter 27 caractères pour un compte français (28 saisis).");
    expect(ibanProblem('FR76*3000')).toBe("L'IBAN ne contient que des lettres et des chiffres : retirez les autres caractères.");
    expect(ibanProblem('7630006000011234567890189')).toBe(
      "L'IBAN commence par le code du pays : FR pour un compte ouvert en France.",
    );
    expect(ibanProblem('QQ7630006000011234567890189')).toBe(
      "Le code pays de l'IBAN n'est pas reconnu : un IBAN français commence par FR.",
    );
    expect(ibanProblem('FRAB30006000011234567890189')).toBe(
      "Les 3e et 4e caractères de l'IBAN sont des chiffres (la clé de contrôle) : vérifiez la saisie.",
    );
    // Brazil has IBANs but is outside SEPA: no SEPA direct debit from there.
    expect(ibanProblem('BR1800360305000010009795493C1')).toBe(
      "Ce compte n'est pas dans la zone SEPA : il ne peut pas être débité par prélèvement.",
    );
  });

  it('accepts the other SEPA countries with their own lengths', () => {
    expect(ibanProblem('DE89 3704 0044 0532 0130 00')).toBeNull();
    expect(isSepaIban('GB82WEST12345698765432')).toBe(true);
    expect(ibanProblem('DE89 3704 0044 0532 0130')).toBe(
      "L'IBAN n'a pas la longueur attendue pour ce pays (20 caractères saisis) : vérifiez la saisie.",
    );
  });

  it('accepts every French IBAN with a right RIB key, and refuses any single changed digit', () => {
    fc.assert(
      fc.property(frenchBban, fc.integer({ min: 4, max: 26 }), fc.integer({ min: 1, max: 9 }), (bban, position, shift) => {
        const iban = frenchIban(bban);
        expect(iban).toHaveLength(27);
        expect(ibanProblem(iban)).toBeNull();
        expect(ibanProblem(formatIban(iban).toLowerCase())).toBeNull();
        const digit = Number(iban[position]);
        const changed = `${iban.slice(0, position)}${(digit + shift) % 10}${iban.slice(position + 1)}`;
        expect(isValidIban(changed)).toBe(false);
        expect(ibanProblem(changed)).toBe("La clé de contrôle de l'IBAN est incorrecte : vérifiez la saisie.");
      }),
    );
  });

  it('groups by four and reads back the same IBAN', () => {
    fc.assert(
      fc.property(frenchBban, (bban) => {
        const iban = frenchIban(bban);
        const formatted = formatIban(iban);
        expect(formatted).toMatch(/^(\S{4} ){6}\S{3}$/);
        expect(normaliseIban(formatted)).toBe(iban);
      }),
    );
  });

  it('names the main French banks from the bank code, and nothing when unsure', () => {
    expect(frenchBankName(VALID)).toBe('Crédit Agricole');
    expect(frenchBankName(frenchIban(withRibKey('30004', '00003', '12345678901')))).toBe('BNP Paribas');
    expect(frenchBankName('FR14 2004 1010 0505 0001 3M02 606')).toBe('La Banque Postale');
    expect(frenchBankName(frenchIban(withRibKey('16958', '00001', '12345678901')))).toBe('Qonto');
    expect(frenchBankName(frenchIban(withRibKey('99999', '00001', '12345678901')))).toBeNull();
    expect(frenchBankName(WRONG_KEY)).toBeNull();
    expect(frenchBankName('DE89370400440532013000')).toBeNull();
  });

  it('checks BICs with ibantools', () => {
    expect(isValidBic('BNPAFRPP')).toBe(true);
    expect(isValidBic('bnpa fr pp xxx')).toBe(true);
    expect(bicProblem('AGRIFRPP882')).toBeNull();
    expect(bicProblem('BNPAFRP')).toBe('Le BIC compte 8 ou 11 caractères (7 saisis).');
    expect(bicProblem('BNP4FRPP')).toBe(
      "Ce BIC n'a pas le bon format : 4 lettres pour la banque, 2 pour le pays, puis 2 ou 5 caractères.",
    );
  });
});
