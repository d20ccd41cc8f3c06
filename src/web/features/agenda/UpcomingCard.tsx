import { Alert, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/format.ts';
import { type AgendaItem, agendaQuery } from './agenda.queries.ts';

/** At most this many lines on the home page; the rest waits for a later visit or its own page. */
const SHOWN = 8;

const kindColor: Record<AgendaItem['kind'], string> = {
  assemblee: 'grape.9',
  travaux: 'cyan.9',
  visite: 'teal.9',
  echeance: 'blue.9',
  appel_de_fonds: 'blue.9',
  loyer: 'blue.9',
  autre: 'gray.8',
};

/** "À venir": meetings, works, visits and due dates of the next 90 days, the soonest first. */
export function UpcomingCard() {
  const { t } = useTranslation();
  const agenda = useQuery(agendaQuery);
  const items = agenda.data?.items ?? [];
  return (
    <Card component="section" aria-labelledby="upcoming-title">
      <Title order={2} fz="h3" id="upcoming-title" mb="md">
        {t('agenda.title')}
      </Title>
      {agenda.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
      {agenda.error && (
        <Alert color="red" role="alert">
          {agenda.error.message}
        </Alert>
      )}
      {agenda.data && items.length === 0 && <Text c="dimmed">{t('agenda.empty')}</Text>}
      {items.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.slice(0, SHOWN).map((item) => (
            <UpcomingLine key={item.id} item={item} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function UpcomingLine({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const when = item.endsOn
    ? t('agenda.period', { start: formatDate(item.startsOn), end: formatDate(item.endsOn) })
    : formatDate(item.startsOn);
  const place = [item.condominiumName, item.buildingName].filter(Boolean).join(' · ');
  return (
    <li>
      <Group gap="sm" wrap="nowrap" align="flex-start">
        <Text component="time" dateTime={item.startsOn} fw={700} fz="sm" miw={92} style={{ whiteSpace: 'nowrap' }}>
          {formatDate(item.startsOn)}
        </Text>
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Text fw={600} fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {item.title}
          </Text>
          <Group gap="xs" wrap="wrap">
            <Badge size="sm" variant="filled" color={kindColor[item.kind]} tt="none">
              {t(`agenda.kinds.${item.kind}`)}
            </Badge>
            {(item.endsOn || place) && (
              <Text fz="xs" c="dimmed">
                {[item.endsOn ? when : null, place || null].filter(Boolean).join(' · ')}
              </Text>
            )}
          </Group>
          {item.description && (
            <Text fz="xs" c="dimmed" lineClamp={2}>
              {item.description}
            </Text>
          )}
        </Stack>
      </Group>
    </li>
  );
}
