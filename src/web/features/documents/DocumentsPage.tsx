import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  Pagination,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconSparkles } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { DocumentList } from './DocumentList.tsx';
import { DocumentPreviewModal } from './DocumentPreviewModal.tsx';
import { NEW_COLOR } from './display.ts';
import { type DocumentFilters, type DocumentItem, documentQuery, documentsQuery } from './documents.queries.ts';
import { FolderCards } from './FolderCards.tsx';
import { isKnownFolder } from './folders.ts';
import type { DocumentsSearch } from './search.ts';

/** "Documents": the person's folders, filters, a search in titles and PDF text, what is new, preview and download. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/espace/documents' });
  const navigate = useNavigate({ from: '/documents' });
  const [typed, setTyped] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(typed.trim(), 300);

  const go = (next: DocumentsSearch, replace = false) => void navigate({ search: next, replace });
  // A filter change starts again from the first page, and closes no preview.
  const filter = (change: Partial<DocumentsSearch>) => {
    const { page: _page, ...rest } = search;
    go(dropEmpty({ ...rest, ...change }));
  };

  // Only a new debounced value navigates: a filter chosen meanwhile must not bring back an older search.
  const lastSearched = useRef(debounced);
  useEffect(() => {
    if (debounced === lastSearched.current) return;
    lastSearched.current = debounced;
    void navigate({
      search: (previous) => dropEmpty({ ...previous, q: debounced || undefined, page: undefined }),
      replace: true,
    });
  }, [debounced, navigate]);

  const filters: DocumentFilters = {
    ...(search.dossier && isKnownFolder(search.dossier) ? { folder: search.dossier } : {}),
    ...(search.annee ? { year: search.annee } : {}),
    ...(search.type ? { kind: search.type } : {}),
    ...(search.q ? { q: search.q } : {}),
    ...(search.nouveaux ? { onlyNew: true } : {}),
    ...(search.page ? { page: search.page } : {}),
  };
  const list = useQuery(documentsQuery(filters));
  const data = list.data;
  const items = data?.items ?? [];
  const filtered = Object.keys(filters).some((key) => key !== 'page');
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  const preview = usePreviewed(search.document, items);
  const closePreview = () => {
    const { document: _document, ...rest } = search;
    go(rest, true);
  };

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <PageHeading>{t('documents.pageTitle')}</PageHeading>
        <Text c="dimmed">{t('documents.intro')}</Text>
      </Stack>
      {data && data.newCount > 0 && (
        <Alert color="green" variant="light" role="status" icon={<IconSparkles aria-hidden />}>
          <Group justify="space-between" gap="sm">
            <Text fw={600}>{t('documents.newSinceLastVisit', { count: data.newCount })}</Text>
            {!search.nouveaux && (
              <Button size="xs" color={NEW_COLOR} onClick={() => filter({ nouveaux: true })}>
                {t('documents.showNew')}
              </Button>
            )}
          </Group>
        </Alert>
      )}
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      {preview.error && (
        <Alert color="red" role="alert" withCloseButton closeButtonLabel={t('documents.closeNotice')} onClose={closePreview}>
          {preview.error}
        </Alert>
      )}
      {data && (
        <FolderCards folders={data.facets.folders} selected={filters.folder} onSelect={(folder) => filter({ dossier: folder })} />
      )}
      <Stack component="section" gap="sm" aria-label={t('documents.filters.label')}>
        <TextInput
          type="search"
          label={t('documents.filters.search')}
          description={t('documents.filters.searchHint')}
          leftSection={<IconSearch size={18} aria-hidden />}
          rightSection={list.isFetching ? <Loader size="xs" aria-hidden /> : null}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          maxLength={200}
          maw={560}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" maw={860}>
          <NativeSelect
            label={t('documents.filters.folder')}
            value={filters.folder ?? ''}
            onChange={(event) => filter({ dossier: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('documents.filters.allFolders') },
              ...(data?.facets.folders ?? []).map((facet) => ({ value: facet.folder, label: facet.label })),
            ]}
          />
          <NativeSelect
            label={t('documents.filters.year')}
            value={search.annee ? String(search.annee) : ''}
            onChange={(event) => filter({ annee: Number(event.currentTarget.value) || undefined })}
            data={[
              { value: '', label: t('documents.filters.allYears') },
              ...withCurrent(data?.facets.years ?? [], search.annee).map((year) => String(year)),
            ]}
          />
          <NativeSelect
            label={t('documents.filters.kind')}
            value={search.type ?? ''}
            onChange={(event) => filter({ type: event.currentTarget.value || undefined })}
            data={[{ value: '', label: t('documents.filters.allKinds') }, ...withCurrent(data?.facets.kinds ?? [], search.type)]}
          />
        </SimpleGrid>
        <SegmentedControl
          value={search.nouveaux ? 'new' : 'all'}
          onChange={(value) => filter({ nouveaux: value === 'new' || undefined })}
          aria-label={t('documents.filters.newLabel')}
          data={[
            { value: 'all', label: t('documents.filters.all') },
            { value: 'new', label: t('documents.filters.onlyNew') },
          ]}
          w="fit-content"
        />
      </Stack>
      <Group justify="space-between" gap="sm">
        <Text aria-live="polite" fw={600}>
          {data ? t('documents.resultCount', { count: data.total }) : ''}
        </Text>
        {filtered && (
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setTyped('');
              go({});
            }}
          >
            {t('documents.filters.reset')}
          </Button>
        )}
      </Group>
      {list.isPending && <Loader aria-label={t('app.loading')} />}
      {data && items.length === 0 && (
        <Card>
          <Text>{t(filtered ? 'documents.noMatch' : 'documents.empty')}</Text>
        </Card>
      )}
      {items.length > 0 && <DocumentList documents={items} onPreview={(document) => go({ ...search, document: document.id })} />}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={search.page ?? 1}
          onChange={(page) => go(dropEmpty({ ...search, page: page > 1 ? page : undefined }))}
          getControlProps={(control) => ({ 'aria-label': t(`documents.pagination.${control}`) })}
          getItemProps={(page) => ({ 'aria-label': t('documents.pagination.page', { page }) })}
          aria-label={t('documents.pagination.label')}
          withEdges={false}
        />
      )}
      <DocumentPreviewModal document={preview.document} onClose={closePreview} />
    </Stack>
  );
}

/** The server's page size for the list (its default). */
const PAGE_SIZE = 50;

/**
 * The document named in the address: taken from the list when it is there, else asked for (a link from a
 * notification may name a document of another folder or page).
 */
function usePreviewed(documentId: string | undefined, items: DocumentItem[]) {
  const listed = documentId ? items.find((item) => item.id === documentId) : undefined;
  const fetched = useQuery({ ...documentQuery(documentId ?? ''), enabled: Boolean(documentId) && !listed });
  return {
    document: documentId ? (listed ?? fetched.data ?? null) : null,
    error: documentId && !listed && fetched.error ? fetched.error.message : null,
  };
}

/** A value chosen from the address stays selectable even when the answer no longer lists it. */
function withCurrent<T extends string | number>(values: T[], current: T | undefined): T[] {
  return current === undefined || values.includes(current) ? values : [current, ...values];
}

function dropEmpty(search: DocumentsSearch): DocumentsSearch {
  return Object.fromEntries(
    Object.entries(search).filter(([, value]) => value !== undefined && value !== '' && value !== false),
  ) as DocumentsSearch;
}
