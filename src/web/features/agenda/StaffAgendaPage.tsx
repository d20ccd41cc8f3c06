import { Alert, Button, Card, Group, Loader, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { NotifyCondominiumForm } from '../notifications/NotifyCondominiumForm.tsx';
import {
  type AgendaCondominium,
  agendaCondominiumsQuery,
  deleteEvent,
  type StaffEvent,
  staffEventsQuery,
} from './agenda.queries.ts';
import { EventForm } from './EventForm.tsx';

/** "Agenda des copropriétés": what each condominium's people see under "À venir", announced and withdrawn here. */
export function StaffAgendaPage() {
  const { t } = useTranslation();
  const condominiums = useQuery(agendaCondominiumsQuery);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = condominiums.data?.condominiums ?? [];
  const condominium = list.find((entry) => entry.id === chosen) ?? list[0];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageHeading>{t('agenda.staff.title')}</PageHeading>
        <Text c="dimmed">{t('agenda.staff.intro')}</Text>
      </Stack>
      {condominiums.isPending && <Loader aria-label={t('app.loading')} />}
      {condominiums.error && (
        <Alert color="red" role="alert">
          {condominiums.error.message}
        </Alert>
      )}
      {condominiums.data && list.length === 0 && <Text>{t('agenda.staff.noCondominium')}</Text>}
      {condominium && (
        <>
          <Select
            label={t('agenda.staff.condominium')}
            data={list.map((entry) => ({ value: entry.id, label: entry.name }))}
            value={condominium.id}
            onChange={(value) => value && setChosen(value)}
            allowDeselect={false}
            searchable
            maw={480}
          />
          <CondominiumAgenda key={condominium.id} condominium={condominium} />
        </>
      )}
    </Stack>
  );
}

function CondominiumAgenda({ condominium }: { condominium: AgendaCondominium }) {
  const { t } = useTranslation();
  const events = useQuery(staffEventsQuery(condominium.id));
  const items = events.data?.events ?? [];
  return (
    <>
      <Card component="section" aria-labelledby="staff-agenda-events" withBorder>
        <Title order={2} fz="h3" id="staff-agenda-events" mb="md">
          {t('agenda.staff.eventsOf', { name: condominium.name })}
        </Title>
        {events.isPending && <Loader size="sm" aria-label={t('app.loading')} />}
        {events.error && (
          <Alert color="red" role="alert">
            {events.error.message}
          </Alert>
        )}
        {events.data && items.length === 0 && <Text c="dimmed">{t('agenda.staff.noEvent')}</Text>}
        {items.length > 0 && (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((event) => (
              <EventLine key={event.id} event={event} />
            ))}
          </Stack>
        )}
      </Card>
      <Card component="section" aria-labelledby="staff-agenda-new" withBorder>
        <Title order={2} fz="h3" id="staff-agenda-new" mb="md">
          {t('agenda.staff.newEvent')}
        </Title>
        <EventForm condominium={condominium} />
      </Card>
      <Card component="section" aria-labelledby="staff-agenda-notify" withBorder>
        <Title order={2} fz="h3" id="staff-agenda-notify" mb={4}>
          {t('notifications.staff.title')}
        </Title>
        <Text c="dimmed" fz="sm" mb="md">
          {t('notifications.staff.intro', { name: condominium.name })}
        </Text>
        <NotifyCondominiumForm condominiumId={condominium.id} />
      </Card>
    </>
  );
}

function EventLine({ event }: { event: StaffEvent }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteEvent(event.id),
    onSuccess: async () => {
      setConfirming(false);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'agenda', 'events'] });
    },
  });
  const when = event.endsOn
    ? t('agenda.period', { start: formatDate(event.startsOn), end: formatDate(event.endsOn) })
    : formatDate(event.startsOn);
  return (
    <li>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {event.title}
          </Text>
          <Text fz="sm" c="dimmed">
            {[when, t(`agenda.kinds.${event.kind}`), event.buildingName ?? t('agenda.staff.wholeCondominium')].join(' · ')}
          </Text>
          {event.description && (
            <Text fz="sm" style={{ whiteSpace: 'pre-line' }}>
              {event.description}
            </Text>
          )}
        </Stack>
        <Button
          variant="outline"
          color="red.9"
          size="compact-sm"
          leftSection={<IconTrash size={16} aria-hidden />}
          aria-label={t('agenda.staff.deleteNamed', { title: event.title })}
          onClick={() => setConfirming(true)}
        >
          {t('agenda.staff.delete')}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('agenda.staff.deleteTitle')} centered>
        <Stack gap="md">
          <Text>{t('agenda.staff.deleteText', { title: event.title })}</Text>
          {remove.error && (
            <Alert color="red" role="alert">
              {remove.error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {t('agenda.staff.cancel')}
            </Button>
            <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate()}>
              {t('agenda.staff.confirmDelete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </li>
  );
}
