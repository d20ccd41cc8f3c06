import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { QueryFallback } from '../../ui/QueryStatus.tsx';
import { councilExpensesQuery } from './council.queries.ts';
import { ExportLinks } from './ExportLinks.tsx';

/** A link to an invoice's PDF, opened in the browser's viewer. */
export function InvoiceLink({ number, pdfUrl }: { number: string | null; pdfUrl: string | null }) {
  const { t } = useTranslation();
  if (!pdfUrl) return number ? <Text span>{number}</Text> : null;
  const inline = pdfUrl.startsWith('/api/documents/') ? `${pdfUrl}?disposition=inline` : pdfUrl;
  return (
    <Anchor href={inline} target="_blank" rel="noopener">
      {t('council.invoicePdf', { number: number ?? '' })}
    </Anchor>
  );
}

/** Relevé général des dépenses: one table per charge account, its lines grouped by allocation key. */
export function ExpensesTab({ condominiumId, year }: { condominiumId: string; year: number }) {
  const { t } = useTranslation();
  const expenses = useQuery(councilExpensesQuery(condominiumId, year));
  if (expenses.error || !expenses.data) return <QueryFallback error={expenses.error} />;
  const { accounts, totalCents } = expenses.data;
  return (
    <Stack gap="xl">
      <Title order={2} fz="lg">
        {t('council.expenses.title', { year, total: formatEuros(totalCents) })}
      </Title>
      <ExportLinks condominiumId={condominiumId} report="expenses" year={year} />
      {accounts.length === 0 ? <Text>{t('council.expenses.none')}</Text> : null}
      {accounts.map((account) => (
        <Table.ScrollContainer key={account.accountCode} minWidth={720}>
          <Table withTableBorder striped>
            <Table.Caption>
              {t('council.expenses.caption', {
                code: account.accountCode,
                label: account.label,
                total: formatEuros(account.totalCents),
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('council.expenses.date')}</Table.Th>
                <Table.Th scope="col">{t('council.expenses.supplier')}</Table.Th>
                <Table.Th scope="col">{t('council.expenses.label')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('council.expenses.amount')}
                </Table.Th>
                <Table.Th scope="col">{t('council.expenses.invoice')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            {account.keys.map((key) => (
              <Table.Tbody key={key.keyId ?? 'none'}>
                <Table.Tr>
                  <Table.Th scope="rowgroup" colSpan={3} bg="var(--mantine-color-gray-1)">
                    {key.name}
                  </Table.Th>
                  <Table.Td ta="right" fw={700} bg="var(--mantine-color-gray-1)" style={{ whiteSpace: 'nowrap' }}>
                    {formatEuros(key.totalCents)}
                  </Table.Td>
                  <Table.Td bg="var(--mantine-color-gray-1)" />
                </Table.Tr>
                {key.lines.map((line) => (
                  <Table.Tr key={line.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(line.date)}</Table.Td>
                    <Table.Td>{line.supplierName ?? '—'}</Table.Td>
                    <Table.Td>{line.label}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {formatEuros(line.amountCents)}
                    </Table.Td>
                    <Table.Td>
                      <InvoiceLink number={line.invoiceNumber} pdfUrl={line.pdfUrl} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            ))}
          </Table>
        </Table.ScrollContainer>
      ))}
    </Stack>
  );
}
