import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyCard } from '../../ui/AgencyCard.tsx';
import { CoOwnerContacts } from '../profile-details/CoOwnerContacts.tsx';
import { Facts } from './DetailLayout.tsx';
import type { LotDetail, PropertyContacts } from './properties.queries.ts';

const managerPhone = (label: string, phone: string): [string, ReactNode] => [
  label,
  <Anchor key="phone" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
    {phone}
  </Anchor>,
];

/**
 * "Contacts": the manager, the agency and the council by name and role. A viewer who sits on the council also
 * gets the co-owners (`coOwners`, sent to council members only), with the phone and email of those who agreed.
 */
export function ContactsPanel({
  contacts,
  showCouncil,
}: {
  contacts: PropertyContacts & Pick<LotDetail, 'coOwners'>;
  showCouncil: boolean;
}) {
  const { t } = useTranslation();
  const { manager } = contacts;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder component="section" aria-label={t('properties.contacts.manager')}>
          <Title order={2} fz="lg" mb="sm">
            {t('properties.contacts.manager')}
          </Title>
          {manager ? (
            <Facts
              items={[
                [t('properties.contacts.name'), manager.name],
                [
                  t('properties.contacts.email'),
                  <Anchor key="email" href={`mailto:${manager.email}`}>
                    {manager.email}
                  </Anchor>,
                ],
                ...(manager.phone ? [managerPhone(t('properties.contacts.phone'), manager.phone)] : []),
              ]}
            />
          ) : (
            <Text>{t('properties.contacts.noManager')}</Text>
          )}
        </Card>
        <Stack component="section" aria-label={t('properties.contacts.agency')} gap="sm">
          <Title order={2} fz="lg">
            {t('properties.contacts.agency')}
          </Title>
          <AgencyCard agency={contacts.agency} />
        </Stack>
        {showCouncil && (
          <Card withBorder component="section" aria-label={t('properties.contacts.council')}>
            <Title order={2} fz="lg" mb="sm">
              {t('properties.contacts.council')}
            </Title>
            {contacts.council.length > 0 ? (
              <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
                {contacts.council.map((member) => (
                  <Text component="li" key={`${member.role}-${member.displayName}`}>
                    {member.displayName} — {t(`properties.councilRoles.${member.role}`)}
                  </Text>
                ))}
              </Stack>
            ) : (
              <Text>{t('properties.contacts.noCouncil')}</Text>
            )}
            <Text fz="sm" c="dimmed" mt="sm">
              {t('profileDetails.councilContacts.councilNote')}
            </Text>
          </Card>
        )}
      </SimpleGrid>
      {contacts.coOwners ? <CoOwnerContacts coOwners={contacts.coOwners} /> : null}
    </Stack>
  );
}
