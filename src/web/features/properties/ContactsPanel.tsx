import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AgencyCard } from '../../ui/AgencyCard.tsx';
import { Facts } from './DetailLayout.tsx';
import type { PropertyContacts } from './properties.queries.ts';

const managerPhone = (label: string, phone: string): [string, ReactNode] => [
  label,
  <Anchor key="phone" href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
    {phone}
  </Anchor>,
];

/**
 * "Contacts": the manager, the agency and the council. Council members appear by name and role only: sharing
 * a co-owner's phone or email needs their consent, which the data does not record yet.
 */
export function ContactsPanel({ contacts, showCouncil }: { contacts: PropertyContacts; showCouncil: boolean }) {
  const { t } = useTranslation();
  const { manager } = contacts;
  return (
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
            {t('properties.contacts.councilNote')}
          </Text>
        </Card>
      )}
    </SimpleGrid>
  );
}
