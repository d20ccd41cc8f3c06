import { Alert, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../domain/calendar.ts';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { trialBalanceQuery } from './council.queries.ts';

const money = (cents: number) => (cents === 0 ? '' : formatEuros(cents));

/** The balance générale at a date: the year's last day, or today for the current year. */
export function TrialBalanceTab({
  condominiumId,
  year,
  currentYear,
}: {
  condominiumId: string;
  year: number;
  currentYear: number;
}) {
  const { t } = useTranslation();
  const initial = year >= currentYear ? parisDate(new Date()) : `${year}-12-31`;
  const [date, setDate] = useState(initial);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const balance = useQuery({ ...trialBalanceQuery(condominiumId, valid ? date : initial) });
  return (
    <Stack gap="md">
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('council.balance.date')}
          value={date}
          onChange={(event) => setDate(event.currentTarget.value)}
          w={200}
        />
      </Group>
      <Text fz="sm" c="dimmed">
        {t('council.balance.note')}
      </Text>
      {balance.error ? (
        <Alert color="red" role="alert">
          {balance.error.message}
        </Alert>
      ) : null}
      {balance.data ? (
        <Table.ScrollContainer minWidth={760}>
          <Table withTableBorder striped>
            <Table.Caption>{t('council.balance.caption', { date: formatDate(balance.data.date) })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('council.balance.account')}</Table.Th>
                <Table.Th scope="col">{t('council.balance.label')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('council.balance.debit')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('council.balance.credit')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('council.balance.debitBalance')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('council.balance.creditBalance')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {balance.data.accounts.map((account) => (
                <Table.Tr key={account.accountCode}>
                  <Table.Th scope="row">{account.accountCode}</Table.Th>
                  <Table.Td>
                    {account.label}
                    {account.aggregated ? (
                      <Text span fz="xs" c="dimmed">
                        {' '}
                        {t('council.balance.aggregated')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  {[account.debitCents, account.creditCents, account.debitBalanceCents, account.creditBalanceCents].map(
                    (value, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: four fixed columns
                      <Table.Td key={index} ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {money(value)}
                      </Table.Td>
                    ),
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" colSpan={2}>
                  {t('council.balance.total')}
                </Table.Th>
                {[
                  balance.data.totals.debitCents,
                  balance.data.totals.creditCents,
                  balance.data.totals.debitBalanceCents,
                  balance.data.totals.creditBalanceCents,
                ].map((value, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: four fixed columns
                  <Table.Td key={index} ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
                    {formatEuros(value)}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      ) : (
        <Text>{t('app.loading')}</Text>
      )}
    </Stack>
  );
}
