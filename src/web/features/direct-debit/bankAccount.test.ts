import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIban, normaliseIban } from '../../../domain/iban.ts';
import { bankAccountProblems, groupIban } from './bankAccount.ts';
import type { DirectDebitOptions, Mandate } from './directDebit.queries.ts';
import { activeMandateOf, nextDebitOf } from './mandateStatus.ts';

const ibanCharacters = fc.string({ unit: fc.constantFrom(...'0123456789abcdefFR -.'.split('')), maxLength: 40 });

describe('the IBAN as typed in the form', () => {
  it('is shown in groups of 4 without changing a character of what is sent', () => {
    fc.assert(
      fc.property(ibanCharacters, (typed) => {
        const grouped = groupIban(typed);
        expect(normaliseIban(grouped)).toBe(normaliseIban(typed));
        expect(grouped.split(' ').every((group, index, all) => group.length === 4 || index === all.length - 1)).toBe(true);
        // Typing over the grouped text gives the same text: the caret does not make groups drift.
        expect(groupIban(grouped)).toBe(grouped);
      }),
    );
    expect(groupIban('fr7630004000031234567890143')).toBe('FR76 3000 4000 0312 3456 7890 143');
  });

  it('lets a valid IBAN through with or without a BIC, never a wrong BIC', () => {
    expect(isValidIban('FR76 3000 4000 0312 3456 7890 143')).toBe(true);
    expect(bankAccountProblems({ iban: 'FR76 3000 4000 0312 3456 7890 143', bic: ' ' })).toEqual({ iban: null, bic: null });
    expect(bankAccountProblems({ iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPAFRPP' }).bic).toBeNull();
    expect(bankAccountProblems({ iban: 'FR76 3000 4000 0312 3456 7890 143', bic: 'BNPA' }).bic).toBe(
      'Le BIC compte 8 ou 11 caractères (4 saisis).',
    );
    expect(bankAccountProblems({ iban: 'FR76 3000 4000 0312 3456 7890 144', bic: '' }).iban).toBe(
      "La clé de contrôle de l'IBAN est incorrecte : vérifiez la saisie.",
    );
  });
});

const mandate = (change: Partial<Mandate>): Mandate => ({
  id: 'm1',
  accountKey: 'coOwner:a',
  reference: 'PAL-1',
  mode: 'manual',
  sequence: 'one_off',
  status: 'active',
  debtorName: 'M. Test',
  ibanMasked: 'FR76 **** 0 143',
  bic: null,
  signedAt: '2026-11-22T10:00:00.000Z',
  signaturePlace: 'Créteil',
  revokedAt: null,
  documentId: null,
  scheduledDebits: [],
  ...change,
});

describe('what Finances says of a running direct debit', () => {
  it('is the active mandate of that account only, and its soonest collection not yet paid or returned', () => {
    const debit = (collectionDate: string, status: string) => ({
      amountCents: 100,
      collectionDate,
      status,
      sequenceType: 'OOFF',
    });
    const options = {
      accounts: [],
      person: { name: 'M. Test', address: '', mobile: null },
      mandates: [
        mandate({ id: 'revoked', status: 'revoked' }),
        mandate({
          id: 'live',
          scheduledDebits: [debit('2026-10-01', 'paid'), debit('2026-12-20', 'scheduled'), debit('2026-12-06', 'prenotified')],
        }),
        mandate({ id: 'other', accountKey: 'coOwner:b' }),
      ],
    } satisfies DirectDebitOptions;
    const live = activeMandateOf(options, 'coOwner:a');
    expect(live?.id).toBe('live');
    expect(nextDebitOf(live)?.collectionDate).toBe('2026-12-06');
    expect(activeMandateOf(options, 'coOwner:c')).toBeUndefined();
    expect(nextDebitOf(mandate({ scheduledDebits: [debit('2026-10-01', 'returned')] }))).toBeUndefined();
  });
});
