import { SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { UpcomingCard } from '../agenda/UpcomingCard.tsx';
import { ContactAdvisorCard } from '../contact-requests/ContactAdvisorCard.tsx';
import { AgencyList } from './AgencyList.tsx';
import { BalanceCard } from './BalanceCard.tsx';
import { IncidentsCard } from './IncidentsCard.tsx';
import { MyInformationCard } from './MyInformationCard.tsx';
import { NewDocumentsLine } from './NewDocumentsLine.tsx';

/**
 * Home of a co-owner, council member, landlord or tenant, in the seed's order: who I am and my balance, what
 * is going on (incidents, what is coming), what is new, how to reach the agency.
 */
export function ClientHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <PageHeading>{t('home.pageTitle')}</PageHeading>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <MyInformationCard me={me} />
        <BalanceCard />
      </SimpleGrid>
      <NewDocumentsLine />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <UpcomingCard />
        <Stack gap="md">
          <IncidentsCard />
          <ContactAdvisorCard me={me} />
        </Stack>
      </SimpleGrid>
      <AgencyList agencies={me.agencies} />
    </Stack>
  );
}
