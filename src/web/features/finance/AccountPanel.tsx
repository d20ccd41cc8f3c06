import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Group,
  Loader,
  Menu,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconDownload, IconFileExport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { documentFileUrl, type ExportFormat, exportUrl, type FinanceAccount, statementQuery } from './finance.queries.ts';

const formats: ExportFormat[] = ['pdf', 'csv', 'xlsx'];

interface AccountPanelProps {
  account: FinanceAccount;
  /** The "Payer votre solde" action, given by the payment feature when it arrives; nothing is shown without it. */
  paymentAction?: ReactNode;
  /** What the running direct debit will do next, shown under the header while one is in progress. */
  directDebitDetails?: ReactNode;
}

/** One property's account: its balance today, then its entries of the chosen year. */
export function AccountPanel({ account, paymentAction, directDebitDetails }: AccountPanelProps) {
  const { t } = useTranslation();
  const [year, setYear] = useState<number | undefined>(undefined);
  const statement = useQuery(statementQuery(account.key, year));
  const shown = statement.data;
  const titleId = `account-${account.key.replace(/[^A-Za-z0-9-]/g, '')}`;
  return (
    <Card component="section" aria-labelledby={titleId} padding={0}>
      <Box bg={account.balanceCents < 0 ? 'red.9' : 'teal.9'} c="white" p="md">
        <Group justify="space-between">
          <Title order={2} fz="h4" id={titleId} c="white">
            {t('finance.balanceAt', { date: frenchDate(account.balanceDate) })}
          </Title>
          <Text fz="xl" fw={700} c="white">
            {formatEuros(account.balanceCents)}
          </Text>
        </Group>
      </Box>
      <Stack p="md" gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>{account.label}</Text>
            <Text fz="sm" c="dimmed">
              {t(`finance.kind.${account.kind}`)}
            </Text>
          </div>
          <Group gap="sm">
            {account.directDebitInProgress && <Badge color="teal.9">{t('finance.directDebitInProgress')}</Badge>}
            {!account.directDebitInProgress && paymentAction}
            {shown && (
              <Menu position="bottom-end">
                <Menu.Target>
                  <Button variant="light" leftSection={<IconFileExport size={18} aria-hidden />}>
                    {t('finance.export')}
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  {formats.map((format) => (
                    <Menu.Item key={format} component="a" href={exportUrl(account.key, shown.year, format)} download>
                      {t(`finance.format.${format}`)}
                    </Menu.Item>
                  ))}
                </Menu.Dropdown>
              </Menu>
            )}
          </Group>
        </Group>
        {account.directDebitInProgress && directDebitDetails}
        {statement.isPending && <Loader aria-label={t('app.loading')} />}
        {statement.error && (
          <Alert color="red" role="alert">
            {statement.error.message}
          </Alert>
        )}
        {shown && (
          <>
            <SegmentedControl
              aria-label={t('finance.year')}
              value={String(shown.year)}
              onChange={(value) => setYear(Number(value))}
              data={shown.years.map((candidate) => ({ value: String(candidate), label: String(candidate) }))}
            />
            <Table aria-label={t('finance.entriesOf', { year: shown.year })} striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('finance.date')}</Table.Th>
                  <Table.Th>{t('finance.label')}</Table.Th>
                  <Table.Th ta="right">{t('finance.amount')}</Table.Th>
                  <Table.Th ta="right">{t('finance.runningBalance')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('finance.document')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                <Table.Tr>
                  <Table.Td>{formatDate(`${shown.year}-01-01`)}</Table.Td>
                  <Table.Td>{t('finance.opening')}</Table.Td>
                  <Table.Td />
                  <Table.Td ta="right">{formatEuros(shown.openingBalanceCents)}</Table.Td>
                  <Table.Td />
                </Table.Tr>
                {shown.lines.map((line) => (
                  <Table.Tr key={line.id}>
                    <Table.Td>{formatDate(line.date)}</Table.Td>
                    <Table.Td>{line.label}</Table.Td>
                    <Table.Td ta="right" c={line.amountCents < 0 ? 'red.9' : undefined} style={{ whiteSpace: 'nowrap' }}>
                      {formatEuros(line.amountCents)}
                    </Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatEuros(line.balanceCents)}
                    </Table.Td>
                    <Table.Td>
                      {line.documentId && (
                        <ActionIcon
                          component="a"
                          href={documentFileUrl(line.documentId)}
                          download
                          variant="subtle"
                          aria-label={t('finance.downloadDocument', { label: line.label })}
                        >
                          <IconDownload size={18} aria-hidden />
                        </ActionIcon>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {shown.lines.length === 0 && <Text c="dimmed">{t('finance.noEntries', { year: shown.year })}</Text>}
          </>
        )}
      </Stack>
    </Card>
  );
}
