import { Alert, Button, Group, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ClientSummary, clientListQuery } from '../client-access/clientAccess.queries.ts';

export interface ChosenPerson {
  personId: string;
  displayName: string;
}

interface PersonPickerProps {
  chosen: ChosenPerson | null;
  error: string | undefined;
  onChoose: (person: ChosenPerson | null) => void;
}

/** The addressee of a personal document, found with the agency's client search (name, identifier, lot). */
export function PersonPicker({ chosen, error, onChoose }: PersonPickerProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [query] = useDebouncedValue(typed.trim(), 300);
  const search = useQuery({ ...clientListQuery(query, 1), enabled: query.length >= 2 });
  const clients: ClientSummary[] = query.length >= 2 ? (search.data?.clients ?? []) : [];

  if (chosen)
    return (
      <Group gap="sm">
        <Text>
          {t('staffDocuments.person.chosen')} <strong>{chosen.displayName}</strong>
        </Text>
        <Button variant="subtle" size="xs" onClick={() => onChoose(null)}>
          {t('staffDocuments.person.change')}
        </Button>
      </Group>
    );

  return (
    <Stack gap="sm">
      <TextInput
        id="personId"
        type="search"
        label={t('staffDocuments.person.search')}
        description={t('staffDocuments.person.searchHint')}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={search.isFetching ? <Loader size="xs" aria-hidden /> : null}
        value={typed}
        error={error}
        maxLength={100}
        onChange={(event) => setTyped(event.currentTarget.value)}
      />
      {search.error && (
        <Alert color="red" role="alert">
          {search.error.message}
        </Alert>
      )}
      <Text aria-live="polite" fz="sm" fw={600}>
        {query.length >= 2 && search.data ? t('staffDocuments.person.count', { count: clients.length }) : ''}
      </Text>
      {clients.length > 0 && (
        <Radio.Group
          label={t('staffDocuments.person.results')}
          value={null}
          onChange={(personId) => {
            const client = clients.find((candidate) => candidate.personId === personId);
            if (client) onChoose({ personId: client.personId, displayName: client.displayName });
          }}
        >
          <Stack gap="sm" mt="xs">
            {clients.map((client) => (
              <Radio
                key={client.personId}
                value={client.personId}
                label={client.displayName}
                description={[
                  client.references.join(', '),
                  client.lots.length ? t('staffDocuments.person.lots', { lots: client.lots.join(', ') }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
