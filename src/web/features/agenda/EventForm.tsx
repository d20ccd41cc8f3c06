import { Alert, Button, Group, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { type AgendaCondominium, createEvent, EVENT_KINDS, type EventKind } from './agenda.queries.ts';

type Field = 'kind' | 'title' | 'startsOn' | 'endsOn' | 'description' | 'buildingId';
type Errors = Partial<Record<Field, string>>;
const FIELDS: readonly string[] = ['kind', 'title', 'startsOn', 'endsOn', 'description', 'buildingId'];

/** Announces an event to the whole condominium or to one of its buildings. */
export function EventForm({ condominium }: { condominium: AgendaCondominium }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<EventKind>('travaux');
  const [title, setTitle] = useState('');
  const [buildingId, setBuildingId] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [created, setCreated] = useState<string | null>(null);

  const save = useMutation({
    mutationFn: createEvent,
    onSuccess: async (event) => {
      setCreated(event.title);
      setTitle('');
      setStartsOn('');
      setEndsOn('');
      setDescription('');
      await queryClient.invalidateQueries({ queryKey: ['staff', 'agenda', 'events'] });
    },
    onError: (error) => {
      if (!(error instanceof ApiError)) return;
      const next: Errors = {};
      for (const problem of error.details?.fields ?? []) {
        if (FIELDS.includes(problem.field)) next[problem.field as Field] = problem.message;
      }
      setErrors(next);
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const found: Errors = {};
    if (title.trim() === '') found.title = t('agenda.staff.titleRequired');
    if (startsOn === '') found.startsOn = t('agenda.staff.startRequired');
    if (endsOn && startsOn && endsOn < startsOn) found.endsOn = t('agenda.staff.endBeforeStart');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    save.mutate({
      condominiumId: condominium.id,
      kind,
      title: title.trim(),
      startsOn,
      ...(buildingId ? { buildingId } : {}),
      ...(endsOn ? { endsOn } : {}),
      ...(description.trim() ? { description: description.trim() } : {}),
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('agenda.staff.kind')}
            data={EVENT_KINDS.map((value) => ({ value, label: t(`agenda.kinds.${value}`) }))}
            value={kind}
            onChange={(value) => value && setKind(value as EventKind)}
            allowDeselect={false}
            error={errors.kind}
          />
          <Select
            label={t('agenda.staff.building')}
            placeholder={t('agenda.staff.wholeCondominium')}
            data={condominium.buildings.map((building) => ({ value: building.id, label: building.name }))}
            value={buildingId}
            onChange={setBuildingId}
            clearable
            disabled={condominium.buildings.length === 0}
            error={errors.buildingId}
          />
        </SimpleGrid>
        <TextInput
          label={t('agenda.staff.eventTitle')}
          value={title}
          maxLength={150}
          required
          error={errors.title}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label={t('agenda.staff.startsOn')}
            value={startsOn}
            required
            error={errors.startsOn}
            onChange={(event) => setStartsOn(event.currentTarget.value)}
          />
          <TextInput
            type="date"
            label={t('agenda.staff.endsOn')}
            description={t('agenda.staff.endsOnHint')}
            value={endsOn}
            min={startsOn || undefined}
            error={errors.endsOn}
            onChange={(event) => setEndsOn(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Textarea
          label={t('agenda.staff.description')}
          value={description}
          maxLength={2000}
          autosize
          minRows={2}
          error={errors.description}
          onChange={(event) => setDescription(event.currentTarget.value)}
        />
        {save.error && Object.keys(errors).length === 0 && (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        )}
        <Group justify="space-between" gap="sm">
          <div aria-live="polite">{created ? t('agenda.staff.created', { title: created }) : ''}</div>
          <Button type="submit" loading={save.isPending}>
            {t('agenda.staff.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
