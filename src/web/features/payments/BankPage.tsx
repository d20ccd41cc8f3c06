import { Alert, Badge, Button, Group, Input, List, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFileUpload, IconUpload, IconX } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { AssignModal } from './AssignModal.tsx';
import {
  type BankTransaction,
  bankAccountsQuery,
  type ImportResult,
  paymentActions,
  transactionsQuery,
} from './payments.queries.ts';

const MAX_STATEMENT_BYTES = 5 * 1024 * 1024;
/** What banks export: CAMT.053 XML or CSV (some systems call CSV text/plain or an Excel type). */
const STATEMENT_TYPES = {
  'application/xml': ['.xml'],
  'text/xml': ['.xml'],
  'text/csv': ['.csv'],
  'text/plain': ['.csv', '.txt'],
  'application/vnd.ms-excel': ['.csv'],
};

type Filter = 'unmatched' | 'matched' | 'ignored' | 'all';

/**
 * "/gestion/banque": the agency's bank accounts; a statement dropped here is imported and matched at once, and
 * what could not be matched waits in the list to be assigned to a client or set aside.
 */
export function BankPage() {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/gestion/banque' });
  const { compte } = useSearch({ from: '/espace/gestion/banque' });
  const accounts = useQuery(bankAccountsQuery);
  const list = accounts.data?.accounts ?? [];
  const selected = list.find((account) => account.id === compte) ?? (list.length === 1 ? list[0] : undefined);

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeading>{t('payments.bank.pageTitle')}</PageHeading>
      <Text c="dimmed">{t('payments.bank.intro')}</Text>
      {accounts.error ? (
        <Alert color="red" role="alert">
          {accounts.error.message}
        </Alert>
      ) : null}
      {accounts.data && list.length === 0 ? <Alert color="blue">{t('payments.bank.noAccount')}</Alert> : null}
      {list.length > 0 ? (
        <Select
          label={t('payments.bank.account')}
          placeholder={t('payments.bank.chooseAccount')}
          data={list.map((account) => ({
            value: account.id,
            label: `${account.ledgerName} — ${account.ibanMasked}${
              account.toReviewCount > 0 ? ` (${t('payments.bank.toReviewCount', { count: account.toReviewCount })})` : ''
            }`,
          }))}
          value={selected?.id ?? null}
          onChange={(value) => void navigate({ search: value ? { compte: value } : {} })}
          allowDeselect={false}
          w={560}
        />
      ) : null}
      {selected ? <AccountWorkspace key={selected.id} bankAccountId={selected.id} /> : null}
    </Stack>
  );
}

