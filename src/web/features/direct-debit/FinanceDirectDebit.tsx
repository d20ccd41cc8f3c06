import { Alert, Button, Text } from '@mantine/core';
import { IconBuildingBank } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { directDebitOptionsQuery } from './directDebit.queries.ts';
import { activeMandateOf, nextDebitOf } from './mandateStatus.ts';

interface AccountLike {
  key: string;
  balanceCents: number;
  directDebitInProgress: boolean;
}

/**
 * "Payer votre solde" on an account of Finances: only when something is owed, the account can be debited
 * (its condominium's bank account and ICS are known) and no direct debit is already running for it.
 */
export function PayBalanceButton({ account }: { account: AccountLike }) {
  const { t } = useTranslation();
  const options = useQuery(directDebitOptionsQuery);
  const payable = options.data?.accounts.find((item) => item.key === account.key)?.payable ?? false;
  const running = account.directDebitInProgress || Boolean(activeMandateOf(options.data, account.key));
  if (account.balanceCents >= 0 || !payable || running) return null;
  return (
    <Button renderRoot={(props) => <Link to="/finances/prelevement" search={{ compte: account.key }} {...props} />}>
      {t('directDebit.payBalance')}
    </Button>
  );
}

/** Under "Prélèvement en cours": the next collection when one is scheduled, else what the mandate will do. */
export function DirectDebitInProgress({ accountKey }: { accountKey: string }) {
  const { t } = useTranslation();
  const options = useQuery(directDebitOptionsQuery);
  const mandate = activeMandateOf(options.data, accountKey);
  if (!mandate) return null;
  const debit = nextDebitOf(mandate);
  return (
    // The badge above already says "Prélèvement en cours": this says what comes next.
    <Alert color="green" variant="light" icon={<IconBuildingBank aria-hidden />}>
      <Text fz="sm">
        {debit
          ? t('directDebit.inProgress.next', { amount: formatEuros(debit.amountCents), date: frenchDate(debit.collectionDate) })
          : t(`directDebit.inProgress.${mandate.mode}`)}
      </Text>
    </Alert>
  );
}
