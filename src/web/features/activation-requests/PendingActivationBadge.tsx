import { Badge, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { pendingCountQuery } from './activationRequests.queries.ts';

/** The number of requests waiting, next to "Demandes d'accès" in the staff menu; nothing when none wait. */
export function PendingActivationBadge() {
  const { t } = useTranslation();
  const count = useQuery(pendingCountQuery).data?.pending ?? 0;
  if (count === 0) return null;
  return (
    <Badge size="sm" circle={count < 10} color="red.9" variant="filled">
      {count}
      <VisuallyHidden> {t('activationQueue.pendingBadge', { count })}</VisuallyHidden>
    </Badge>
  );
}
