import { Card, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Interventions": incidents are declared in a later issue, so today there is truly none in progress. */
export function IncidentsCard() {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="incidents-title">
      <Title order={2} fz="h3" id="incidents-title" mb="sm">
        {t('home.incidents.title')}
      </Title>
      <Text>{t('home.incidents.none')}</Text>
    </Card>
  );
}
