import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The balance card. Accounts arrive with the finance issue: until then it says plainly that there is nothing
 * to show, never a figure it does not know.
 */
export function BalanceCard() {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="balance-title">
      <Title order={2} fz="h3" id="balance-title" mb="sm">
        {t('home.balance.title')}
      </Title>
      <Text fw={600}>{t('home.balance.none')}</Text>
      <Text fz="sm" c="dimmed" mt={4}>
        {t('home.balance.later')}
      </Text>
    </Card>
  );
}
