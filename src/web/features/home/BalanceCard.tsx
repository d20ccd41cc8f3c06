import { Anchor, Card, Loader, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { financeQuery } from '../finance/finance.queries.ts';

/**
 * The balance card: the person's global balance from their accounts, with the way to the details. A person
 * without any account (no lot, no rental books yet) is told so plainly, never shown a made-up zero.
 */
export function BalanceCard() {
  const { t } = useTranslation();
  const finance = useQuery(financeQuery);
  const data = finance.data;
  const coOwnerOnly = data?.accounts.every((account) => account.kind === 'coOwner');
  return (
    <Card component="section" aria-labelledby="balance-title">
      <Title order={2} fz="h3" id="balance-title" mb="sm">
        {t('home.balance.title')}
      </Title>
      {finance.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {(finance.error || data?.accounts.length === 0) && (
        <>
          <Text fw={600}>{t('home.balance.none')}</Text>
          <Text fz="sm" c="dimmed" mt={4}>
            {t('home.balance.later')}
          </Text>
        </>
      )}
      {data && data.accounts.length > 0 && (
        <>
          <Text fz="sm">{t(coOwnerOnly ? 'finance.globalCoOwner' : 'finance.global')}</Text>
          <Text fz="xl" fw={700} c={data.globalBalanceCents < 0 ? 'red.9' : undefined}>
            {formatEuros(data.globalBalanceCents)}
          </Text>
          <Anchor component={Link} to="/finances" fz="sm" mt={4}>
            {t('finance.seeDetails')}
          </Anchor>
        </>
      )}
    </Card>
  );
}
