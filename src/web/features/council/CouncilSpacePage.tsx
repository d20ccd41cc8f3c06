import { Alert, Anchor, Group, Select, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { BankOrdersTab, InvoicesTab } from './BankTabs.tsx';
import { BudgetTab } from './BudgetTab.tsx';
import { councilOverviewQuery, isNotFound } from './council.queries.ts';
import { ExpensesTab } from './ExpensesTab.tsx';
import { TrialBalanceTab } from './TrialBalanceTab.tsx';

const TABS = ['budget', 'balance', 'expenses', 'bankOrders', 'invoices'] as const;
type Tab = (typeof TABS)[number];

/**
 * "/conseil-syndical/$condominiumId": the council's view of the syndicate's accounts for a fiscal year. A person
 * who does not sit on this council gets the API's 404, shown as the page not found.
 */
export function CouncilSpacePage() {
  const { t } = useTranslation();
  const { condominiumId } = useParams({ from: '/espace/conseil-syndical/$condominiumId' });
  const overview = useQuery(councilOverviewQuery(condominiumId));
  const [tab, setTab] = useState<Tab>('budget');
  const [chosenYear, setYear] = useState<number | null>(null);

  if (overview.error) {
    if (isNotFound(overview.error))
      return (
        <Stack gap="md">
          <PageHeading>{t('errors.notFoundTitle')}</PageHeading>
          <Text>{t('errors.notFound')}</Text>
          <Anchor renderRoot={(props) => <Link to="/" {...props} />}>{t('app.backHome')}</Anchor>
        </Stack>
      );
    return (
      <Alert color="red" role="alert">
        {overview.error.message}
      </Alert>
    );
  }
  if (!overview.data) return <Text>{t('app.loading')}</Text>;
  const { condominium, years, currentYear } = overview.data;
  const year = chosenYear ?? currentYear;

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Anchor fz="sm" renderRoot={(props) => <Link to="/conseil-syndical" {...props} />}>
          {t('council.back')}
        </Anchor>
        <PageHeading>{t('council.spaceTitle', { name: condominium.name })}</PageHeading>
        <Text c="dimmed">{t('council.spaceIntro')}</Text>
      </Stack>
      <Group>
        <Select
          label={t('council.year')}
          data={years.map((value) => String(value))}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={160}
        />
      </Group>
      <Tabs value={tab} onChange={(value) => value && setTab(value as Tab)} keepMounted={false}>
        <Tabs.List style={{ overflowX: 'auto', flexWrap: 'nowrap' }}>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {t(`council.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="budget" pt="lg">
          <BudgetTab condominiumId={condominiumId} year={year} />
        </Tabs.Panel>
        <Tabs.Panel value="balance" pt="lg">
          <TrialBalanceTab condominiumId={condominiumId} year={year} currentYear={currentYear} />
        </Tabs.Panel>
        <Tabs.Panel value="expenses" pt="lg">
          <ExpensesTab condominiumId={condominiumId} year={year} />
        </Tabs.Panel>
        <Tabs.Panel value="bankOrders" pt="lg">
          <BankOrdersTab condominiumId={condominiumId} year={year} />
        </Tabs.Panel>
        <Tabs.Panel value="invoices" pt="lg">
          <InvoicesTab condominiumId={condominiumId} year={year} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
