import { ActionIcon, Alert, Badge, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { parseCalendarDate } from '../../../domain/calendar.ts';
import { frenchMonthName } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { documentFileUrl } from '../finance/finance.queries.ts';
import { statusColor, tenantRentQuery } from './rent.queries.ts';

const monthName = (periodStart: string) => {
  const { year, month } = parseCalendarDate(periodStart);
  const name = frenchMonthName(month);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
};

/** "Avis d'échéance et quittances" of a tenant's account: month by month, its status and its PDFs. */
export function TenantRentMonths({ accountKey }: { accountKey: string }) {
  const { t } = useTranslation();
  const rent = useQuery(tenantRentQuery(accountKey));
  const titleId = `rent-${accountKey.replace(/[^A-Za-z0-9-]/g, '')}`;
  const months = rent.data?.months ?? [];
  return (
    <Card component="section" aria-labelledby={titleId}>
      <Stack gap="md">
        <Title order={2} fz="h4" id={titleId}>
          {t('rent.tenant.title')}
        </Title>
        {rent.isPending && <Loader aria-label={t('app.loading')} />}
        {rent.error && (
          <Alert color="red" role="alert">
            {rent.error.message}
          </Alert>
        )}
        {rent.data && months.length === 0 && <Text c="dimmed">{t('rent.tenant.empty')}</Text>}
        {months.length > 0 && (
          <Table aria-labelledby={titleId} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('rent.month')}</Table.Th>
                <Table.Th>{t('rent.dueDate')}</Table.Th>
                <Table.Th ta="right">{t('rent.amount')}</Table.Th>
                <Table.Th>{t('rent.statusLabel')}</Table.Th>
                <Table.Th>{t('rent.tenant.documents')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {months.map((month) => {
                const name = monthName(month.periodStart);
                return (
                  <Table.Tr key={month.id}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>{formatDate(month.dueDate)}</Table.Td>
                    <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                      <Text fz="sm">{formatEuros(month.rentCents + month.chargesCents)}</Text>
                      <Text fz="xs" c="dimmed">
                        {t('rent.split', { rent: formatEuros(month.rentCents), charges: formatEuros(month.chargesCents) })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[month.status]}>{t(`rent.status.${month.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        {month.noticeDocumentId && (
                          <ActionIcon
                            component="a"
                            href={documentFileUrl(month.noticeDocumentId)}
                            download
                            variant="subtle"
                            aria-label={t('rent.tenant.downloadNotice', { month: name })}
                          >
                            <IconDownload size={18} aria-hidden />
                          </ActionIcon>
                        )}
                        {month.receipts.map((receipt) =>
                          receipt.documentId ? (
                            <Badge
                              key={receipt.documentId}
                              component="a"
                              href={documentFileUrl(receipt.documentId)}
                              download
                              variant="light"
                              style={{ cursor: 'pointer' }}
                              aria-label={t(`rent.tenant.download.${receipt.kind}`, {
                                month: name,
                                amount: formatEuros(receipt.amountCents),
                              })}
                            >
                              {t(`rent.kind.${receipt.kind}`)}
                            </Badge>
                          ) : null,
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Card>
  );
}
