import { Badge, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { QueryFallback } from '../../ui/QueryStatus.tsx';
import { councilBankOrdersQuery, councilInvoicesQuery, type SupplierInvoice } from './council.queries.ts';
import { InvoiceLink } from './ExpensesTab.tsx';

/** Ordres bancaires: what left the syndicate's separate account, to whom, and the invoice it settled. */
export function BankOrdersTab({ condominiumId, year }: { condominiumId: string; year: number }) {
  const { t } = useTranslation();
  const orders = useQuery(councilBankOrdersQuery(condominiumId, year));
  if (orders.error || !orders.data) return <QueryFallback error={orders.error} />;
  return (
    <Table.ScrollContainer minWidth={680}>
      <Table withTableBorder striped>
        <Table.Caption>{t('council.bankOrders.caption', { year, total: formatEuros(orders.data.totalCents) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('council.bankOrders.date')}</Table.Th>
            <Table.Th scope="col">{t('council.bankOrders.beneficiary')}</Table.Th>
            <Table.Th scope="col">{t('council.bankOrders.label')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('council.bankOrders.amount')}
            </Table.Th>
            <Table.Th scope="col">{t('council.bankOrders.invoice')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.data.orders.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={5}>{t('council.bankOrders.none')}</Table.Td>
            </Table.Tr>
          ) : null}
          {orders.data.orders.map((order) => (
            <Table.Tr key={order.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(order.date)}</Table.Td>
              <Table.Td>{order.beneficiary ?? '—'}</Table.Td>
              <Table.Td>{order.label}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatEuros(order.amountCents)}
              </Table.Td>
              <Table.Td>
                {order.invoice ? <InvoiceLink number={order.invoice.invoiceNumber} pdfUrl={order.invoice.pdfUrl} /> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function PaidBadge({ invoice }: { invoice: SupplierInvoice }) {
  const { t } = useTranslation();
  return invoice.paidOn ? (
    <Badge color="green.9" variant="light">
      {t('council.invoices.paidOn', { date: formatDate(invoice.paidOn) })}
    </Badge>
  ) : (
    <Badge color="orange.9" variant="light">
      {t('council.invoices.unpaid')}
    </Badge>
  );
}

/** The suppliers' invoices of the year, paid or not, each with its PDF. */
export function InvoicesTab({ condominiumId, year }: { condominiumId: string; year: number }) {
  const invoices = useQuery(councilInvoicesQuery(condominiumId, year));
  if (invoices.error || !invoices.data) return <QueryFallback error={invoices.error} />;
  return <InvoiceTable view={invoices.data} year={year} />;
}

export function InvoiceTable({
  view,
  year,
  action,
}: {
  view: { invoices: SupplierInvoice[]; totalCents: number; unpaidCents: number };
  year: number;
  action?: (invoice: SupplierInvoice) => React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table withTableBorder striped>
        <Table.Caption>
          {t('council.invoices.caption', {
            year,
            total: formatEuros(view.totalCents),
            unpaid: formatEuros(view.unpaidCents),
          })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('council.invoices.date')}</Table.Th>
            <Table.Th scope="col">{t('council.invoices.supplier')}</Table.Th>
            <Table.Th scope="col">{t('council.invoices.number')}</Table.Th>
            <Table.Th scope="col">{t('council.invoices.label')}</Table.Th>
            <Table.Th scope="col">{t('council.invoices.imputation')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('council.invoices.amount')}
            </Table.Th>
            <Table.Th scope="col">{t('council.invoices.status')}</Table.Th>
            <Table.Th scope="col">{t('council.invoices.pdf')}</Table.Th>
            {action ? <Table.Th scope="col">{t('council.invoices.actions')}</Table.Th> : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.invoices.length === 0 ? (
            <Table.Tr>
              <Table.Td colSpan={action ? 9 : 8}>{t('council.invoices.none')}</Table.Td>
            </Table.Tr>
          ) : null}
          {view.invoices.map((invoice) => (
            <Table.Tr key={invoice.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(invoice.invoiceDate)}</Table.Td>
              <Table.Td>{invoice.supplierName}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{invoice.invoiceNumber}</Table.Td>
              <Table.Td>{invoice.label}</Table.Td>
              <Table.Td>
                {invoice.accountCode}
                {invoice.allocationKey ? ` — ${invoice.allocationKey.name}` : ''}
              </Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatEuros(invoice.amountCents)}
              </Table.Td>
              <Table.Td>
                <PaidBadge invoice={invoice} />
              </Table.Td>
              <Table.Td>
                <InvoiceLink number={invoice.invoiceNumber} pdfUrl={invoice.pdfUrl} />
              </Table.Td>
              {action ? <Table.Td>{action(invoice)}</Table.Td> : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
