import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../domain/calendar.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { QueryFallback } from '../../ui/QueryStatus.tsx';
import { CondominiumSelect } from '../contracts/CondominiumSelect.tsx';
import { agencyCondominiumsQuery } from '../contracts/contracts.queries.ts';
import { BudgetEditor } from './BudgetEditor.tsx';
import { budgetQuery } from './fundsCalls.queries.ts';
import { IssuedCalls, IssueQuarter } from './IssuedCalls.tsx';

/**
 * "/gestion/appels-de-fonds": staff choose a condominium and a year, enter its voted budget, issue a quarter
 * and find every co-owner's call among the issued ones. The next year is shown first: budgets are voted ahead.
 */
export function FundsCallsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate({ from: '/gestion/appels-de-fonds' });
  const { copropriete, exercice } = useSearch({ from: '/espace/gestion/appels-de-fonds' });
  const condominiums = useQuery(agencyCondominiumsQuery);
  const thisYear = Number(parisDate(new Date()).slice(0, 4));
  const year = exercice ?? thisYear + 1;
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <Stack gap="lg" maw={1100}>
      <PageHeading>{t('fundsCalls.pageTitle')}</PageHeading>
      <Text c="dimmed">{t('fundsCalls.intro')}</Text>
      {condominiums.error ? (
        <Alert color="red" role="alert">
          {condominiums.error.message}
        </Alert>
      ) : null}
      <Group align="flex-end">
        <CondominiumSelect
          label={t('fundsCalls.condominium')}
          placeholder={t('fundsCalls.chooseCondominium')}
          value={copropriete ?? null}
          onChange={(value) => {
            setNotice(null);
            void navigate({ search: { ...(value ? { copropriete: value } : {}), exercice: year } });
          }}
          w={420}
        />
        <Select
          label={t('fundsCalls.year')}
          data={[thisYear - 1, thisYear, thisYear + 1].map((value) => String(value))}
          value={String(year)}
          onChange={(value) => {
            setNotice(null);
            void navigate({ search: { ...(copropriete ? { copropriete } : {}), exercice: Number(value) } });
          }}
          allowDeselect={false}
          w={140}
        />
      </Group>
      <div role="status" aria-live="polite">
        {notice ? (
          <Alert color="green" withCloseButton closeButtonLabel={t('fundsCalls.close')} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {copropriete ? (
        <CondominiumFunds key={`${copropriete}-${year}`} condominiumId={copropriete} year={year} onNotice={setNotice} />
      ) : null}
    </Stack>
  );
}

function CondominiumFunds({
  condominiumId,
  year,
  onNotice,
}: {
  condominiumId: string;
  year: number;
  onNotice: (message: string) => void;
}) {
  const budget = useQuery(budgetQuery(condominiumId, year));
  if (budget.error || !budget.data) return <QueryFallback error={budget.error} />;
  // Keyed by what was saved, so the form restarts from the stored budget after a save or an issue.
  const version = JSON.stringify([budget.data.budget, budget.data.issuedQuarters]);
  return (
    <Stack gap="xl">
      <BudgetEditor key={version} view={budget.data} onSaved={onNotice} />
      <IssueQuarter key={`issue-${version}`} view={budget.data} onIssued={onNotice} />
      <IssuedCalls condominiumId={condominiumId} />
    </Stack>
  );
}
