import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, weekday } from './calendar.ts';
import {
  easterSunday,
  isTargetBusinessDay,
  nextTargetBusinessDay,
  RETURN_REASONS,
  representationDate,
  returnReason,
} from './sepa-returns.ts';

const dates = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('TARGET2 business days', () => {
  it('knows Easter Sunday', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
  });

  it('closes on weekends and the six TARGET holidays, not on French-only holidays', () => {
    expect(isTargetBusinessDay('2027-01-01')).toBe(false);
    expect(isTargetBusinessDay('2027-03-26')).toBe(false); // Good Friday
    expect(isTargetBusinessDay('2027-03-29')).toBe(false); // Easter Monday
    expect(isTargetBusinessDay('2026-05-01')).toBe(false);
    expect(isTargetBusinessDay('2026-12-25')).toBe(false);
    expect(isTargetBusinessDay('2026-12-26')).toBe(false);
    expect(isTargetBusinessDay('2026-12-05')).toBe(false); // Saturday
    expect(isTargetBusinessDay('2026-07-14')).toBe(true);
    expect(isTargetBusinessDay('2026-12-07')).toBe(true);
  });

  it('moves to the first business day on or after the date, never more than four days later', () => {
    fc.assert(
      fc.property(dates, (date) => {
        const next = nextTargetBusinessDay(date);
        expect(next >= date).toBe(true);
        expect(next <= addDays(date, 4)).toBe(true);
        expect(isTargetBusinessDay(next)).toBe(true);
        expect([0, 6]).not.toContain(weekday(next));
        for (let day = date; day < next; day = addDays(day, 1)) expect(isTargetBusinessDay(day)).toBe(false);
        if (isTargetBusinessDay(date)) expect(next).toBe(date);
      }),
    );
  });
});

describe('return reasons', () => {
  it('names each reason in French and normalises the code', () => {
    expect(returnReason(' am04 ')).toMatchObject({ code: 'AM04', label: 'Provision insuffisante', representable: true });
    expect(returnReason('AC04')).toMatchObject({ label: 'Compte clôturé', representable: false, lapsesMandate: true });
    expect(returnReason('MD07')).toMatchObject({ label: 'Débiteur décédé', lapsesMandate: true });
    expect(returnReason('MD06')).toMatchObject({ representable: false, lapsesMandate: false });
    expect(returnReason('ZZ99')).toEqual({ code: 'ZZ99', label: 'Motif ZZ99', representable: false, lapsesMandate: false });
  });

  it('never presents again what the debtor or their bank refused, nor lapses a mandate it presents again', () => {
    for (const code of ['AC04', 'AC06', 'MD01', 'MD06', 'MD07', 'SL01', 'MS02'])
      expect(returnReason(code).representable).toBe(false);
    for (const reason of RETURN_REASONS) expect(reason.representable && reason.lapsesMandate).toBe(false);
    expect(new Set(RETURN_REASONS.map((reason) => reason.code)).size).toBe(RETURN_REASONS.length);
  });

  it('presents again at least 14 days after the return, on a business day, only when the reason allows it', () => {
    expect(representationDate('AM04', '2026-12-03')).toBe('2026-12-17');
    // 14 days after 12 December is Saturday 26 December, a TARGET holiday: Monday 28.
    expect(representationDate('AM04', '2026-12-12')).toBe('2026-12-28');
    fc.assert(
      fc.property(dates, fc.constantFrom(...RETURN_REASONS.map((reason) => reason.code)), (returnedOn, code) => {
        const date = representationDate(code, returnedOn);
        if (!returnReason(code).representable) {
          expect(date).toBeNull();
        } else {
          expect((date ?? '') >= addDays(returnedOn, 14)).toBe(true);
          expect(date).toBe(nextTargetBusinessDay(addDays(returnedOn, 14)));
        }
      }),
    );
  });
});
