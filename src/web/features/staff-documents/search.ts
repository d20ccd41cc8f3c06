/** The staff list's filters in the address ("back" from a document returns to the same list). */
export interface StaffDocumentsSearch {
  copropriete?: string;
  dossier?: string;
  annee?: number;
  q?: string;
  retires?: boolean;
  page?: number;
  /** How many documents were just published: the list says so once. */
  publies?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function whole(value: unknown, min: number, max: number): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

export function staffDocumentsSearch(search: Record<string, unknown>): StaffDocumentsSearch {
  const copropriete = typeof search.copropriete === 'string' && UUID.test(search.copropriete) ? search.copropriete : undefined;
  const dossier = typeof search.dossier === 'string' && /^[a-z_]{2,40}$/.test(search.dossier) ? search.dossier : undefined;
  const annee = whole(search.annee, 1900, 2200);
  const q = typeof search.q === 'string' && search.q.trim() ? search.q.trim().slice(0, 200) : undefined;
  const page = whole(search.page, 2, 10_000);
  const publies = whole(search.publies, 1, 1000);
  return {
    ...(copropriete ? { copropriete } : {}),
    ...(dossier ? { dossier } : {}),
    ...(annee ? { annee } : {}),
    ...(q ? { q } : {}),
    ...(search.retires === true || search.retires === 'true' ? { retires: true } : {}),
    ...(page ? { page } : {}),
    ...(publies ? { publies } : {}),
  };
}

export function dropEmpty<T extends object>(search: T): T {
  return Object.fromEntries(
    Object.entries(search).filter(([, value]) => value !== undefined && value !== '' && value !== false),
  ) as T;
}
