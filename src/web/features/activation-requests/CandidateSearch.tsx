import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PersonSearch, useSearchText } from '../../ui/PersonSearch.tsx';
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
  const search = useSearchText(initialQuery);
  const results = useQuery(candidatesQuery(requestId, search.text));
  return (
    <PersonSearch
      label={t('activationRequestDetail.searchLabel')}
      description={t('activationRequestDetail.searchHint')}
      search={search}
      results={results}
      people={results.data?.candidates}
      countLabel={(count) => t('activationRequestDetail.candidateCount', { count })}
      resultsLabel={t('activationRequestDetail.candidatesLabel')}
      describe={(candidate) => describe(candidate, t)}
      selectedId={selected?.personId ?? null}
      onSelect={onSelect}
    />
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
