import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { meQuery } from '../../api/queries.ts';
import { isLandlord } from '../../app/navigation.ts';
import { formatDate } from '../../ui/format.ts';
import { QueryStatus } from '../../ui/QueryStatus.tsx';
import { myStatementsQuery, statementFileUrl } from './landlordStatements.queries.ts';

/**
 * "Comptes rendus de gérance" on /finances, for landlords only (seed 002, chapter IV): each period's fees and
 * the amount transferred, with the statement's PDF.
 */
export function LandlordStatementsSection() {
  const me = useQuery(meQuery);
  if (me.data?.kind !== 'client' || !isLandlord(me.data)) return null;
  return <LandlordStatements />;
}

function LandlordStatements() {
  const { t } = useTranslation();
  const statements = useQuery(myStatementsQuery);
  return (
    <Card component="section" aria-labelledby="landlord-statements-heading">
      <Stack gap="sm">
        <Title order={2} fz="h4" id="landlord-statements-heading">
          {t('landlordStatements.section.title')}
        </Title>
        <QueryStatus
          query={statements}
          isEmpty={statements.data?.statements.length === 0}
          emptyText={t('landlordStatements.section.empty')}
        />
        {statements.data && statements.data.statements.length > 0 ? (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Caption>{t('landlordStatements.section.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('landlordStatements.period')}</Table.Th>
                  <Table.Th scope="col">{t('landlordStatements.mandate')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('landlordStatements.fees')}
                  </Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('landlordStatements.transferred')}
                  </Table.Th>
                  <Table.Th scope="col">{t('landlordStatements.pdf')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {statements.data.statements.map((statement) => (
                  <Table.Tr key={statement.id}>
                    <Table.Th scope="row" fw={400}>
                      <Text fw={600} fz="sm">
                        {statement.periodLabel}
                      </Text>
                      <Text c="dimmed" fz="xs">
                        {t('landlordStatements.range', {
                          start: formatDate(statement.periodStart),
                          end: formatDate(statement.periodEnd),
                        })}
                      </Text>
                    </Table.Th>
                    <Table.Td>{statement.mandateReference}</Table.Td>
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatEuros(statement.feesCents)}</Table.Td>
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                      {formatEuros(statement.transferredCents)}
                    </Table.Td>
                    <Table.Td>
                      {statement.documentId ? (
                        <Anchor href={statementFileUrl(statement.documentId)}>
                          {t('landlordStatements.pdfFor', { period: statement.periodLabel })}
                        </Anchor>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
    </Card>
  );
}
