import { Alert, Anchor, Button, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { QueryFallback } from '../../ui/QueryStatus.tsx';
import { type CondominiumBudget, fundsCallActions, fundsCallQuery, fundsCallsQuery } from './fundsCalls.queries.ts';

/** Issuing a quarter of the year shown, after a confirmation that states what it will call and from how many. */
export function IssueQuarter({ view, onIssued }: { view: CondominiumBudget; onIssued: (message: string) => void }) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const queryClient = useQueryClient();
  const open = view.quarters.filter((quarter) => !quarter.issued);
  const [quarter, setQuarter] = useState<string | null>(open[0] ? String(open[0].quarter) : null);
  const [confirming, setConfirming] = useState(false);
  const chosen = view.quarters.find((row) => String(row.quarter) === quarter);
  const issue = useMutation({
    mutationFn: () => fundsCallActions.issue(view.condominium.id, view.year, Number(quarter)),
    onSuccess: async (detail) => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'funds-calls'] });
      onIssued(
        t(detail.pdfPendingCount > 0 ? 'fundsCalls.issue.donePending' : 'fundsCalls.issue.done', {
          quarter: quarterName(detail.quarter, detail.year),
          count: detail.coOwnerCount,
        }),
      );
    },
  });
  if (!view.budget) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="issue-heading">
      <Text fw={600} component="h2" fz="lg" id="issue-heading">
        {t('fundsCalls.issue.title')}
      </Text>
      {open.length === 0 ? (
        <Text c="dimmed">{t('fundsCalls.issue.allIssued', { year: view.year })}</Text>
      ) : (
        <Group align="flex-end">
          <Select
            label={t('fundsCalls.issue.quarter')}
            data={open.map((row) => ({ value: String(row.quarter), label: quarterName(row.quarter, view.year) }))}
            value={quarter}
            onChange={setQuarter}
            allowDeselect={false}
            w={260}
          />
          <Button onClick={() => setConfirming(true)} disabled={!chosen}>
            {t('fundsCalls.issue.button')}
          </Button>
        </Group>
      )}
      {confirming && chosen ? (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={t('fundsCalls.issue.confirmTitle', { quarter: quarterName(chosen.quarter, view.year) })}
          closeButtonProps={{ 'aria-label': t('fundsCalls.close') }}
          centered
        >
          <Stack gap="md">
            <Text>
              {t('fundsCalls.issue.confirmBody', {
                amount: formatEuros(chosen.totalCents),
                count: chosen.coOwnerCount,
                date: formatDate(chosen.dueDate),
              })}
            </Text>
            <Text fz="sm" c="dimmed">
              {t('fundsCalls.issue.confirmNote')}
            </Text>
            {issue.error ? (
              <Alert color="red" role="alert">
                {issue.error.message}
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(false)} disabled={issue.isPending}>
                {t('fundsCalls.cancel')}
              </Button>
              <Button onClick={() => issue.mutate()} loading={issue.isPending} data-autofocus>
                {t('fundsCalls.issue.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </Stack>
  );
}

/** "1er trimestre 2027", "2e trimestre 2027" (French ordinals differ for the first). */
function useQuarterName(): (quarter: number, year: number) => string {
  const { t } = useTranslation();
  return (quarter, year) =>
    quarter === 1 ? String(t('fundsCalls.quarterFirst', { year })) : String(t('fundsCalls.quarterOther', { quarter, year }));
}

/** The quarters already called, each opening the amount of every co-owner and their call in PDF. */
export function IssuedCalls({ condominiumId }: { condominiumId: string }) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const list = useQuery({
    ...fundsCallsQuery(condominiumId),
    refetchInterval: (query) => (query.state.data?.calls.some((call) => call.pdfPendingCount > 0) ? 5_000 : false),
  });
  const [openId, setOpenId] = useState<string | null>(null);
  if (list.error)
    return (
      <Alert color="red" role="alert">
        {list.error.message}
      </Alert>
    );
  const calls = list.data?.calls ?? [];
  return (
    <Stack gap="sm" component="section" aria-labelledby="issued-heading">
      <Text fw={600} component="h2" fz="lg" id="issued-heading">
        {t('fundsCalls.issued.title')}
      </Text>
      {list.data && calls.length === 0 ? <Text c="dimmed">{t('fundsCalls.issued.empty')}</Text> : null}
      {calls.length > 0 ? (
        <Table withTableBorder striped verticalSpacing="sm">
          <Table.Caption>{t('fundsCalls.issued.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fundsCalls.issued.quarter')}</Table.Th>
              <Table.Th scope="col">{t('fundsCalls.issued.dueDate')}</Table.Th>
              <Table.Th scope="col">{t('fundsCalls.issued.coOwners')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('fundsCalls.issued.total')}
              </Table.Th>
              <Table.Th scope="col">{t('fundsCalls.issued.detail')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {calls.map((call) => (
              <Table.Tr key={call.id}>
                <Table.Td>{quarterName(call.quarter, call.year)}</Table.Td>
                <Table.Td>{formatDate(call.dueDate)}</Table.Td>
                {/* A quarter called before the condominium came to Palier has its entries but no notices here. */}
                {call.coOwnerCount === 0 ? (
                  <Table.Td colSpan={2}>{t('fundsCalls.issued.beforePalier')}</Table.Td>
                ) : (
                  <>
                    <Table.Td>
                      {call.pdfPendingCount > 0
                        ? t('fundsCalls.issued.coOwnersPending', { count: call.coOwnerCount })
                        : call.coOwnerCount}
                    </Table.Td>
                    <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatEuros(call.totalCents)}</Table.Td>
                  </>
                )}
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-expanded={openId === call.id}
                    onClick={() => setOpenId(openId === call.id ? null : call.id)}
                  >
                    {t(openId === call.id ? 'fundsCalls.issued.hide' : 'fundsCalls.issued.show', {
                      quarter: quarterName(call.quarter, call.year),
                    })}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {openId ? <CallDetail condominiumId={condominiumId} fundsCallId={openId} /> : null}
    </Stack>
  );
}

function CallDetail({ condominiumId, fundsCallId }: { condominiumId: string; fundsCallId: string }) {
  const { t } = useTranslation();
  const quarterName = useQuarterName();
  const queryClient = useQueryClient();
  const detail = useQuery({
    ...fundsCallQuery(condominiumId, fundsCallId),
    // While the PDFs are prepared in the background, the page follows their progress.
    refetchInterval: (query) => ((query.state.data?.pdfPendingCount ?? 0) > 0 ? 2_000 : false),
  });
  const pending = detail.data?.pdfPendingCount ?? 0;
  // The list's count of ready PDFs follows too, once they are all there.
  useEffect(() => {
    if (detail.data && pending === 0) void queryClient.invalidateQueries({ queryKey: fundsCallsQuery(condominiumId).queryKey });
  }, [detail.data, pending, queryClient, condominiumId]);
  if (detail.error || !detail.data) return <QueryFallback error={detail.error} />;
  const call = detail.data;
  return (
    <Stack gap="xs">
      <div role="status" aria-live="polite">
        {pending > 0 ? (
          <Text c="dimmed">{t('fundsCalls.issued.progress', { ready: call.pdfReadyCount, count: call.coOwnerCount })}</Text>
        ) : null}
      </div>
      <Table withTableBorder verticalSpacing="xs">
        <Table.Caption>{t('fundsCalls.issued.detailCaption', { quarter: quarterName(call.quarter, call.year) })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('fundsCalls.issued.coOwner')}</Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('fundsCalls.issued.previousBalance')}
            </Table.Th>
            <Table.Th scope="col" style={{ textAlign: 'right' }}>
              {t('fundsCalls.issued.called')}
            </Table.Th>
            <Table.Th scope="col">{t('fundsCalls.issued.document')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {call.notices.map((notice) => (
            <Table.Tr key={notice.personId}>
              <Table.Th scope="row" fw={400}>
                {notice.name}
              </Table.Th>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatEuros(notice.previousBalanceCents)}</Table.Td>
              <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatEuros(notice.totalCents)}</Table.Td>
              <Table.Td>
                {notice.documentId && notice.versionId ? (
                  <Group gap="sm">
                    <Anchor
                      href={`/api/staff/documents/${notice.documentId}/versions/${notice.versionId}/file`}
                      target="_blank"
                      rel="noopener"
                    >
                      {t('fundsCalls.issued.pdfFor', { name: notice.name })}
                    </Anchor>
                    <Anchor
                      renderRoot={(props) => (
                        <Link to="/gestion/documents/$documentId" params={{ documentId: notice.documentId ?? '' }} {...props} />
                      )}
                    >
                      {t('fundsCalls.issued.documentPage')}
                    </Anchor>
                  </Group>
                ) : (
                  <Text fz="sm" c="dimmed">
                    {t('fundsCalls.issued.pdfPending')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
