import { Alert, Badge, Button, Checkbox, Group, List, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { type OverdueAccount, overdueQuery, paymentActions, type SendRemindersResult } from './payments.queries.ts';
import { RecordPaymentModal } from './RecordPaymentModal.tsx';

const keyOf = (row: OverdueAccount) => `${row.personId}:${row.account.condominiumId ?? ''}:${row.account.leaseId ?? ''}`;
const choiceOf = (row: OverdueAccount) => ({
  personId: row.personId,
  condominiumId: row.account.condominiumId,
  leaseId: row.account.leaseId,
});

/**
 * "/gestion/relances": co-owners and tenants more than 15 days late, with what they owe; staff send reminders
 * (never twice within 15 days: those rows cannot be chosen) or record a payment received.
 */
export function RemindersPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const overdue = useQuery(overdueQuery);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [paying, setPaying] = useState<OverdueAccount | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = overdue.data?.accounts ?? [];
  const remindable = rows.filter((row) => row.mayRemind && row.hasEmail);
  const send = useMutation({
    mutationFn: (which: OverdueAccount[] | 'all') => paymentActions.sendReminders(which === 'all' ? 'all' : which.map(choiceOf)),
    onSuccess: (result) => {
      setChosen(new Set());
      setNotice(null);
      return queryClient.invalidateQueries({ queryKey: ['staff', 'payments', 'reminders'] }).then(() => result);
    },
  });
  const total = rows.reduce((sum, row) => sum + row.owedCents, 0);

  return (
    <Stack gap="lg" maw={1200}>
      <PageHeading>{t('payments.reminders.pageTitle')}</PageHeading>
      <Text c="dimmed">{t('payments.reminders.intro')}</Text>
      {overdue.error ? (
        <Alert color="red" role="alert">
          {overdue.error.message}
        </Alert>
      ) : null}
      <div role="status" aria-live="polite">
        {send.data ? <SendSummary result={send.data} /> : null}
        {notice ? (
          <Alert color="green" withCloseButton closeButtonLabel={t('payments.close')} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {send.error ? (
        <Alert color="red" role="alert">
          {send.error.message}
        </Alert>
      ) : null}
      {overdue.data && rows.length === 0 ? <Alert color="green">{t('payments.reminders.none')}</Alert> : null}
      {rows.length > 0 ? (
        <>
          <Group justify="space-between">
            <Text fw={600}>{t('payments.reminders.summary', { count: rows.length, total: formatEuros(total) })}</Text>
            <Group>
              <Button
                variant="default"
                disabled={chosen.size === 0}
                loading={send.isPending && send.variables !== 'all'}
                onClick={() => send.mutate(rows.filter((row) => chosen.has(keyOf(row))))}
              >
                {t('payments.reminders.sendChosen', { count: chosen.size })}
              </Button>
              <Button
                disabled={remindable.length === 0}
                loading={send.isPending && send.variables === 'all'}
                onClick={() => send.mutate('all')}
              >
                {t('payments.reminders.sendAll', { count: remindable.length })}
              </Button>
            </Group>
          </Group>
          <Table.ScrollContainer minWidth={900}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('payments.reminders.columns.choose')}</VisuallyHidden>
                  </Table.Th>
                  <Table.Th scope="col">{t('payments.reminders.columns.client')}</Table.Th>
                  <Table.Th scope="col">{t('payments.reminders.columns.account')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('payments.reminders.columns.owed')}
                  </Table.Th>
                  <Table.Th scope="col">{t('payments.reminders.columns.since')}</Table.Th>
                  <Table.Th scope="col">{t('payments.reminders.columns.lastReminder')}</Table.Th>
                  <Table.Th scope="col">{t('payments.reminders.columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => {
                  const key = keyOf(row);
                  return (
                    <Table.Tr key={key}>
                      <Table.Td>
                        <Checkbox
                          aria-label={t('payments.reminders.chooseRow', { name: row.name })}
                          checked={chosen.has(key)}
                          disabled={!row.mayRemind || !row.hasEmail}
                          onChange={(event) => {
                            const next = new Set(chosen);
                            if (event.currentTarget.checked) next.add(key);
                            else next.delete(key);
                            setChosen(next);
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {row.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {row.reference ?? ''}
                        </Text>
                        {row.hasEmail ? null : (
                          <Badge color="gray.9" variant="filled" size="sm" tt="none">
                            {t('payments.reminders.noEmail')}
                          </Badge>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {t(`payments.reminders.kinds.${row.account.kind}`)} — {row.account.label}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <Text size="sm" fw={600}>
                          {formatEuros(row.owedCents)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {t('payments.reminders.unpaidCalls', { count: row.unpaidCalls.length })}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatDate(row.overdueSince)}</Table.Td>
                      <Table.Td>
                        {row.lastReminder
                          ? t('payments.reminders.lastReminder', {
                              date: formatDate(row.lastReminder.sentAt),
                              level: row.lastReminder.level,
                            })
                          : t('payments.reminders.never')}
                      </Table.Td>
                      <Table.Td>
                        <Button size="xs" variant="light" onClick={() => setPaying(row)}>
                          {t('payments.record.open')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      ) : null}
      {paying ? (
        <RecordPaymentModal
          account={paying}
          onClose={() => setPaying(null)}
          onRecorded={(message) => {
            setPaying(null);
            setNotice(message);
          }}
        />
      ) : null}
    </Stack>
  );
}

function SendSummary({ result }: { result: SendRemindersResult }) {
  const { t } = useTranslation();
  return (
    <Alert color={result.sent > 0 ? 'green' : 'blue'}>
      <Text fw={700}>{t('payments.reminders.sent', { count: result.sent })}</Text>
      {result.skipped.length > 0 ? (
        <List size="sm">
          {result.skipped.map((skipped) => (
            <List.Item key={`${skipped.personId}-${skipped.reason}`}>
              {t(`payments.reminders.skipped.${skipped.reason}`, { name: skipped.name })}
            </List.Item>
          ))}
        </List>
      ) : null}
    </Alert>
  );
}
