import { Alert, Anchor, Badge, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { type Contract, propertyContractsQuery } from './contracts.queries.ts';

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

function Supplier({ contract }: { contract: Contract }) {
  const { supplier } = contract;
  return (
    <Stack gap={2}>
      <Text fz="sm" fw={600}>
        {supplier.name}
      </Text>
      {supplier.phone ? (
        <Anchor fz="sm" href={telHref(supplier.phone)}>
          {supplier.phone}
        </Anchor>
      ) : null}
      {supplier.email ? (
        <Anchor fz="sm" href={`mailto:${supplier.email}`} style={{ overflowWrap: 'anywhere' }}>
          {supplier.email}
        </Anchor>
      ) : null}
    </Stack>
  );
}

/**
 * The "Contrats" tab: the building's contracts in force and those ended within a year, in the seed's table
 * (Date, Fournisseur, Objet, Échéance, Montant annuel). Amounts and dates the French way, whatever the language.
 */
export function ContractsPanel({ property }: { property: { lotId: string } | { unitId: string } }) {
  const { t } = useTranslation();
  const list = useQuery(propertyContractsQuery(property));
  if (list.isPending) return <Loader size="sm" aria-label={t('app.loading')} />;
  if (list.error) {
    return (
      <Alert color="red" role="alert">
        {list.error.message}
      </Alert>
    );
  }
  const { contracts } = list.data;
  if (contracts.length === 0) return <Text>{t('contracts.tab.empty')}</Text>;

  return (
    <Stack gap="sm">
      <Table withTableBorder striped layout="fixed" verticalSpacing="sm">
        <Table.Caption>{t('contracts.tab.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="14%">
              {t('contracts.columns.date')}
            </Table.Th>
            <Table.Th scope="col">{t('contracts.columns.supplier')}</Table.Th>
            <Table.Th scope="col">{t('contracts.columns.subject')}</Table.Th>
            <Table.Th scope="col" w="18%">
              {t('contracts.columns.end')}
            </Table.Th>
            <Table.Th scope="col" w="16%" style={{ textAlign: 'right' }}>
              {t('contracts.columns.amount')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contracts.map((contract) => (
            <Table.Tr key={contract.id}>
              <Table.Td>{formatDate(contract.startDate)}</Table.Td>
              <Table.Td>
                <Supplier contract={contract} />
              </Table.Td>
              <Table.Td>
                <Text fz="sm" fw={600}>
                  {t(`contracts.kinds.${contract.kind}`)}
                </Text>
                <Text fz="sm">{contract.title}</Text>
                {contract.contractNumber ? (
                  <Text fz="xs" c="dimmed">
                    {t('contracts.number', { number: contract.contractNumber })}
                  </Text>
                ) : null}
                {contract.documentId ? (
                  <Anchor fz="sm" href={`/documents?document=${contract.documentId}`}>
                    {t('contracts.tab.document', { title: contract.title })}
                  </Anchor>
                ) : null}
              </Table.Td>
              <Table.Td>
                {contract.endDate ? formatDate(contract.endDate) : t('contracts.tacitRenewal')}
                {contract.status === 'termine' ? (
                  <Badge display="block" mt={4} size="sm" variant="filled" color="gray.8">
                    {t('contracts.status.termine')}
                  </Badge>
                ) : null}
              </Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatEuros(contract.yearlyAmountCents)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Text fz="sm" c="dimmed">
        {t('contracts.tab.note')}
      </Text>
    </Stack>
  );
}
