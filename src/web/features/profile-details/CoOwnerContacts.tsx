import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LotDetail } from '../properties/properties.queries.ts';

type CoOwner = NonNullable<LotDetail['coOwners']>[number];

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/**
 * For council members only (the API sends the list to no one else): the condominium's co-owners by name and
 * lots, with the phone and email of those who chose to share them from their profile.
 */
export function CoOwnerContacts({ coOwners }: { coOwners: CoOwner[] }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="section" aria-label={t('profileDetails.councilContacts.title')}>
      <Title order={2} fz="lg" mb={4}>
        {t('profileDetails.councilContacts.title')}
      </Title>
      <Text fz="sm" c="dimmed" mb="sm">
        {t('profileDetails.councilContacts.description')}
      </Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {coOwners.map((owner) => (
          <Stack component="li" key={`${owner.displayName}-${owner.lots.join('-')}`} gap={2}>
            <Text fw={600}>
              {owner.displayName}{' '}
              <Text span fw={400} c="dimmed" fz="sm">
                {t('profileDetails.councilContacts.lots', { count: owner.lots.length, lots: owner.lots.join(', ') })}
              </Text>
            </Text>
            {owner.sharesContact ? (
              <Group gap="md" wrap="wrap">
                {owner.mobilePhone ? <Anchor href={telHref(owner.mobilePhone)}>{owner.mobilePhone}</Anchor> : null}
                {owner.landlinePhone ? <Anchor href={telHref(owner.landlinePhone)}>{owner.landlinePhone}</Anchor> : null}
                {owner.email ? (
                  <Anchor href={`mailto:${owner.email}`} style={{ overflowWrap: 'anywhere' }}>
                    {owner.email}
                  </Anchor>
                ) : null}
                {!owner.mobilePhone && !owner.landlinePhone && !owner.email ? (
                  <Text fz="sm" c="dimmed">
                    {t('profileDetails.councilContacts.nothingOnFile')}
                  </Text>
                ) : null}
              </Group>
            ) : (
              <Text fz="sm" c="dimmed">
                {t('profileDetails.councilContacts.notShared')}
              </Text>
            )}
          </Stack>
        ))}
      </Stack>
    </Card>
  );
}
