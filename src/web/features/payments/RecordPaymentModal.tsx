import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../domain/calendar.ts';
import { formatEuros } from '../../../domain/money.ts';
import { accountBody, type OverdueAccount, paymentActions, type RecordPaymentInput } from './payments.queries.ts';

const METHODS: RecordPaymentInput['method'][] = ['virement', 'chèque', 'espèces', 'carte'];

/** A payment received by the agency (cheque, cash…) entered on the client's account; one per form, even if sent twice. */
export function RecordPaymentModal({
  account,
  onClose,
  onRecorded,
}: {
  account: OverdueAccount;
  onClose: () => void;
  onRecorded: (message: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [amount, setAmount] = useState<number | string>(account.owedCents / 100);
  const [paidOn, setPaidOn] = useState(parisDate(new Date()));
  const [method, setMethod] = useState<RecordPaymentInput['method']>('chèque');
  const [reference, setReference] = useState('');
  // The form's own key: a double click or a retry records the payment once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const cents = Math.round(Number(amount) * 100);
  const record = useMutation({
    mutationFn: () =>
      paymentActions.recordPayment(
        {
          ...accountBody({
            personId: account.personId,
            condominiumId: account.account.condominiumId,
            leaseId: account.account.leaseId,
          }),
          amountCents: cents,
          paidOn,
          method,
          ...(reference.trim() ? { reference: reference.trim() } : {}),
        },
        idempotencyKey,
      ),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'payments'] });
      onRecorded(
        t('payments.record.done', {
          amount: formatEuros(result.amountCents),
          name: account.name,
          balance: formatEuros(result.balanceCents),
        }),
      );
    },
  });

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('payments.record.title', { name: account.name })}
      closeButtonProps={{ 'aria-label': t('payments.close') }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">
            {t('payments.record.owes', { amount: formatEuros(account.owedCents), account: account.account.label })}
          </Text>
          <NumberInput
            label={t('payments.record.amount')}
            value={amount}
            onChange={setAmount}
            min={0.01}
            decimalScale={2}
            fixedDecimalScale
            decimalSeparator=","
            thousandSeparator=" "
            suffix=" €"
            required
          />
          <TextInput
            label={t('payments.record.paidOn')}
            type="date"
            value={paidOn}
            onChange={(event) => setPaidOn(event.currentTarget.value)}
            required
          />
          <Select
            label={t('payments.record.method')}
            data={METHODS.map((value) => ({ value, label: t(`payments.record.methods.${value}`) }))}
            value={method}
            onChange={(value) => value && setMethod(value as RecordPaymentInput['method'])}
            allowDeselect={false}
          />
          <TextInput
            label={t('payments.record.reference')}
            description={t('payments.record.referenceHelp')}
            value={reference}
            onChange={(event) => setReference(event.currentTarget.value)}
            maxLength={80}
          />
          {record.error ? (
            <Alert color="red" role="alert">
              {record.error.message}
            </Alert>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('payments.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending} disabled={!(cents > 0)}>
              {t('payments.record.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
