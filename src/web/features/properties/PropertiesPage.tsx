import { Alert, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { formatAddress } from './display.ts';
import { CardGrid, LotCard, ManagedUnitCard, RentedUnitCard } from './PropertyCards.tsx';
import { propertiesQuery } from './properties.queries.ts';

function Space({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack component="section" gap="md" aria-label={title}>
      <Title order={2}>{title}</Title>
      {children}
    </Stack>
  );
}

/**
 * "Biens": the lots owned in each condominium, the units entrusted to the agency, the unit rented. The
 * co-ownership and rental spaces stay apart, as the agencies keep them apart in their files.
 */
export function PropertiesPage() {
  const { t } = useTranslation();
  const properties = useQuery(propertiesQuery);
  const data = properties.data;
  const isEmpty = data && data.coOwnership.length === 0 && data.managed.length === 0 && data.rented.length === 0;

  return (
    <Stack gap="xl">
      <PageHeading>{t('properties.pageTitle')}</PageHeading>
      {properties.isPending && <Loader aria-label={t('app.loading')} />}
      {properties.error && (
        <Alert color="red" role="alert">
          {properties.error.message}
        </Alert>
      )}
      {isEmpty && (
        <Card>
          <Text>{t('properties.empty')}</Text>
        </Card>
      )}
      {data && data.coOwnership.length > 0 && (
        <Space title={t('properties.coOwnership')}>
          {data.coOwnership.map((group) => (
            <Stack key={group.condominium.id} component="section" gap="sm" aria-label={group.condominium.name}>
              <div>
                <Title order={3} fz="lg">
                  {group.condominium.name}
                </Title>
                <Text fz="sm" c="dimmed">
                  {[formatAddress(group.condominium), t('properties.agencyLine', { agency: group.agencyName })]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </div>
              <CardGrid>
                {group.lots.map((lot) => (
                  <LotCard key={lot.id} lot={lot} />
                ))}
              </CardGrid>
            </Stack>
          ))}
        </Space>
      )}
      {data && data.managed.length > 0 && (
        <Space title={t('properties.managed')}>
          <CardGrid>
            {data.managed.map((unit) => (
              <ManagedUnitCard key={unit.id} unit={unit} />
            ))}
          </CardGrid>
        </Space>
      )}
      {data && data.rented.length > 0 && (
        <Space title={t('properties.rented')}>
          <CardGrid>
            {data.rented.map((unit) => (
              <RentedUnitCard key={unit.id} unit={unit} />
            ))}
          </CardGrid>
        </Space>
      )}
    </Stack>
  );
}
