import { Alert, Anchor, Card, Loader, Pagination, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { type ClientSummary, clientListQuery } from './clientAccess.queries.ts';

/** "Clients": the agency's clients, searched by name, reference or lot; a table on desktop, cards on phones. */
export function ClientsPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/espace/gestion/clients' });
  const navigate = useNavigate({ from: '/gestion/clients' });
  const [typed, setTyped] = useState(search.q ?? '');
  const [debounced] = useDebouncedValue(typed.trim(), 300);
  const page = search.page ?? 1;
  const query = search.q ?? '';

  // The search lives in the address, so "back" from a client page returns to the same results.
  useEffect(() => {
    if (debounced !== query) void navigate({ search: debounced ? { q: debounced } : {}, replace: true });
  }, [debounced, query, navigate]);

  const list = useQuery(clientListQuery(query, page));
  const clients = list.data?.clients ?? [];
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / list.data.pageSize)) : 1;

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <PageHeading>{t('clientAccess.listTitle')}</PageHeading>
        <Text c="dimmed">{t('clientAccess.listIntro')}</Text>
      </Stack>
      <TextInput
        type="search"
        label={t('clientAccess.searchLabel')}
        description={t('clientAccess.searchHint')}
        placeholder={t('clientAccess.searchPlaceholder')}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={list.isFetching ? <Loader size="xs" aria-hidden /> : null}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
        maxLength={100}
        maw={560}
      />
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      <Text aria-live="polite" fw={600}>
        {list.data ? t('clientAccess.resultCount', { count: list.data.total }) : ''}
      </Text>
      {list.data && clients.length === 0 && <Text c="dimmed">{t('clientAccess.noResult')}</Text>}
      {clients.length > 0 && (
        <>
          <ClientTable clients={clients} />
          <Stack gap="sm" hiddenFrom="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {clients.map((client) => (
              <ClientCard key={client.personId} client={client} />
            ))}
          </Stack>
        </>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={page}
          onChange={(next) => void navigate({ search: { ...(query ? { q: query } : {}), page: next } })}
          getControlProps={(control) => ({
            'aria-label': t(`clientAccess.paginationControls.${control}`),
          })}
          getItemProps={(item) => ({ 'aria-label': t('clientAccess.pageNumber', { page: item }) })}
          aria-label={t('clientAccess.pagination')}
          withEdges={false}
        />
      )}
    </Stack>
  );
}

function ClientLink({ client }: { client: ClientSummary }) {
  return (
    <Anchor
      fw={600}
      renderRoot={(props) => <Link to="/gestion/clients/$personId" params={{ personId: client.personId }} {...props} />}
    >
      {client.displayName}
    </Anchor>
  );
}

function ClientTable({ clients }: { clients: ClientSummary[] }) {
  const { t } = useTranslation();
  return (
    <Table striped highlightOnHover visibleFrom="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('clientAccess.columns.name')}</Table.Th>
          <Table.Th scope="col">{t('clientAccess.columns.references')}</Table.Th>
          <Table.Th scope="col">{t('clientAccess.columns.email')}</Table.Th>
          <Table.Th scope="col">{t('clientAccess.columns.lots')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {clients.map((client) => (
          <Table.Tr key={client.personId}>
            <Table.Td>
              <ClientLink client={client} />
            </Table.Td>
            <Table.Td ff="monospace">{client.references.join(', ')}</Table.Td>
            <Table.Td style={{ wordBreak: 'break-all' }}>
              {client.email ?? (
                <Text span c="dimmed" fz="sm">
                  {t('clientAccess.noEmail')}
                </Text>
              )}
            </Table.Td>
            <Table.Td>{client.lots.join(', ')}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function ClientCard({ client }: { client: ClientSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Stack gap={6}>
        <ClientLink client={client} />
        <Text fz="sm" ff="monospace">
          {client.references.join(', ')}
        </Text>
        <Text fz="sm" c={client.email ? undefined : 'dimmed'} style={{ wordBreak: 'break-all' }}>
          {client.email ?? t('clientAccess.noEmail')}
        </Text>
        {client.lots.length > 0 && <Text fz="sm">{t('clientAccess.lotsList', { lots: client.lots.join(', ') })}</Text>}
      </Stack>
    </Card>
  );
}
