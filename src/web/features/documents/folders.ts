import { DOCUMENT_FOLDERS } from '../../../domain/document-audience.ts';
import type { DocumentFolder, DocumentItem } from './documents.queries.ts';

// The folders, their French names and the owners' flag are the domain's rule (the server applies it).
const FOLDERS = DOCUMENT_FOLDERS;

/** Every folder with its French name, in the seed's order (the staff's pickers offer them all). */
export const FOLDER_OPTIONS = FOLDERS.map(({ folder, label }) => ({ value: folder as string, label: label as string }));

export const isOwnersOnly = (folder: DocumentFolder) => FOLDERS.some((entry) => entry.folder === folder && entry.ownersOnly);

const rank = (folder: DocumentFolder) => FOLDERS.findIndex((entry) => entry.folder === folder);

export const isKnownFolder = (value: string): value is DocumentFolder => FOLDERS.some((entry) => entry.folder === value);

/** Any list of folders in the seed's order. */
export function byFolderOrder<T extends { folder: DocumentFolder }>(items: T[]): T[] {
  return [...items].sort((a, b) => rank(a.folder) - rank(b.folder));
}

export interface FolderGroup {
  folder: DocumentFolder;
  label: string;
  documents: DocumentItem[];
}

/** Documents gathered by folder, folders in the seed's order, each folder's documents as the server sorted them. */
export function groupByFolder(documents: DocumentItem[]): FolderGroup[] {
  const groups = new Map<DocumentFolder, FolderGroup>();
  for (const document of documents) {
    const group = groups.get(document.folder) ?? { folder: document.folder, label: document.folderLabel, documents: [] };
    group.documents.push(document);
    groups.set(document.folder, group);
  }
  return byFolderOrder([...groups.values()]);
}

/** The seed shows the folders reserved to owners apart, under "Uniquement pour les propriétaires…". */
export function splitByAudience<T extends { folder: DocumentFolder }>(items: T[]): { shared: T[]; ownersOnly: T[] } {
  const ordered = byFolderOrder(items);
  return {
    shared: ordered.filter((item) => !isOwnersOnly(item.folder)),
    ownersOnly: ordered.filter((item) => isOwnersOnly(item.folder)),
  };
}
