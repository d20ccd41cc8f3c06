/**
 * The documents page keeps its filters in the address, so that "back" after a download returns to the same
 * results and a notification can open one document (`/documents?document=<id>`). Unknown or malformed values
 * are dropped: the server checks them again anyway.
 */
export interface DocumentsSearch {
  dossier?: string;
  annee?: number;
  type?: string;
  q?: string;
  nouveaux?: boolean;
  page?: number;
  document?: string;
}

const FOLDER_WORD = /^[a-z_]{2,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;

function whole(value: unknown, min: number, max: number): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number >= min && number <= max ? number : undefined;
}

export function documentsSearch(search: Record<string, unknown>): DocumentsSearch {
  const dossier = typeof search.dossier === 'string' && FOLDER_WORD.test(search.dossier) ? search.dossier : undefined;
  const annee = whole(search.annee, 1900, 2200);
  const type = text(search.type, 100);
  const q = text(search.q, 200);
  const page = whole(search.page, 2, 10_000);
  const document = typeof search.document === 'string' && UUID.test(search.document) ? search.document : undefined;
  return {
    ...(dossier ? { dossier } : {}),
    ...(annee ? { annee } : {}),
    ...(type ? { type } : {}),
    ...(q ? { q } : {}),
    ...(search.nouveaux === true || search.nouveaux === 'true' ? { nouveaux: true } : {}),
    ...(page ? { page } : {}),
    ...(document ? { document } : {}),
  };
}
