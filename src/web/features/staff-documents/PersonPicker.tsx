import { Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PersonSearch, useSearchText } from '../../ui/PersonSearch.tsx';
import { clientListQuery } from '../client-access/clientAccess.queries.ts';

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
  const search = useSearchText();
  const results = useQuery({ ...clientListQuery(search.text, 1), enabled: search.searching });

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
    <PersonSearch
      id="personId"
      label={t('staffDocuments.person.search')}
      description={t('staffDocuments.person.searchHint')}
      error={error}
      search={search}
      results={results}
      people={results.data?.clients}
      countLabel={(count) => t('staffDocuments.person.count', { count })}
      resultsLabel={t('staffDocuments.person.results')}
      describe={(client) =>
        [
          client.references.join(', '),
          client.lots.length ? t('staffDocuments.person.lots', { lots: client.lots.join(', ') }) : null,
        ]
          .filter(Boolean)
          .join(' · ')
      }
      selectedId={null}
      onSelect={(client) => onChoose({ personId: client.personId, displayName: client.displayName })}
    />
  );
}
