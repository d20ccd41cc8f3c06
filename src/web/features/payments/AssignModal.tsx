import { Alert, Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { formatDate } from '../../ui/format.ts';
import { type BankTransaction, type ClientAccount, clientAccountsQuery, paymentActions } from './payments.queries.ts';

const choiceKey = (account: Pick<ClientAccount, 'personId' | 'account'>) =>
  `${account.personId}:${account.account.condominiumId ?? ''}:${account.account.leaseId ?? ''}`;

/**
 * Assigning a received transfer: the likely clients first (owing exactly that amount, or named like the
 * payer), else any client account of this bank account's books found by name or reference.
 */
export function AssignModal({
  bankAccountId,
  transaction,
  onClose,
  onAssigned,
}: {
  bankAccountId: string;
  transaction: BankTransaction;
  onClose: () => void;
  onAssigned: (name: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [typed, setTyped] = useState('');
  const [text] = useDebouncedValue(typed.trim(), 300);
  const [selected, setSelected] = useState<string | null>(null);
  const search = useQuery({ ...clientAccountsQuery(bankAccountId, text), enabled: text.length >= 2 });
  const shown: ClientAccount[] = text.length >= 2 ? (search.data?.accounts ?? []) : transaction.candidates;
  const chosen = [...transaction.candidates, ...(search.data?.accounts ?? [])].find((account) => choiceKey(account) === selected);
  const assign = useMutation({
    mutationFn: (account: ClientAccount) =>
      paymentActions.assign(transaction.id, {
        personId: account.personId,
        condominiumId: account.account.condominiumId,
        leaseId: account.account.leaseId,
      }),
    onSuccess: async (_result, account) => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'payments'] });
      onAssigned(account.name);
    },
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('payments.assign.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('payments.close') }}
    >
      <Stack gap="md">
        <Text>
          {t('payments.assign.transaction', {
            amount: formatEuros(transaction.amountCents),
            date: formatDate(transaction.bookingDate),
            payer: transaction.counterpartyName ?? transaction.remittanceInformation ?? '—',
          })}
        </Text>
        <TextInput
          label={t('payments.assign.search')}
          description={t('payments.assign.searchHelp')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
        />
        {search.error ? (
          <Alert color="red" role="alert">
            {search.error.message}
          </Alert>
        ) : null}
        <div role="status" aria-live="polite">
          <Text size="sm" c="dimmed">
            {text.length >= 2
              ? t('payments.assign.found', { count: shown.length })
              : shown.length > 0
                ? t('payments.assign.suggestions')
                : t('payments.assign.noSuggestion')}
          </Text>
        </div>
        {shown.length > 0 ? (
          <Radio.Group value={selected} onChange={setSelected} label={t('payments.assign.choose')}>
            <Stack gap="xs" mt="xs">
              {shown.map((account) => (
                <Radio
                  key={choiceKey(account)}
                  value={choiceKey(account)}
                  label={`${account.name}${account.reference ? ` (${account.reference})` : ''} — ${account.account.label}`}
                  description={[
                    t('payments.assign.owes', { amount: formatEuros(account.owedCents) }),
                    ...account.reasons.map((reason) => t(`payments.assign.reasons.${reason}`)),
                  ].join(' · ')}
                />
              ))}
            </Stack>
          </Radio.Group>
        ) : null}
        {assign.error ? (
          <Alert color="red" role="alert">
            {assign.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('payments.cancel')}
          </Button>
          <Button disabled={!chosen} loading={assign.isPending} onClick={() => chosen && assign.mutate(chosen)}>
            {t('payments.assign.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
