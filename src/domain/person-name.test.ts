import { describe, expect, it } from 'vitest';
import { displayName } from './person-name.ts';

const person = (
  civility: Parameters<typeof displayName>[0]['civility'],
  firstName: string | null,
  lastName: string | null,
  companyName: string | null = null,
) => displayName({ civility, firstName, lastName, companyName });

describe('displayName', () => {
  it('addresses a person with the title and both names', () => {
    expect(person('M', 'Jean', 'Dupont')).toBe('M. Jean Dupont');
    expect(person('MME', 'Sophie', 'Bernard')).toBe('Mme Sophie Bernard');
  });

  it('addresses a couple by the family name, as on the seed (M. et Mme Allouard)', () => {
    expect(person('M_ET_MME', 'Jean et Marie', 'Allouard')).toBe('M. et Mme Allouard');
  });

  it('names a company by its company name', () => {
    expect(person('SOCIETE', null, null, 'GERASCO')).toBe('GERASCO');
  });

  it('leaves out a missing first name rather than printing a gap', () => {
    expect(person('M', null, 'Martin')).toBe('M. Martin');
  });
});
