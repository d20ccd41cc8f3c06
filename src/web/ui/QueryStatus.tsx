import { Alert, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * What a list shows before its table: the loader while the query runs, its error as an alert, and the
 * "nothing yet" sentence once it answered empty. Shared so every list announces these the same way
 * (same loader name, same alert role) — the table itself stays with the page.
 */
export function QueryStatus({
  query,
  isEmpty,
  emptyText,
}: {
  query: { isPending: boolean; error: Error | null };
  isEmpty: boolean;
  emptyText: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {query.isPending ? <Loader size="sm" aria-label={t('app.loading')} /> : null}
      {query.error ? (
        <Alert color="red" role="alert">
          {query.error.message}
        </Alert>
      ) : null}
      {isEmpty ? <Text c="dimmed">{emptyText}</Text> : null}
    </>
  );
}

/**
 * What a panel shows instead of its content while its query has no answer: the error as an alert, else the
 * loading text. Called as `if (q.error || !q.data) return <QueryFallback error={q.error} />;` so the error wins
 * over stale data, as before, and TypeScript knows `q.data` afterwards.
 */
export function QueryFallback({ error }: { error: Error | null }) {
  const { t } = useTranslation();
  if (error)
    return (
      <Alert color="red" role="alert">
        {error.message}
      </Alert>
    );
  return <Text>{t('app.loading')}</Text>;
}
