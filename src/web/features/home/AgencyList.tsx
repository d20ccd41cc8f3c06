import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../api/types.ts';
import { AgencyCard } from '../../ui/AgencyCard.tsx';

export function AgencyList({ agencies }: { agencies: Agency[] }) {
  const { t } = useTranslation();
  if (agencies.length === 0) return null;
  return (
    <Stack gap="sm" component="section">
      <Title order={2} fz="h3">
        {t('agency.myAgency', { count: agencies.length })}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {agencies.map((agency) => (
          <AgencyCard key={agency.id} agency={agency} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
