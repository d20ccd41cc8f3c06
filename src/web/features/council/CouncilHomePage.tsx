import { Alert, Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { councilCondominiumsQuery } from './council.queries.ts';

/**
 * "/conseil-syndical": the seed's "Espace conseil syndical" — the condominiums whose council the person sits
 * on, each opening its Budget, Balance, Relevé général des dépenses, Ordres bancaires and Factures.
 */
export function CouncilHomePage() {
  const { t } = useTranslation();
  const condominiums = useQuery(councilCondominiumsQuery);
  return (
    <Stack gap="lg" maw={1100}>
      <PageHeading>{t('council.title')}</PageHeading>
      <Text>{t('council.intro')}</Text>
      {condominiums.error ? (
        <Alert color="red" role="alert">
          {condominiums.error.message}
        </Alert>
      ) : null}
      {condominiums.data && condominiums.data.condominiums.length === 0 ? <Text>{t('council.none')}</Text> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {(condominiums.data?.condominiums ?? []).map((condominium) => (
          <Card key={condominium.id} withBorder component="section" aria-labelledby={`council-${condominium.id}`}>
            <Stack gap="xs">
              <Title order={2} fz="lg" id={`council-${condominium.id}`}>
                {condominium.name}
              </Title>
              <Text c="dimmed" fz="sm">
                {[condominium.addressLine1, [condominium.postalCode, condominium.city].filter(Boolean).join(' ')]
                  .filter(Boolean)
                  .join(', ')}
              </Text>
              <Text fz="sm">{t('council.sections')}</Text>
              <Anchor
                renderRoot={(props) => (
                  <Link to="/conseil-syndical/$condominiumId" params={{ condominiumId: condominium.id }} {...props} />
                )}
                fw={600}
              >
                {t('council.open', { name: condominium.name })}
              </Anchor>
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
