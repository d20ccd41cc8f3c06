import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { councilCondominiumsQuery } from './council.queries.ts';

/**
 * On "Situation financière", for a council member only: the seed's "Les + du Conseil Syndical", the way into
 * the syndicate's accounts next to their own.
 */
export function CouncilFinanceCard() {
  const { t } = useTranslation();
  const condominiums = useQuery(councilCondominiumsQuery);
  const list = condominiums.data?.condominiums ?? [];
  if (list.length === 0) return null;
  return (
    <Card component="section" aria-labelledby="council-finance-card" withBorder>
      <Stack gap="xs">
        <Title order={2} fz="h4" id="council-finance-card">
          {t('council.title')}
        </Title>
        <Text fz="sm">{t('council.intro')}</Text>
        {list.map((condominium) => (
          <Anchor
            key={condominium.id}
            renderRoot={(props) => (
              <Link to="/conseil-syndical/$condominiumId" params={{ condominiumId: condominium.id }} {...props} />
            )}
            fw={600}
          >
            {t('council.open', { name: condominium.name })}
          </Anchor>
        ))}
      </Stack>
    </Card>
  );
}
