import { Alert, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';

export interface FoundPerson {
  personId: string;
  displayName: string;
}

/** What is typed in the search field, and the text to search once the typing pauses. */
export interface SearchText {
  typed: string;
  setTyped: (value: string) => void;
  /** Trimmed and debounced. */
  text: string;
  /** Whether `text` is long enough (two characters) to be searched. */
  searching: boolean;
}

export function useSearchText(initialText = ''): SearchText {
  const [typed, setTyped] = useState(initialText);
  const [text] = useDebouncedValue(typed.trim(), 300);
  return { typed, setTyped, text, searching: text.length >= 2 };
}

interface PersonSearchProps<P extends FoundPerson> {
  /** The field's id, for a form that points at it from its error summary. */
  id?: string;
  label: string;
  description: string;
  error?: string;
  search: SearchText;
  /** The query asking for `search.text`. */
  results: { isFetching: boolean; error: Error | null };
  /** The people found, once the answer is there. */
  people: P[] | undefined;
  /** "3 clients trouvés", read out by screen readers as the results change. */
  countLabel: (count: number) => string;
  resultsLabel: string;
  /** The line under a name: references, lots, email… */
  describe: (person: P) => string;
  selectedId: string | null;
  onSelect: (person: P) => void;
}

/**
 * Staff finding one of the agency's people by name, identifier or lot, then choosing them among the results:
 * the addressee of a personal document, the client an access request is about.
 */
export function PersonSearch<P extends FoundPerson>({
  id,
  label,
  description,
  error,
  search,
  results,
  people: found,
  countLabel,
  resultsLabel,
  describe,
  selectedId,
  onSelect,
}: PersonSearchProps<P>) {
  const people = search.searching ? (found ?? []) : [];

  return (
    <Stack gap="sm">
      <TextInput
        id={id}
        type="search"
        label={label}
        description={description}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={results.isFetching ? <Loader size="xs" aria-hidden /> : null}
        value={search.typed}
        error={error}
        maxLength={100}
        onChange={(event) => search.setTyped(event.currentTarget.value)}
      />
      {results.error && (
        <Alert color="red" role="alert">
          {results.error.message}
        </Alert>
      )}
      <Text aria-live="polite" fz="sm" fw={600}>
        {search.searching && found ? countLabel(people.length) : ''}
      </Text>
      {people.length > 0 && (
        <Radio.Group
          label={resultsLabel}
          value={selectedId}
          onChange={(personId) => {
            const person = people.find((candidate) => candidate.personId === personId);
            if (person) onSelect(person);
          }}
        >
          <Stack gap="sm" mt="xs">
            {people.map((person) => (
              <Radio key={person.personId} value={person.personId} label={person.displayName} description={describe(person)} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}
