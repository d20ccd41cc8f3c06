import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import type { Debit } from './collections.queries.ts';

const statusColor: Record<Debit['status'], string> = {
  scheduled: 'gray',
  prenotified: 'blue',
  submitted: 'indigo',
  paid: 'green',
  returned: 'red',
};

/**
 * Debits with their debtor, RUM, amount, sequence and state; a returned one says why and when it is presented
 * again. `onReturn` offers to record a return on those the bank has received.
 */
export function DebitsTable({
  debits,
  caption,
  onReturn,
}: {
  debits: Debit[];
  caption: string;
  onReturn?: (debit: Debit) => void;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('collections.columns.debtor')}</Table.Th>
            <Table.Th scope="col">{t('collections.columns.payFor')}</Table.Th>
            <Table.Th scope="col">{t('collections.columns.mandate')}</Table.Th>
            <Table.Th scope="col">{t('collections.columns.date')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('collections.columns.amount')}
            </Table.Th>
            <Table.Th scope="col">{t('collections.columns.sequence')}</Table.Th>
            <Table.Th scope="col">{t('collections.columns.status')}</Table.Th>
            {onReturn ? (
              <Table.Th scope="col">
                <VisuallyHidden>{t('collections.columns.actions')}</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {debits.map((debit) => (
            <Table.Tr key={debit.id}>
              <Table.Td>
                <Text fz="sm">{debit.debtorName}</Text>
                {debit.clientReference ? (
                  <Text fz="xs" c="dimmed">
                    {debit.clientReference}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text fz="sm">{debit.accountLabel}</Text>
                <Text fz="xs" c="dimmed">
                  {debit.remittanceInformation}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text fz="xs" ff="monospace">
                  {debit.mandateReference}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(debit.collectionDate)}</Table.Td>
              <Table.Td ta="right">{formatEuros(debit.amountCents)}</Table.Td>
              <Table.Td>
                {debit.sequenceType}
                {debit.representsDebitId ? (
                  <Text fz="xs" c="dimmed">
                    {t('collections.debit.represented')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Stack gap={2}>
                  <Badge color={statusColor[debit.status]} variant="light">
                    {t(`collections.debitStatus.${debit.status}`)}
                  </Badge>
                  {debit.returnReasonCode ? (
                    <Text fz="xs">
                      {t('collections.debit.reason', { code: debit.returnReasonCode, label: debit.returnReasonLabel ?? '' })}
                    </Text>
                  ) : null}
                  {debit.representedBy ? (
                    <Text fz="xs">
                      {t('collections.debit.representedOn', { date: formatDate(debit.representedBy.collectionDate) })}
                    </Text>
                  ) : debit.status === 'returned' ? (
                    <Text fz="xs" c="dimmed">
                      {t('collections.debit.notRepresented')}
                    </Text>
                  ) : null}
                  {debit.excludedReason ? (
                    <Text fz="xs" c="orange.9">
                      {debit.excludedReason}
                    </Text>
                  ) : null}
                </Stack>
              </Table.Td>
              {onReturn ? (
                <Table.Td>
                  {debit.status === 'submitted' || debit.status === 'paid' ? (
                    <Button
                      size="xs"
                      variant="light"
                      color="red"
                      onClick={() => onReturn(debit)}
                      aria-label={t('collections.return.buttonLabel', { name: debit.debtorName })}
                    >
                      {t('collections.return.button')}
                    </Button>
                  ) : null}
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