function AccountWorkspace({ bankAccountId }: { bankAccountId: string }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('unmatched');
  const [notice, setNotice] = useState<string | null>(null);
  const transactions = useQuery(transactionsQuery(bankAccountId, filter === 'all' ? undefined : filter));
  return (
    <Stack gap="lg">
      <StatementDrop bankAccountId={bankAccountId} />
      <div role="status" aria-live="polite">
        {notice ? (
          <Alert color="green" withCloseButton closeButtonLabel={t('payments.close')} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
      </div>
      <Stack gap="sm">
        <Text component="h2" fw={700} size="lg">
          {t('payments.bank.transactionsTitle')}
        </Text>
        <SegmentedControl
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          aria-label={t('payments.bank.filter')}
          data={(['unmatched', 'matched', 'ignored', 'all'] as const).map((value) => ({
            value,
            label: t(`payments.bank.filters.${value}`),
          }))}
          w="fit-content"
        />
        {transactions.error ? (
          <Alert color="red" role="alert">
            {transactions.error.message}
          </Alert>
        ) : null}
        {transactions.data ? (
          <TransactionsTable bankAccountId={bankAccountId} rows={transactions.data.transactions} onNotice={setNotice} />
        ) : (
          <Text>{t('app.loading')}</Text>
        )}
      </Stack>
    </Stack>
  );
}

function StatementDrop({ bankAccountId }: { bankAccountId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const openRef = useRef<() => void>(null);
  const [rejected, setRejected] = useState<string | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => paymentActions.importStatement(bankAccountId, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff', 'payments'] }),
  });
  const send = (files: File[]) => {
    setRejected(null);
    const [file] = files;
    if (file) upload.mutate(file);
  };
  return (
    <Stack gap="xs">
      <Input.Wrapper
        id="statement-file"
        label={t('payments.bank.importTitle')}
        labelElement="div"
        description={t('payments.bank.importHelp')}
      >
        <Dropzone
          onDrop={send}
          onReject={([first]) => setRejected(first ? t('payments.bank.fileRejected', { name: first.file.name }) : null)}
          accept={STATEMENT_TYPES}
          maxSize={MAX_STATEMENT_BYTES}
          multiple={false}
          loading={upload.isPending}
          mt={6}
          openRef={openRef}
          activateOnKeyboard={false}
          inputProps={{ id: 'statement-file-input', 'aria-label': t('payments.bank.importTitle') }}
        >
          <Group justify="center" gap="md" mih={100} style={{ pointerEvents: 'none' }}>
            <Dropzone.Accept>
              <IconUpload size={36} aria-hidden />
            </Dropzone.Accept>
            <Dropzone.Reject>
              <IconX size={36} aria-hidden />
            </Dropzone.Reject>
            <Dropzone.Idle>
              <IconFileUpload size={36} aria-hidden />
            </Dropzone.Idle>
            <Text>{t('payments.bank.dropHere')}</Text>
          </Group>
        </Dropzone>
      </Input.Wrapper>
      <Group>
        <Button variant="light" onClick={() => openRef.current?.()} loading={upload.isPending}>
          {t('payments.bank.chooseFile')}
        </Button>
      </Group>
      <div role="status" aria-live="polite">
        {rejected ? (
          <Alert color="red" role="alert">
            {rejected}
          </Alert>
        ) : null}
        {upload.error ? (
          <Alert color="red" role="alert">
            <Text fw={700}>{t('payments.bank.importFailed')}</Text>
            {upload.error.message}
          </Alert>
        ) : null}
        {upload.data ? <ImportSummary result={upload.data} /> : null}
      </div>
    </Stack>
  );
}

function ImportSummary({ result }: { result: ImportResult }) {
  const { t } = useTranslation();
  const { counts } = result;
  return (
    <Alert color={counts.new === 0 ? 'blue' : 'green'}>
      <Text fw={700}>{t('payments.bank.importDone')}</Text>
      {counts.new === 0 ? (
        <Text>{t('payments.bank.alreadyImported', { count: counts.lines })}</Text>
      ) : (
        <List size="sm">
          <List.Item>{t('payments.bank.counts.new', { count: counts.new })}</List.Item>
          {counts.alreadyImported > 0 ? (
            <List.Item>{t('payments.bank.counts.alreadyImported', { count: counts.alreadyImported })}</List.Item>
          ) : null}
          <List.Item>{t('payments.bank.counts.matched', { count: counts.matched })}</List.Item>
          {counts.collections > 0 ? (
            <List.Item>{t('payments.bank.counts.collections', { count: counts.collections })}</List.Item>
          ) : null}
          {counts.returns > 0 ? <List.Item>{t('payments.bank.counts.returns', { count: counts.returns })}</List.Item> : null}
          <List.Item>{t('payments.bank.counts.unmatched', { count: counts.unmatched })}</List.Item>
        </List>
      )}
    </Alert>
  );
}

function TransactionsTable({
  bankAccountId,
  rows,
  onNotice,
}: {
  bankAccountId: string;
  rows: BankTransaction[];
  onNotice: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [assigning, setAssigning] = useState<BankTransaction | null>(null);
  const ignore = useMutation({
    mutationFn: (id: string) => paymentActions.ignore(id),
    onSuccess: () => {
      onNotice(t('payments.bank.ignored'));
      return queryClient.invalidateQueries({ queryKey: ['staff', 'payments'] });
    },
  });
  if (rows.length === 0) return <Text c="dimmed">{t('payments.bank.noTransactions')}</Text>;
  return (
    <>
      {ignore.error ? (
        <Alert color="red" role="alert">
          {ignore.error.message}
        </Alert>
      ) : null}
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('payments.bank.columns.date')}</Table.Th>
              <Table.Th scope="col">{t('payments.bank.columns.label')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('payments.bank.columns.amount')}
              </Table.Th>
              <Table.Th scope="col">{t('payments.bank.columns.status')}</Table.Th>
              <Table.Th scope="col">{t('payments.bank.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>{formatDate(row.bookingDate)}</Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {row.counterpartyName ?? '—'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {row.remittanceInformation ?? ''}
                    {row.returnReasonCode ? ` — ${t('payments.bank.returnReason', { code: row.returnReasonCode })}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(row.amountCents)}
                </Table.Td>
                <Table.Td>
                  <Badge
                    color={row.status === 'matched' ? 'green.9' : row.status === 'ignored' ? 'gray.9' : 'blue.9'}
                    variant="filled"
                    tt="none"
                  >
                    {t(`payments.bank.status.${row.status}`)}
                  </Badge>
                  {row.matchedPerson ? (
                    <Text size="xs">
                      {row.matchedPerson.name}
                      {row.matchedPerson.reference ? ` (${row.matchedPerson.reference})` : ''}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {row.status === 'unmatched' ? (
                    <Group gap="xs" wrap="nowrap">
                      {row.amountCents > 0 ? (
                        <Button size="xs" onClick={() => setAssigning(row)}>
                          {t('payments.bank.assign')}
                        </Button>
                      ) : null}
                      <Button
                        size="xs"
                        variant="default"
                        loading={ignore.isPending && ignore.variables === row.id}
                        onClick={() => ignore.mutate(row.id)}
                        aria-label={t('payments.bank.ignoreLabel', {
                          amount: formatEuros(row.amountCents),
                          date: formatDate(row.bookingDate),
                        })}
                      >
                        {t('payments.bank.ignore')}
                      </Button>
                    </Group>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {assigning ? (
        <AssignModal
          bankAccountId={bankAccountId}
          transaction={assigning}
          onClose={() => setAssigning(null)}
          onAssigned={(name) => {
            setAssigning(null);
            onNotice(t('payments.bank.assigned', { name }));
          }}
        />
      ) : null}
    </>
  );
}
