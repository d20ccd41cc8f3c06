import { Alert, Badge, Button, Card, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addMonths, firstOfMonth, parisDate } from '../../../domain/calendar.ts';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { rentActions, staffRentCallsQuery, statusColor } from './rent.queries.ts';

const nextMonth = () => addMonths(firstOfMonth(parisDate(new Date())), 1).slice(0, 7);

/** "Loyers" (staff): call a month's rent, see each lease's call and what is paid, issue quittances and receipts. */
export function RentPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [month, setMonth] = useState(nextMonth);
  const [message, setMessage] = useState<string | null>(null);
  const valid = /^20\d{2}-(0[1-9]|1[0-2])$/.test(month);
  const calls = useQuery({ ...staffRentCallsQuery(month), enabled: valid });
  const call = useMutation({
    mutationFn: () => rentActions.call(month),
    onSuccess: async (counts) => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'rent-calls'] });
      setMessage(t('rent.staff.called', { count: counts.called, total: formatEuros(counts.totalCents) }));
    },
  });
  const receipts = useMutation({
    mutationFn: () => rentActions.runReceipts(),
    onSuccess: async (counts) => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'rent-calls'] });
      setMessage(t('rent.staff.receiptsDone', { quittances: counts.quittances, receipts: counts.receipts }));
    },
  });
  const rows = calls.data?.calls ?? [];
  return (
    <Stack gap="lg">
      <PageHeading>{t('rent.staff.title')}</PageHeading>
      <Card>
        <Group align="flex-end">
          <TextInput
            type="month"
            label={t('rent.staff.month')}
            value={month}
            onChange={(event) => setMonth(event.currentTarget.value)}
            error={valid ? undefined : t('rent.staff.monthInvalid')}
          />
          <Button onClick={() => call.mutate()} loading={call.isPending} disabled={!valid}>
            {t('rent.staff.call')}
          </Button>
          <Button variant="light" onClick={() => receipts.mutate()} loading={receipts.isPending}>
            {t('rent.staff.runReceipts')}
          </Button>
        </Group>
      </Card>
      {message && (
        <Alert color="teal" role="status" withCloseButton onClose={() => setMessage(null)}>
          {message}
        </Alert>
      )}
      {(call.error ?? receipts.error) && (
        <Alert color="red" role="alert">
          {(call.error ?? receipts.error)?.message}
        </Alert>
      )}
      {calls.isPending && valid && <Loader aria-label={t('app.loading')} />}
      {calls.data && rows.length === 0 && <Text c="dimmed">{t('rent.staff.empty')}</Text>}
      {rows.length > 0 && (
        <Table aria-label={t('rent.staff.tableLabel')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('rent.staff.unit')}</Table.Th>
              <Table.Th>{t('rent.staff.tenants')}</Table.Th>
              <Table.Th>{t('rent.dueDate')}</Table.Th>
              <Table.Th ta="right">{t('rent.amount')}</Table.Th>
              <Table.Th ta="right">{t('rent.staff.paid')}</Table.Th>
              <Table.Th>{t('rent.statusLabel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Text fz="sm" fw={600}>
                    {row.unitReference}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {row.address} — {row.leaseReference}
                  </Text>
                </Table.Td>
                <Table.Td>{row.tenants.join(', ')}</Table.Td>
                <Table.Td>{formatDate(row.dueDate)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(row.rentCents + row.chargesCents)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(row.paidCents)}
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge color={statusColor[row.status]}>{t(`rent.status.${row.status}`)}</Badge>
                    {row.quittanceIssued && <Badge variant="light">{t('rent.kind.quittance')}</Badge>}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
