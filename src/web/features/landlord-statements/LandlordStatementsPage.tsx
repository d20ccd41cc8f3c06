import { Alert, Anchor, Button, Group, Modal, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../domain/calendar.ts';
import { statementPeriodLabel } from '../../../domain/landlord-statement.ts';
import { formatEuros } from '../../../domain/money.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { QueryStatus } from '../../ui/QueryStatus.tsx';
import {
  closedPeriods,
  issueStatements,
  type PeriodKind,
  staffStatementFileUrl,
  staffStatementsQuery,
} from './landlordStatements.queries.ts';

const amount = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/**
 * "/gestion/gerance": the rental agency chooses a closed month or quarter and issues every mandate's compte rendu
 * (fees and transfer posted, PDF published to the landlord), then finds them all below with their amounts.
 */
export function LandlordStatementsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const statements = useQuery(staffStatementsQuery);
  const [kind, setKind] = useState<PeriodKind>('month');
  const periods = closedPeriods(kind, parisDate(new Date()), kind === 'month' ? 12 : 4);
  const [chosen, setChosen] = useState<string | null>(null);
  const period = periods.find((row) => row.start === chosen) ?? periods[0];
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const issue = useMutation({
    mutationFn: () => issueStatements(period?.start ?? '', period?.end ?? ''),
    onSuccess: async (result) => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'landlord-statements'] });
      setNotice(
        result.createdCount > 0
          ? t('landlordStatements.staff.issued', { count: result.createdCount })
          : t('landlordStatements.staff.alreadyIssued', { count: result.statements.length }),
      );
    },
  });
  const label = period ? statementPeriodLabel(period.start, period.end) : '';

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeading>{t('landlordStatements.staff.pageTitle')}</PageHeading>
      <Text c="dimmed">{t('landlordStatements.staff.intro')}</Text>
      <Stack gap="sm" component="section" aria-labelledby="issue-statements-heading">
        <Text fw={600} component="h2" fz="lg" id="issue-statements-heading">
          {t('landlordStatements.staff.issueTitle')}
        </Text>
        <Group align="flex-end">
          <SegmentedControl
            aria-label={t('landlordStatements.staff.periodKind')}
            value={kind}
            onChange={(value) => {
              setKind(value as PeriodKind);
              setChosen(null);
              setNotice(null);
            }}
            data={[
              { value: 'month', label: t('landlordStatements.staff.monthly') },
              { value: 'quarter', label: t('landlordStatements.staff.quarterly') },
            ]}
          />
          <Select
            label={t('landlordStatements.period')}
            data={periods.map((row) => ({ value: row.start, label: statementPeriodLabel(row.start, row.end) }))}
            value={period?.start ?? null}
            onChange={(value) => {
              setChosen(value);
              setNotice(null);
            }}
            allowDeselect={false}
            w={260}
          />
          <Button onClick={() => setConfirming(true)} disabled={!period}>
            {t('landlordStatements.staff.issue')}
          </Button>
        </Group>
        {notice ? (
          <Alert color="green" role="status">
            {notice}
          </Alert>
        ) : null}
      </Stack>
      {confirming && period ? (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={t('landlordStatements.staff.confirmTitle', { period: label })}
          closeButtonProps={{ 'aria-label': t('landlordStatements.staff.close') }}
          centered
        >
          <Stack gap="md">
            <Text>{t('landlordStatements.staff.confirmBody', { period: label })}</Text>
            {issue.error ? (
              <Alert color="red" role="alert">
                {issue.error.message}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)} disabled={issue.isPending}>
                {t('landlordStatements.staff.cancel')}
              </Button>
              <Button onClick={() => issue.mutate()} loading={issue.isPending} data-autofocus>
                {t('landlordStatements.staff.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}

      <Stack gap="sm" component="section" aria-labelledby="issued-statements-heading">
        <Text fw={600} component="h2" fz="lg" id="issued-statements-heading">
          {t('landlordStatements.staff.listTitle')}
        </Text>
        <QueryStatus
          query={statements}
          isEmpty={statements.data?.statements.length === 0}
          emptyText={t('landlordStatements.staff.none')}
        />
        {statements.data && statements.data.statements.length > 0 ? (
          <Table.ScrollContainer minWidth={900}>
            <Table striped>
              <Table.Caption>{t('landlordStatements.staff.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('landlordStatements.period')}</Table.Th>
                  <Table.Th scope="col">{t('landlordStatements.staff.landlord')}</Table.Th>
                  <Table.Th scope="col">{t('landlordStatements.mandate')}</Table.Th>
                  <Table.Th scope="col" style={amount}>
                    {t('landlordStatements.feesExcludingVat')}
                  </Table.Th>
                  <Table.Th scope="col" style={amount}>
                    {t('landlordStatements.vat')}
                  </Table.Th>
                  <Table.Th scope="col" style={amount}>
                    {t('landlordStatements.fees')}
                  </Table.Th>
                  <Table.Th scope="col" style={amount}>
                    {t('landlordStatements.transferred')}
                  </Table.Th>
                  <Table.Th scope="col">{t('landlordStatements.pdf')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {statements.data.statements.map((statement) => (
                  <Table.Tr key={statement.id}>
                    <Table.Td>{statement.periodLabel}</Table.Td>
                    <Table.Th scope="row" fw={400}>
                      {statement.landlord.name}
                    </Table.Th>
                    <Table.Td>{statement.mandateReference}</Table.Td>
                    <Table.Td style={amount}>{formatEuros(statement.feesExcludingVatCents)}</Table.Td>
                    <Table.Td style={amount}>{formatEuros(statement.feesVatCents)}</Table.Td>
                    <Table.Td style={amount}>{formatEuros(statement.feesCents)}</Table.Td>
                    <Table.Td style={amount}>{formatEuros(statement.transferredCents)}</Table.Td>
                    <Table.Td>
                      {statement.documentId && statement.versionId ? (
                        <Anchor
                          href={staffStatementFileUrl(statement.documentId, statement.versionId)}
                          target="_blank"
                          rel="noopener"
                        >
                          {t('landlordStatements.staff.pdfFor', { name: statement.landlord.name, period: statement.periodLabel })}
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
    </Stack>
  );
}
