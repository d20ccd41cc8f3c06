import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { AgencyList } from './AgencyList.tsx';
import { MyInformationCard } from './MyInformationCard.tsx';

/** Home of a co-owner, council member, landlord or tenant: only what the API really knows so far. */
export function ClientHome({ me }: { me: Me }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <PageHeading>{t('home.pageTitle')}</PageHeading>
      <MyInformationCard me={me} />
      <AgencyList agencies={me.agencies} />
    </Stack>
  );
}
