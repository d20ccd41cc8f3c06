import { describe, expect, it } from 'vitest';
import { parisDate } from './calendar.ts';

describe('parisDate', () => {
  it('gives the calendar date in Paris, which runs ahead of UTC late in the evening', () => {
    expect(parisDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(parisDate(new Date('2026-12-31T22:59:59Z'))).toBe('2026-12-31');
    expect(parisDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
