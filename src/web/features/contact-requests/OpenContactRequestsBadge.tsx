import { Badge, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { openContactRequestCountQuery } from './contactRequests.queries.ts';

/** The number of contact requests awaiting an answer, next to "Demandes de contact"; nothing when none wait. */
export function OpenContactRequestsBadge() {
  const { t } = useTranslation();
  const count = useQuery(openContactRequestCountQuery).data?.open ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" circle={count < 10} color="red.9" variant="filled">
      {count}
      <VisuallyHidden> {t('contactRequests.badge', { count })}</VisuallyHidden>
    </Badge>
  );
}
