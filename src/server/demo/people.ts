/**
 * Names, phones and emails for the demo's clients. Everything comes from a seeded generator so that two
 * machines loading the demo show the same people, which keeps screenshots, guides and bug reports in step.
 */

/** Mulberry32: tiny, good enough for picking names, and the same sequence everywhere for a given seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Random = () => number;

export const randomInt = (random: Random, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

const maleFirstNames = [
  'Jean',
  'Pierre',
  'Michel',
  'Philippe',
  'Alain',
  'Nicolas',
  'Julien',
  'Antoine',
  'Laurent',
  'François',
  'Olivier',
  'Christophe',
  'Stéphane',
  'Sébastien',
  'Mathieu',
  'Guillaume',
  'Karim',
  'Mehdi',
  'Hugo',
  'Lucas',
  'Maxime',
  'Vincent',
  'Bruno',
  'Éric',
  'Patrick',
  'Yann',
  'Arnaud',
  'Damien',
  'Rachid',
  'Louis',
] as const;

const femaleFirstNames = [
  'Marie',
  'Sophie',
  'Nathalie',
  'Isabelle',
  'Catherine',
  'Sylvie',
  'Valérie',
  'Christine',
  'Céline',
  'Julie',
  'Camille',
  'Émilie',
  'Laure',
  'Aurélie',
  'Anne',
  'Hélène',
  'Élodie',
  'Sarah',
  'Léa',
  'Manon',
  'Chloé',
  'Inès',
  'Yasmina',
  'Fatima',
  'Amélie',
  'Caroline',
  'Sandrine',
  'Pauline',
  'Agnès',
  'Mélanie',
] as const;

const lastNames = [
  'Dubois',
  'Robert',
  'Richard',
  'Petit',
  'Durand',
  'Leroy',
  'Lefebvre',
  'Garcia',
  'David',
  'Bertrand',
  'Fournier',
  'Morel',
  'Girard',
  'Mercier',
  'Dupont',
  'Bonnet',
  'Martinez',
  'Legrand',
  'Faure',
  'Rousseau',
  'Blanc',
  'Guérin',
  'Muller',
  'Perrin',
  'Morin',
  'Gauthier',
  'Dumont',
  'Lopez',
  'Chevalier',
  'Robin',
  'Masson',
  'Sanchez',
  'Boyer',
  'Lemaire',
  'Duval',
  'Joly',
  'Roche',
  'Meyer',
  'Meunier',
  'Perez',
  'Marchand',
  'Dufour',
  'Blanchard',
  'Benali',
  'Diallo',
  'Traoré',
  'Kowalski',
  'Da Silva',
  'Ferreira',
  'Colin',
  'Barbier',
  'Brunet',
  'Schmitt',
  'Caron',
  'Renard',
  'Giraud',
  'Leclerc',
  'Vasseur',
  'Aubert',
  'Hoarau',
  'Pham',
  'Carpentier',
  'Lacroix',
  'Ménard',
  'Tessier',
  'Besnard',
  'Le Gall',
  'Bouvier',
] as const;

export interface GeneratedName {
  civility: 'M' | 'MME';
  firstName: string;
  lastName: string;
}

/**
 * Hands out names whose last names never repeat, so that every demo email is unique and a search for a
 * name finds exactly one client. Names written by hand elsewhere are reserved first.
 */
export class NameGenerator {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  reserve(...names: string[]): void {
    for (const name of names) this.used.add(name);
  }

  next(civility?: 'M' | 'MME'): GeneratedName {
    const available = lastNames.filter((name) => !this.used.has(name));
    const lastName = pick(this.random, available);
    this.used.add(lastName);
    const chosen = civility ?? (this.random() < 0.5 ? 'M' : 'MME');
    const firstName = pick(this.random, chosen === 'M' ? maleFirstNames : femaleFirstNames);
    return { civility: chosen, firstName, lastName };
  }
}

/** "06 12 34 56 78": how French mobile numbers are written on client files. */
export function mobilePhone(random: Random): string {
  const pairs = Array.from({ length: 4 }, () => String(randomInt(random, 0, 99)).padStart(2, '0'));
  return [random() < 0.7 ? '06' : '07', ...pairs].join(' ');
}

/** Île-de-France landlines start with 01. */
export function landlinePhone(random: Random): string {
  const pairs = Array.from({ length: 3 }, () => String(randomInt(random, 0, 99)).padStart(2, '0'));
  return ['01', String(randomInt(random, 40, 49)), ...pairs].join(' ');
}

/** "Hélène", "Le Gall" → "helene", "le-gall": ASCII only, as most people type their address. */
export const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const personalEmail = (firstName: string, lastName: string): string => `${slug(firstName)}.${slug(lastName)}@example.fr`;

/** A day of a month (1–28, valid in every month) between two years, as a 'YYYY-MM-DD' string. */
export function dateBetween(random: Random, fromYear: number, toYear: number): string {
  const year = randomInt(random, fromYear, toYear);
  const month = String(randomInt(random, 1, 12)).padStart(2, '0');
  const day = String(randomInt(random, 1, 28)).padStart(2, '0');
  return `${year}-${month}-${day}`;
}
