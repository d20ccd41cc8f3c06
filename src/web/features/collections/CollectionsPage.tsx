import { Alert, Badge, Button, Group, Select, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addDays, parisDate } from '../../../domain/calendar.ts';
import { formatEuros } from '../../../domain/money.ts';
import { DEFAULT_PRE_NOTIFICATION_DAYS } from '../../../domain/sepa.ts';
import { nextTargetBusinessDay } from '../../../domain/sepa-returns.ts';
import { formatDate } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { collectionActions, creditorAccountsQuery, runsQuery } from './collections.queries.ts';
import { DebitsTable } from './DebitsTable.tsx';
import { RunPanel } from './RunPanel.tsx';

/**
 * "/gestion/prelevements": staff prepare a SEPA collection run for an account and a date (the debtors are
 * pre-notified), download its bank file, mark it paid when the bank confirms, and record returns. The run
 * shown is kept in the address.
 */
export function CollectionsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/gestion/prelevements' });
  const { remise } = useSearch({ from: '/espace/gestion/prelevements' });
  const [notice, setNotice] = useState<string | null>(null);
  const runs = useQuery(runsQuery);
  const open = (runId: string | null) => void navigate({ search: runId ? { remise: runId } : {} });

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeading>{t('collections.pageTitle')}</PageHeading>
      <Text c="dimmed">{t('collections.intro')}</Text>
      <PrepareRun
        onPrepared={(runId, message) => {
          setNotice(message);
          open(runId);
        }}
      />
      <div role="status" aria-live="polite">
        {notice ? (
          <Alert color="green" withCloseButton closeButtonLabel={t('collections.close')} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {remise ? <RunPanel key={remise} runId={remise} onNotice={setNotice} /> : null}
      {runs.error ? (
        <Alert color="red" role="alert">
          {runs.error.message}
        </Alert>
      ) : null}
      <Stack gap="sm" component="section" aria-labelledby="runs-heading">
        <Text fw={600} component="h2" fz="lg" id="runs-heading">
          {t('collections.runs.title')}
        </Text>
        {runs.data && runs.data.runs.length === 0 ? <Text c="dimmed">{t('collections.runs.none')}</Text> : null}
        {runs.data && runs.data.runs.length > 0 ? (
          <Table.ScrollContainer minWidth={720}>
            <Table striped>
              <Table.Caption>{t('collections.runs.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('collections.columns.date')}</Table.Th>
                  <Table.Th scope="col">{t('collections.columns.account')}</Table.Th>
                  <Table.Th scope="col">{t('collections.columns.count')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('collections.columns.total')}
                  </Table.Th>
                  <Table.Th scope="col">{t('collections.columns.status')}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('collections.columns.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {runs.data.runs.map((run) => (
                  <Table.Tr key={run.id}>
                    <Table.Td>{formatDate(run.collectionDate)}</Table.Td>
                    <Table.Td>{run.creditorName}</Table.Td>
                    <Table.Td>{run.debitCount}</Table.Td>
                    <Table.Td ta="right">{formatEuros(run.totalCents)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`collections.runStatus.${run.status}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant={run.id === remise ? 'filled' : 'light'}
                        onClick={() => open(run.id)}
                        aria-label={t('collections.runs.openLabel', {
                          date: formatDate(run.collectionDate),
                          account: run.creditorName,
                        })}
                      >
                        {t('collections.runs.open')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </Stack>
      {runs.data && runs.data.waiting.length > 0 ? (
        <Stack gap="sm" component="section" aria-labelledby="waiting-heading">
          <Text fw={600} component="h2" fz="lg" id="waiting-heading">
            {t('collections.waiting.title')}
          </Text>
          <Text c="dimmed" fz="sm">
            {t('collections.waiting.intro')}
          </Text>
          <DebitsTable debits={runs.data.waiting} caption={t('collections.waiting.caption')} />
        </Stack>
      ) : null}
    </Stack>
  );
}

/** The account and the date; the earliest date the rules allow is proposed. */
function PrepareRun({ onPrepared }: { onPrepared: (runId: string, message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const accounts = useQuery(creditorAccountsQuery);
  const earliest = nextTargetBusinessDay(addDays(parisDate(new Date()), DEFAULT_PRE_NOTIFICATION_DAYS));
  const [accountId, setAccountId] = useState<string | null>(null);
  const [date, setDate] = useState(earliest);
  const usable = (accounts.data?.accounts ?? []).filter((account) => account.canCollect);
  const chosen = accountId ?? usable[0]?.id ?? null;
  const prepare = useMutation({
    mutationFn: () => collectionActions.prepare(chosen ?? '', date),
    onSuccess: async (run) => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'collections'] });
      onPrepared(
        run.id,
        t('collections.prepare.done', {
          count: run.added ?? 0,
          total: formatEuros(run.totalCents),
          date: formatDate(run.collectionDate),
        }),
      );
    },
  });
  return (
    <Stack gap="sm" component="section" aria-labelledby="prepare-heading">
      <Text fw={600} component="h2" fz="lg" id="prepare-heading">
        {t('collections.prepare.title')}
      </Text>
      <Group align="flex-end">
        <Select
          label={t('collections.prepare.account')}
          placeholder={t('collections.prepare.chooseAccount')}
          data={(accounts.data?.accounts ?? []).map((account) => ({
            value: account.id,
            label: account.canCollect
              ? `${account.holderName} — ${account.ibanMasked}`
              : `${account.holderName} — ${t('collections.prepare.noIcs')}`,
            disabled: !account.canCollect,
          }))}
          value={chosen}
          onChange={setAccountId}
          allowDeselect={false}
          w={460}
        />
        <TextInput
          type="date"
          label={t('collections.prepare.date')}
          description={t('collections.prepare.dateHelp', { date: formatDate(earliest) })}
          value={date}
          min={earliest}
          onChange={(event) => setDate(event.currentTarget.value)}
          w={220}
        />
        <Button onClick={() => prepare.mutate()} loading={prepare.isPending} disabled={!chosen || !date}>
          {t('collections.prepare.button')}
        </Button>
      </Group>
      {prepare.error ? (
        <Alert color="red" role="alert">
          {prepare.error.message}
        </Alert>
      ) : null}
    </Stack>
  );
}
