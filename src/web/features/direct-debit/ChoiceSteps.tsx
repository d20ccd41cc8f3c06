import { Alert, Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { ApiError } from '../../api/client.ts';
import { BankAccountFields } from './BankAccountFields.tsx';
import type { BankAccountValues } from './bankAccount.ts';
import type { Mode, PayableAccount } from './directDebit.queries.ts';

/** Step 1: the property whose account the mandate will debit. Accounts that cannot be paid so say why. */
export function PropertyStep({
  accounts,
  value,
  onChange,
}: {
  accounts: { account: PayableAccount; available: boolean; why: string | null }[];
  value: string | null;
  onChange: (key: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={t('directDebit.property.label')} value={value} onChange={onChange}>
      <Stack gap="sm" mt="xs">
        {accounts.map(({ account, available, why }) => (
          <Radio.Card key={account.key} value={account.key} disabled={!available} p="md" radius="md">
            <Group wrap="nowrap" align="flex-start">
              <Radio.Indicator />
              <Stack gap={2}>
                <Text fw={600}>{account.label}</Text>
                <Text fz="sm" c={account.balanceCents < 0 ? 'red.9' : undefined}>
                  {t('directDebit.property.balance', { amount: formatEuros(account.balanceCents) })}
                </Text>
                {why ? (
                  <Text fz="sm" c="dimmed">
                    {why}
                  </Text>
                ) : null}
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}

/** Step 2: collected at each call, or one collection of today's balance (its amount shown). */
export function ModeStep({
  account,
  value,
  onChange,
}: {
  account: PayableAccount;
  value: Mode | null;
  onChange: (mode: Mode) => void;
}) {
  const { t } = useTranslation();
  const owed = -account.balanceCents;
  const choices: { mode: Mode; title: string; text: string; disabled: boolean }[] = [
    {
      mode: 'automatic',
      title: t('directDebit.mode.automatic'),
      // A tenant's account is called each month for the rent, a co-owner's each quarter for the funds calls.
      text: t(account.key.startsWith('tenant:') ? 'directDebit.mode.automaticTextRent' : 'directDebit.mode.automaticText'),
      disabled: false,
    },
    {
      mode: 'manual',
      title: t('directDebit.mode.manual'),
      text: owed > 0 ? t('directDebit.mode.manualText', { amount: formatEuros(owed) }) : t('directDebit.mode.manualNothing'),
      disabled: owed <= 0,
    },
  ];
  return (
    <Radio.Group label={t('directDebit.mode.label')} value={value} onChange={(next) => onChange(next as Mode)}>
      <Stack gap="sm" mt="xs">
        {choices.map((choice) => (
          <Radio.Card key={choice.mode} value={choice.mode} disabled={choice.disabled} p="md" radius="md">
            <Group wrap="nowrap" align="flex-start">
              <Radio.Indicator />
              <Stack gap={2}>
                <Text fw={600}>{choice.title}</Text>
                <Text fz="sm">{choice.text}</Text>
              </Stack>
            </Group>
          </Radio.Card>
        ))}
      </Stack>
    </Radio.Group>
  );
}

export interface HolderValues {
  debtorName: string;
  address: string;
}

/** Step 3: the account holder as on the bank's records, the address prefilled from the file, the account. */
export function DetailsStep({
  holder,
  onHolderChange,
  bank,
  onBankChange,
  showAll,
  error,
}: {
  holder: HolderValues;
  onHolderChange: (values: HolderValues) => void;
  bank: BankAccountValues;
  onBankChange: (values: BankAccountValues) => void;
  showAll: boolean;
  error: Error | null;
}) {
  const { t } = useTranslation();
  const fields = error instanceof ApiError ? (error.details?.fields ?? []) : [];
  const fieldError = (field: string) => fields.find((problem) => problem.field === field)?.message;
  const shownByField = fields.some((problem) => ['debtorName', 'address', 'iban', 'bic'].includes(problem.field));
  return (
    <Stack gap="sm">
      {error && !shownByField ? (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      ) : null}
      <TextInput
        label={t('directDebit.details.holder')}
        description={t('directDebit.details.holderHint')}
        required
        autoComplete="name"
        value={holder.debtorName}
        onChange={(event) => onHolderChange({ ...holder, debtorName: event.currentTarget.value })}
        error={
          fieldError('debtorName') ?? (showAll && holder.debtorName.trim() === '' ? t('directDebit.details.holderMissing') : null)
        }
      />
      <Textarea
        label={t('directDebit.details.address')}
        required
        autosize
        minRows={2}
        autoComplete="street-address"
        value={holder.address}
        onChange={(event) => onHolderChange({ ...holder, address: event.currentTarget.value })}
        error={
          fieldError('address') ?? (showAll && holder.address.trim() === '' ? t('directDebit.details.addressMissing') : null)
        }
      />
      <BankAccountFields
        values={bank}
        onChange={onBankChange}
        showAll={showAll}
        serverErrors={{ iban: fieldError('iban'), bic: fieldError('bic') }}
      />
    </Stack>
  );
}
