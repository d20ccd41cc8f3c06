import { Alert, Loader, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Candidate, candidatesQuery } from './activationRequests.queries.ts';

interface CandidateSearchProps {
  requestId: string;
  initialQuery: string;
  selected: Candidate | null;
  onSelect: (candidate: Candidate | null) => void;
}

/** Finds the agency's client the request is about: by name, identifier or lot number. */
export function CandidateSearch({ requestId, initialQuery, selected, onSelect }: CandidateSearchProps) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(initialQuery);
  const [query] = useDebouncedValue(typed.trim(), 300);
  const search = useQuery(candidatesQuery(requestId, query));
  const candidates = search.data?.candidates ?? [];

  return (
    <Stack gap="sm">
      <TextInput
        type="search"
        label={t('activationRequestDetail.searchLabel')}
        description={t('activationRequestDetail.searchHint')}
        leftSection={<IconSearch size={18} aria-hidden />}
        rightSection={search.isFetching ? <Loader size="xs" aria-hidden /> : null}
        value={typed}
        maxLength={100}
        onChange={(event) => setTyped(event.currentTarget.value)}
      />
      {search.error && (
        <Alert color="red" role="alert">
          {search.error.message}
        </Alert>
      )}
      <Text aria-live="polite" fz="sm" fw={600}>
        {query.length >= 2 && search.data ? t('activationRequestDetail.candidateCount', { count: candidates.length }) : ''}
      </Text>
      {candidates.length > 0 && (
        <Radio.Group
          label={t('activationRequestDetail.candidatesLabel')}
          value={selected?.personId ?? null}
          onChange={(personId) => onSelect(candidates.find((candidate) => candidate.personId === personId) ?? null)}
        >
          <Stack gap="sm" mt="xs">
            {candidates.map((candidate) => (
              <Radio
                key={candidate.personId}
                value={candidate.personId}
                label={candidate.displayName}
                description={describe(candidate, t)}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}

function describe(candidate: Candidate, t: TFunction): string {
  const parts = [
    candidate.references.length > 0 ? t('activationRequestDetail.references', { list: candidate.references.join(', ') }) : null,
    candidate.lots.length > 0 ? t('activationRequestDetail.lots', { list: candidate.lots.join(', ') }) : null,
    candidate.email ? candidate.email : t('activationRequestDetail.noEmail'),
  ];
  return parts.filter(Boolean).join(' · ');
}
