import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../domain/calendar.ts';
import { formatEuros } from '../../../domain/money.ts';
import { RETURN_REASONS } from '../../../domain/sepa-returns.ts';
import { formatDate } from '../../ui/format.ts';
import { QueryFallback } from '../../ui/QueryStatus.tsx';
import { bankFileUrl, collectionActions, type Debit, runQuery } from './collections.queries.ts';
import { DebitsTable } from './DebitsTable.tsx';

/** One run: its totals by sequence type, the bank files, its payment and the returns of its debits. */
export function RunPanel({ runId, onNotice }: { runId: string; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const run = useQuery(runQuery(runId));
  const [paidOn, setPaidOn] = useState<string | null>(null);
  const [returning, setReturning] = useState<Debit | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['staff', 'collections'] });
  const settle = useMutation({
    mutationFn: (date: string) => collectionActions.settle(runId, date),
    onSuccess: async (detail) => {
      await refresh();
      onNotice(t('collections.settle.done', { date: formatDate(detail.collectionDate) }));
    },
  });
  if (run.error || !run.data) return <QueryFallback error={run.error} />;
  const detail = run.data;
  const settleDate = paidOn ?? detail.collectionDate;
  // Downloading the file is what sends the run to the bank: the page reloads its state once the file is given.
  const afterDownload = () => window.setTimeout(() => void refresh(), 1_000);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="run-heading">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Text fw={600} component="h2" fz="lg" id="run-heading">
              {t('collections.run.title', { date: formatDate(detail.collectionDate), account: detail.creditorName })}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('collections.run.summary', { count: detail.debitCount, total: formatEuros(detail.totalCents) })}
            </Text>
          </Stack>
          <Badge size="lg" variant="light">
            {t(`collections.runStatus.${detail.status}`)}
          </Badge>
        </Group>
        {detail.groups.length > 0 ? (
          <Group gap="xs">
            {detail.groups.map((group) => (
              <Badge key={group.sequenceType} variant="outline">
                {t('collections.run.group', {
                  sequence: group.sequenceType,
                  count: group.count,
                  total: formatEuros(group.totalCents),
                })}
              </Badge>
            ))}
          </Group>
        ) : null}
        {detail.excludedCount > 0 ? (
          <Alert color="orange">{t('collections.run.excluded', { count: detail.excludedCount })}</Alert>
        ) : null}
        <Group>
          <Anchor href={bankFileUrl(detail.id, 'pain.008.001.02')} download onClick={afterDownload}>
            {t('collections.run.download02')}
          </Anchor>
          <Anchor href={bankFileUrl(detail.id, 'pain.008.001.08')} download onClick={afterDownload}>
            {t('collections.run.download08')}
          </Anchor>
        </Group>
        <Text fz="sm" c="dimmed">
          {detail.status === 'prepared' ? t('collections.run.downloadNote') : t('collections.run.submittedNote')}
        </Text>
        {detail.status === 'submitted' ? (
          <Group align="flex-end">
            <TextInput
              type="date"
              label={t('collections.settle.date')}
              value={settleDate}
              onChange={(event) => setPaidOn(event.currentTarget.value)}
              w={220}
            />
            <Button onClick={() => settle.mutate(settleDate)} loading={settle.isPending}>
              {t('collections.settle.button')}
            </Button>
          </Group>
        ) : null}
        {settle.error ? (
          <Alert color="red" role="alert">
            {settle.error.message}
          </Alert>
        ) : null}
        <DebitsTable
          debits={detail.debits}
          caption={t('collections.run.caption')}
          onReturn={detail.status === 'prepared' ? undefined : setReturning}
        />
      </Stack>
      {returning ? (
        <ReturnDialog
          debit={returning}
          onClose={() => setReturning(null)}
          onDone={async (message) => {
            setReturning(null);
            await refresh();
            onNotice(message);
          }}
        />
      ) : null}
    </Paper>
  );
}

/** A return entered by hand: the reason (French labels) and the date the bank gave. */
function ReturnDialog({
  debit,
  onClose,
  onDone,
}: {
  debit: Debit;
  onClose: () => void;
  onDone: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [reasonCode, setReasonCode] = useState<string | null>('AM04');
  const [returnedOn, setReturnedOn] = useState(parisDate(new Date()));
  const record = useMutation({
    mutationFn: () => collectionActions.recordReturn(debit.id, reasonCode ?? '', returnedOn),
    onSuccess: async (detail) => {
      const returned = detail.debits.find((item) => item.id === debit.id);
      await onDone(
        returned?.representedBy
          ? t('collections.return.doneRepresented', {
              name: debit.debtorName,
              date: formatDate(returned.representedBy.collectionDate),
            })
          : t('collections.return.done', { name: debit.debtorName }),
      );
    },
  });
  const reason = RETURN_REASONS.find((item) => item.code === reasonCode);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('collections.return.title', { name: debit.debtorName, amount: formatEuros(debit.amountCents) })}
      closeButtonProps={{ 'aria-label': t('collections.close') }}
      centered
    >
      <Stack gap="md">
        <Select
          label={t('collections.return.reason')}
          data={RETURN_REASONS.map((item) => ({ value: item.code, label: `${item.code} — ${item.label}` }))}
          value={reasonCode}
          onChange={setReasonCode}
          searchable
          allowDeselect={false}
        />
        {reason ? (
          <Text fz="sm" c="dimmed">
            {reason.representable ? t('collections.return.willRepresent') : t('collections.return.wontRepresent')}
            {reason.lapsesMandate ? ` ${t('collections.return.lapses')}` : ''}
          </Text>
        ) : null}
        <TextInput
          type="date"
          label={t('collections.return.date')}
          value={returnedOn}
          onChange={(event) => setReturnedOn(event.currentTarget.value)}
        />
        {record.error ? (
          <Alert color="red" role="alert">
            {record.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={record.isPending}>
            {t('collections.cancel')}
          </Button>
          <Button color="red" onClick={() => record.mutate()} loading={record.isPending} disabled={!reasonCode}>
            {t('collections.return.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
