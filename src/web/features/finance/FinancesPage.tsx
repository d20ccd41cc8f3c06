import { Alert, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconCloud } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { CouncilFinanceCard } from '../council/CouncilFinanceCard.tsx';
import { DirectDebitInProgress, PayBalanceButton } from '../direct-debit/FinanceDirectDebit.tsx';
import { MandatesSection } from '../direct-debit/MandatesSection.tsx';
import { LandlordStatementsSection } from '../landlord-statements/LandlordStatementsSection.tsx';
import { TenantRentMonths } from '../rent/TenantRentMonths.tsx';
import { AccountPanel } from './AccountPanel.tsx';
import { financeQuery } from './finance.queries.ts';

/**
 * "Situation financière" (seed, chapter IV): the global balance, then each property's account with its
 * entries year by year, their documents and the exports.
 */
export function FinancesPage() {
  const { t } = useTranslation();
  const finance = useQuery(financeQuery);
  const data = finance.data;
  return (
    <Stack gap="xl">
      <PageHeading>{t('finance.pageTitle')}</PageHeading>
      {finance.isPending && <Loader aria-label={t('app.loading')} />}
      {finance.error && (
        <Alert color="red" role="alert">
          {finance.error.message}
        </Alert>
      )}
      {data && data.accounts.length === 0 && (
        <Card>
          <Text>{t('finance.empty')}</Text>
        </Card>
      )}
      {data && data.accounts.length > 0 && (
        <>
          <Card component="section" aria-labelledby="global-balance">
            <Group gap="md" wrap="nowrap">
              <IconCloud size={32} aria-hidden />
              <div>
                <Title order={2} fz="h4" id="global-balance">
                  {t(data.accounts.every((account) => account.kind === 'coOwner') ? 'finance.globalCoOwner' : 'finance.global')}
                </Title>
                <Text fz="xl" fw={700} c={data.globalBalanceCents < 0 ? 'red.9' : undefined}>
                  {formatEuros(data.globalBalanceCents)}
                </Text>
              </div>
            </Group>
          </Card>
          {data.accounts.map((account) => (
            <Fragment key={account.key}>
              <AccountPanel
                account={account}
                paymentAction={<PayBalanceButton account={account} />}
                directDebitDetails={<DirectDebitInProgress accountKey={account.key} />}
              />
              {account.kind === 'tenant' && <TenantRentMonths accountKey={account.key} />}
            </Fragment>
          ))}
          <MandatesSection />
        </>
      )}
      <LandlordStatementsSection />
      <CouncilFinanceCard />
    </Stack>
  );
}
