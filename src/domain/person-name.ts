export type Civility = 'M' | 'MME' | 'M_ET_MME' | 'MM' | 'MMES' | 'SOCIETE';

export interface NamedPerson {
  civility: Civility;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
}

const titles: Record<Exclude<Civility, 'SOCIETE'>, string> = {
  M: 'M.',
  MME: 'Mme',
  M_ET_MME: 'M. et Mme',
  MM: 'MM.',
  MMES: 'Mmes',
};

/**
 * The name as letters from the agency address a person: "M. Jean Dupont", "Mme Sophie Bernard",
 * "M. et Mme Allouard" (a couple is addressed by the family name), "GERASCO" for a company.
 */
export function displayName(person: NamedPerson): string {
  if (person.civility === 'SOCIETE' || !person.lastName) {
    return (person.companyName ?? person.lastName ?? '').trim();
  }
  const isCouple = person.civility === 'M_ET_MME' || person.civility === 'MM' || person.civility === 'MMES';
  const parts = [titles[person.civility], isCouple ? null : person.firstName, person.lastName];
  return parts.filter((part) => part && part.trim().length > 0).join(' ');
}
