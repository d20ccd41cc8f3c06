import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries.ts';
import { AgencyCard } from '../../ui/AgencyCard.tsx';
import { ProfileSection } from '../profile/ProfileSection.tsx';
import { detailsQuery, type ProfileDetails } from './profileDetails.queries.ts';

type Manager = ProfileDetails['managers'][number];

function ManagerCard({ manager }: { manager: Manager }) {
  const { t } = useTranslation();
  return (
    <Card withBorder>
      <Title order={3} fz="md" mb={4}>
        {t('profileDetails.agency.manager')}
      </Title>
      <Text fw={600}>{manager.name}</Text>
      <Anchor href={`mailto:${manager.email}`} style={{ overflowWrap: 'anywhere', display: 'block' }}>
        {manager.email}
      </Anchor>
      {manager.phone ? <Anchor href={`tel:${manager.phone.replace(/[^\d+]/g, '')}`}>{manager.phone}</Anchor> : null}
    </Card>
  );
}

/** "Mon agence": each agency serving the person (address, hours) and the manager of their files there. */
export function AgencySection() {
  const { t } = useTranslation();
  const me = useQuery(meQuery);
  const isClient = me.data?.kind === 'client';
  const details = useQuery({ ...detailsQuery, enabled: isClient });
  const agencies = me.data?.agencies ?? [];
  const managers = details.data?.managers ?? [];
  if (!isClient) return null;

  return (
    <ProfileSection title={t('profileDetails.agency.title')} description={t('profileDetails.agency.description')}>
      {agencies.length === 0 ? (
        <Text c="dimmed">{t('profileDetails.agency.none')}</Text>
      ) : (
        <Stack gap="lg">
          {agencies.map((agency) => (
            <SimpleGrid key={agency.id} cols={{ base: 1, sm: 2 }} spacing="md">
              <AgencyCard agency={agency} />
              <Stack gap="sm">
                {managers
                  .filter((manager) => manager.agencyId === agency.id)
                  .map((manager) => (
                    <ManagerCard key={manager.email} manager={manager} />
                  ))}
              </Stack>
            </SimpleGrid>
          ))}
        </Stack>
      )}
    </ProfileSection>
  );
}
