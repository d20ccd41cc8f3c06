import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.ts';
import type { paths } from '../../api/schema';
import i18n from '../../i18n/index.ts';

type JsonBody<T> = T extends { content: { 'application/json': infer Body } } ? Body : never;

export type StaffDocumentList = JsonBody<paths['/api/staff/documents']['get']['responses'][200]>;
export type StaffDocumentRow = StaffDocumentList['items'][number];
export type StaffDocumentDetail = JsonBody<paths['/api/staff/documents/{id}']['get']['responses'][200]>;
export type DocumentTargets = JsonBody<paths['/api/staff/documents/targets']['get']['responses'][200]>;
export type PublishedDocuments = JsonBody<paths['/api/staff/documents']['post']['responses'][201]>;
type ListQuery = NonNullable<paths['/api/staff/documents']['get']['parameters']['query']>;

export interface StaffDocumentFilters {
  condominiumId?: string;
  folder?: ListQuery['folder'];
  year?: number;
  q?: string;
  includeWithdrawn?: boolean;
  page?: number;
}

export const staffDocumentsQuery = (filters: StaffDocumentFilters) =>
  queryOptions({
    queryKey: ['staff', 'documents', 'list', filters],
    queryFn: () =>
      unwrap(
        api.GET('/api/staff/documents', {
          params: {
            query: {
              ...(filters.condominiumId ? { condominiumId: filters.condominiumId } : {}),
              ...(filters.folder ? { folder: filters.folder } : {}),
              ...(filters.year ? { year: filters.year } : {}),
              ...(filters.q ? { q: filters.q } : {}),
              ...(filters.includeWithdrawn ? { includeWithdrawn: true } : {}),
              ...(filters.page ? { page: filters.page } : {}),
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

/** The agency's condominiums and, once one is chosen, its buildings and lots, for the publishing form. */
export const documentTargetsQuery = (condominiumId: string | undefined, personId?: string) =>
  queryOptions({
    queryKey: ['staff', 'documents', 'targets', condominiumId ?? null, personId ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/staff/documents/targets', {
          params: { query: { ...(condominiumId ? { condominiumId } : {}), ...(personId ? { personId } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });

export const staffDocumentQuery = (documentId: string) =>
  queryOptions({
    queryKey: ['staff', 'documents', 'detail', documentId],
    queryFn: () => unwrap(api.GET('/api/staff/documents/{id}', { params: { path: { id: documentId } } })),
    staleTime: 0,
    retry: false,
  });

export const withdrawDocument = (documentId: string, reason: string) =>
  unwrap(api.POST('/api/staff/documents/{id}/withdraw', { params: { path: { id: documentId } }, body: { reason } }));

export const publishDocuments = (form: FormData) => sendForm<PublishedDocuments>('/api/staff/documents', form);

export const addVersion = (documentId: string, form: FormData) =>
  sendForm<unknown>(`/api/staff/documents/${encodeURIComponent(documentId)}/versions`, form);

/**
 * Files go as multipart, which the typed JSON client does not send: a plain fetch with FormData (as the
 * activation request does), answered and failing like every other call.
 */
async function sendForm<T>(url: string, form: FormData): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: form, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body as T;
  const error = body as { code?: unknown; message?: unknown; details?: ApiError['details'] } | null;
  if (typeof error?.code === 'string' && typeof error.message === 'string')
    throw new ApiError(response.status, error.code, error.message, error.details);
  throw new ApiError(response.status, 'UNEXPECTED_RESPONSE', i18n.t('errors.unavailable'));
}
