import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../domain/calendar.ts';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { CondominiumSelect } from './CondominiumSelect.tsx';
import { ContractFormModal } from './ContractFormModal.tsx';
import { agencyCondominiumsQuery, type Contract, contractActions, staffContractsQuery } from './contracts.queries.ts';

type Dialog = { kind: 'add' } | { kind: 'edit' | 'end' | 'delete'; contract: Contract };

// Dark enough under white text for WCAG AA, like the rental statuses of the Biens page.
const STATUS_COLORS: Record<Contract['status'], string> = { en_cours: '#1e6b34', a_venir: 'palier.8', termine: 'gray.8' };

/** "/gestion/contrats": the agency's staff choose a condominium and record, change, end or delete its contracts. */
export function StaffContractsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/gestion/contrats' });
  const { copropriete } = useSearch({ from: '/espace/gestion/contrats' });
  const condominiums = useQuery(agencyCondominiumsQuery);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeading>{t('contracts.staff.pageTitle')}</PageHeading>
      <Text c="dimmed">{t('contracts.staff.intro')}</Text>
      {condominiums.error ? (
        <Alert color="red" role="alert">
          {condominiums.error.message}
        </Alert>
      ) : null}
      <CondominiumSelect
        label={t('contracts.staff.condominium')}
        placeholder={t('contracts.staff.chooseCondominium')}
        value={copropriete ?? null}
        onChange={(value) => {
          setNotice(null);
          void navigate({ search: value ? { copropriete: value } : {} });
        }}
        maw={480}
      />
      <div role="status" aria-live="polite">
        {notice ? (
          <Alert color="green" withCloseButton closeButtonLabel={t('contracts.staff.close')} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {copropriete ? <CondominiumContracts condominiumId={copropriete} onNotice={setNotice} /> : null}
    </Stack>
  );
}

function CondominiumContracts({ condominiumId, onNotice }: { condominiumId: string; onNotice: (message: string) => void }) {
  const { t } = useTranslation();
  const list = useQuery(staffContractsQuery(condominiumId));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const done = (message: string) => {
    setDialog(null);
    onNotice(message);
  };

  if (list.error) {
    return (
      <Alert color="red" role="alert">
        {list.error.message}
      </Alert>
    );
  }
  const contracts = list.data?.contracts ?? [];
  return (
    <Stack gap="md" component="section" aria-label={list.data?.condominium.name ?? t('contracts.staff.condominium')}>
      <Group justify="space-between">
        <Text fw={600}>{list.data ? t('contracts.staff.count', { count: contracts.length }) : t('app.loading')}</Text>
        <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
          {t('contracts.staff.add')}
        </Button>
      </Group>
      {list.data && contracts.length === 0 ? <Text c="dimmed">{t('contracts.staff.empty')}</Text> : null}
      {contracts.length > 0 ? (
        <Table withTableBorder striped layout="fixed" verticalSpacing="sm">
          <Table.Caption>{t('contracts.staff.caption', { name: list.data?.condominium.name ?? '' })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('contracts.columns.subject')}</Table.Th>
              <Table.Th scope="col">{t('contracts.columns.supplier')}</Table.Th>
              <Table.Th scope="col">{t('contracts.columns.period')}</Table.Th>
              <Table.Th scope="col" style={{ textAlign: 'right' }}>
                {t('contracts.columns.amount')}
              </Table.Th>
              <Table.Th scope="col">{t('contracts.columns.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {contracts.map((contract) => (
              <Table.Tr key={contract.id}>
                <Table.Td>
                  <Text fz="sm" fw={600}>
                    {t(`contracts.kinds.${contract.kind}`)}
                  </Text>
                  <Text fz="sm">{contract.title}</Text>
                  <Badge mt={4} size="sm" variant="filled" color={STATUS_COLORS[contract.status]}>
                    {t(`contracts.status.${contract.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>
                  <Text fz="sm">{contract.supplier.name}</Text>
                  <Text fz="xs" c="dimmed">
                    {[contract.supplier.phone, contract.supplier.email].filter(Boolean).join(' · ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {formatDate(contract.startDate)} →{' '}
                  {contract.endDate ? formatDate(contract.endDate) : t('contracts.tacitRenewal')}
                </Table.Td>
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                  {formatEuros(contract.yearlyAmountCents)}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setDialog({ kind: 'edit', contract })}
                      aria-label={t('contracts.staff.editFor', { title: contract.title })}
                    >
                      {t('contracts.staff.edit')}
                    </Button>
                    {contract.status !== 'termine' ? (
                      <Button
                        size="compact-sm"
                        variant="default"
                        onClick={() => setDialog({ kind: 'end', contract })}
                        aria-label={t('contracts.staff.endFor', { title: contract.title })}
                      >
                        {t('contracts.staff.end')}
                      </Button>
                    ) : null}
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => setDialog({ kind: 'delete', contract })}
                      aria-label={t('contracts.staff.deleteFor', { title: contract.title })}
                    >
                      {t('contracts.staff.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {dialog?.kind === 'add' || dialog?.kind === 'edit' ? (
        <ContractFormModal
          condominiumId={condominiumId}
          contract={dialog.kind === 'edit' ? dialog.contract : undefined}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
      {dialog?.kind === 'end' || dialog?.kind === 'delete' ? (
        <ConfirmDialog
          condominiumId={condominiumId}
          kind={dialog.kind}
          contract={dialog.contract}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
    </Stack>
  );
}

interface ConfirmProps {
  condominiumId: string;
  kind: 'end' | 'delete';
  contract: Contract;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "Terminer" asks for the last day covered; "Supprimer" is for a contract recorded by mistake. */
function ConfirmDialog({ condominiumId, kind, contract, onClose, onDone }: ConfirmProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [endDate, setEndDate] = useState(parisDate(new Date()));
  const run = useMutation({
    mutationFn: async () => {
      if (kind === 'end') await contractActions.update(condominiumId, contract.id, { endDate });
      else await contractActions.remove(condominiumId, contract.id);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'contracts', 'list', condominiumId] });
      onDone(t(kind === 'end' ? 'contracts.staff.ended' : 'contracts.staff.deleted', { title: contract.title }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(kind === 'end' ? 'contracts.staff.endTitle' : 'contracts.staff.deleteTitle', { title: contract.title })}
      closeButtonProps={{ 'aria-label': t('contracts.staff.close') }}
      centered
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <Text>{t(kind === 'end' ? 'contracts.staff.endBody' : 'contracts.staff.deleteBody')}</Text>
          {kind === 'end' ? (
            <TextInput
              type="date"
              label={t('contracts.fields.endDate')}
              value={endDate}
              onChange={(event) => setEndDate(event.currentTarget.value)}
              required
              data-autofocus
            />
          ) : null}
          {run.error ? (
            <Alert color="red" role="alert">
              {run.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={run.isPending}>
              {t('contracts.staff.cancel')}
            </Button>
            <Button type="submit" color={kind === 'delete' ? 'red.9' : undefined} loading={run.isPending}>
              {t(kind === 'end' ? 'contracts.staff.end' : 'contracts.staff.delete')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
