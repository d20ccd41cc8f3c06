import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type DocumentList = JsonBody<paths['/api/documents']['get']['responses'][200]>;
export type DocumentItem = DocumentList['items'][number];
export type DocumentFolder = DocumentItem['folder'];
export type FolderFacet = DocumentList['facets']['folders'][number];
type ListQuery = NonNullable<paths['/api/documents']['get']['parameters']['query']>;

/** The filters of the documents page, as they travel in its address. */
export interface DocumentFilters {
  folder?: DocumentFolder;
  year?: number;
  kind?: string;
  q?: string;
  onlyNew?: boolean;
  page?: number;
}

/**
 * The person's documents. Opening the page without filters is what the server counts as a visit (the
 * "Nouveau" marks depend on it), so the unfiltered list is never cached across visits.
 */
export const documentsQuery = (filters: DocumentFilters) =>
  queryOptions({
    queryKey: ['documents', 'list', filters],
    queryFn: () => unwrap(api.GET('/api/documents', { params: { query: toQuery(filters) } })),
    // While the next letters of a search load, the previous results stay on screen.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

/** A property's documents (its Documents tab): the lot's or the unit's, whatever their folder. */
export const propertyDocumentsQuery = (property: { lotId: string } | { unitId: string }) =>
  queryOptions({
    queryKey: ['documents', 'property', property],
    queryFn: () => unwrap(api.GET('/api/documents', { params: { query: { ...property, pageSize: 200 } } })),
    staleTime: 30_000,
    retry: false,
  });

export const documentQuery = (documentId: string) =>
  queryOptions({
    queryKey: ['documents', 'detail', documentId],
    queryFn: () => unwrap(api.GET('/api/documents/{id}', { params: { path: { id: documentId } } })),
    staleTime: 30_000,
    // A 404 is an answer (not theirs, or withdrawn), not a hiccup worth retrying.
    retry: false,
  });

export const documentsSummaryQuery = queryOptions({
  queryKey: ['documents', 'summary'],
  queryFn: () => unwrap(api.GET('/api/documents/summary')),
  staleTime: 60_000,
});

/** "N nouveaux documents" for the home page; does not count as a visit of the documents page. */
export function useDocumentsSummary() {
  return useQuery(documentsSummaryQuery);
}

function toQuery(filters: DocumentFilters): ListQuery {
  return {
    ...(filters.folder ? { folder: filters.folder } : {}),
    ...(filters.year ? { year: filters.year } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.onlyNew ? { onlyNew: true } : {}),
    ...(filters.page ? { page: filters.page } : {}),
  };
}
