import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Pagination,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch, IconUpload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { NEW_COLOR } from '../documents/display.ts';
import { FOLDER_OPTIONS, isKnownFolder } from '../documents/folders.ts';
import { dropEmpty, type StaffDocumentsSearch } from './search.ts';
import { documentTargetsQuery, type StaffDocumentRow, staffDocumentsQuery } from './staffDocuments.queries.ts';

const PAGE_SIZE = 50;

/** "Documents" for staff: what the agency published, found by condominium, folder, year or words. */
export function StaffDocumentsPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/espace/gestion/documents' });
  const navigate = useNavigate({ from: '/gestion/documents' });
  const [typed, setTyped] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(typed.trim(), 300);

  const go = (next: StaffDocumentsSearch, replace = false) => void navigate({ search: dropEmpty(next), replace });
  const filter = (change: Partial<StaffDocumentsSearch>) => {
    const { page: _page, publies: _published, ...rest } = search;
    go({ ...rest, ...change });
  };
  const lastSearched = useRef(debounced);
  useEffect(() => {
    if (debounced === lastSearched.current) return;
    lastSearched.current = debounced;
    void navigate({
      search: (previous) => dropEmpty({ ...previous, q: debounced || undefined, page: undefined, publies: undefined }),
      replace: true,
    });
  }, [debounced, navigate]);

  const targets = useQuery(documentTargetsQuery(undefined));
  const list = useQuery(
    staffDocumentsQuery({
      ...(search.copropriete ? { condominiumId: search.copropriete } : {}),
      ...(search.dossier && isKnownFolder(search.dossier) ? { folder: search.dossier } : {}),
      ...(search.annee ? { year: search.annee } : {}),
      ...(search.q ? { q: search.q } : {}),
      ...(search.retires ? { includeWithdrawn: true } : {}),
      ...(search.page ? { page: search.page } : {}),
    }),
  );
  const items = list.data?.items ?? [];
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PAGE_SIZE)) : 1;
  const thisYear = new Date().getFullYear();

  return (
    <Stack gap="lg" maw={1200}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4}>
          <PageHeading>{t('staffDocuments.listTitle')}</PageHeading>
          <Text c="dimmed">{t('staffDocuments.listIntro')}</Text>
        </Stack>
        <Button
          leftSection={<IconUpload size={18} aria-hidden />}
          renderRoot={(props) => <Link to="/gestion/documents/publier" {...props} />}
        >
          {t('staffDocuments.publish.open')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {search.publies && (
          <Alert
            color="green"
            withCloseButton
            closeButtonLabel={t('staffDocuments.closeNotice')}
            onClose={() => go({ ...search, publies: undefined }, true)}
          >
            {t('staffDocuments.published', { count: search.publies })}
          </Alert>
        )}
      </div>
      <Stack component="section" gap="sm" aria-label={t('staffDocuments.filters.label')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
          <TextInput
            type="search"
            label={t('staffDocuments.filters.search')}
            leftSection={<IconSearch size={18} aria-hidden />}
            rightSection={list.isFetching ? <Loader size="xs" aria-hidden /> : null}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            maxLength={200}
          />
          <NativeSelect
            label={t('staffDocuments.filters.condominium')}
            value={search.copropriete ?? ''}
            onChange={(event) => filter({ copropriete: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: t('staffDocuments.filters.allCondominiums') },
              ...(targets.data?.condominiums ?? []).map((condominium) => ({ value: condominium.id, label: condominium.name })),
            ]}
          />
          <NativeSelect
            label={t('staffDocuments.filters.folder')}
            value={search.dossier ?? ''}
            onChange={(event) => filter({ dossier: event.currentTarget.value || undefined })}
            data={[{ value: '', label: t('staffDocuments.filters.allFolders') }, ...FOLDER_OPTIONS]}
          />
          <NativeSelect
            label={t('staffDocuments.filters.year')}
            value={search.annee ? String(search.annee) : ''}
            onChange={(event) => filter({ annee: Number(event.currentTarget.value) || undefined })}
            data={[
              { value: '', label: t('staffDocuments.filters.allYears') },
              ...Array.from({ length: 31 }, (_, index) => String(thisYear + 1 - index)),
            ]}
          />
        </SimpleGrid>
        <Checkbox
          label={t('staffDocuments.filters.includeWithdrawn')}
          checked={search.retires ?? false}
          onChange={(event) => filter({ retires: event.currentTarget.checked || undefined })}
        />
      </Stack>
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      {list.isPending && <Loader aria-label={t('app.loading')} />}
      <Text aria-live="polite" fw={600}>
        {list.data ? t('staffDocuments.resultCount', { count: list.data.total }) : ''}
      </Text>
      {list.data && items.length === 0 && <Text c="dimmed">{t('staffDocuments.noResult')}</Text>}
      {items.length > 0 && <DocumentsTable items={items} />}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={search.page ?? 1}
          onChange={(page) => go({ ...search, publies: undefined, page: page > 1 ? page : undefined })}
          getControlProps={(control) => ({ 'aria-label': t(`documents.pagination.${control}`) })}
          getItemProps={(page) => ({ 'aria-label': t('documents.pagination.page', { page }) })}
          aria-label={t('documents.pagination.label')}
          withEdges={false}
        />
      )}
    </Stack>
  );
}

function DocumentsTable({ items }: { items: StaffDocumentRow[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('staffDocuments.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('staffDocuments.columns.folder')}</Table.Th>
            <Table.Th scope="col">{t('staffDocuments.columns.scope')}</Table.Th>
            <Table.Th scope="col">{t('staffDocuments.columns.versions')}</Table.Th>
            <Table.Th scope="col">{t('staffDocuments.columns.downloads')}</Table.Th>
            <Table.Th scope="col">{t('staffDocuments.columns.published')}</Table.Th>
            <Table.Th scope="col">{t('staffDocuments.columns.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Anchor
                  fw={600}
                  renderRoot={(props) => <Link to="/gestion/documents/$documentId" params={{ documentId: item.id }} {...props} />}
                >
                  {item.title}
                </Anchor>
                <Text fz="xs" c="dimmed">
                  {item.kind} · {item.year}
                </Text>
              </Table.Td>
              <Table.Td>{item.folderLabel}</Table.Td>
              <Table.Td>{item.addresseeName ? `${item.scopeLabel} · ${item.addresseeName}` : item.scopeLabel}</Table.Td>
              <Table.Td>{item.versionCount}</Table.Td>
              <Table.Td>{item.downloadCount}</Table.Td>
              <Table.Td>
                <Text fz="sm">{formatDateTime(item.publishedAt)}</Text>
                {item.publishedBy && (
                  <Text fz="xs" c="dimmed">
                    {item.publishedBy}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {item.withdrawnAt ? (
                  <Badge color="red.9" variant="filled" tt="none" miw="max-content">
                    {t('staffDocuments.withdrawn')}
                  </Badge>
                ) : (
                  <Badge color={NEW_COLOR} variant="outline" tt="none" miw="max-content">
                    {t('staffDocuments.online')}
                  </Badge>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
