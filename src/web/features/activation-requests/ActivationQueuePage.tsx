import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { StatusListPage } from '../../ui/StatusListPage.tsx';
import { type QueueItem, queueQuery, type RequestStatus } from './activationRequests.queries.ts';
import { ageColor } from './statusColors.ts';

/** "Demandes d'accès": the agency's requests, the oldest pending first. */
export function ActivationQueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RequestStatus>('pending');
  const list = useQuery(queueQuery(status));
  const requests = list.data?.requests ?? [];

  return (
    <StatusListPage
      title={t('activationQueue.title')}
      intro={t('activationQueue.intro')}
      filter={{
        label: t('activationQueue.filterLabel'),
        value: status,
        options: (['pending', 'approved', 'rejected'] as const).map((value) => ({
          value,
          label: t(`activationQueue.filter.${value}`),
        })),
        onChange: setStatus,
      }}
      error={list.error}
      loading={list.isPending}
      count={list.data ? t(`activationQueue.count.${status}`, { count: requests.length }) : ''}
      gap="sm"
    >
      {requests.map((request) => (
        <QueueCard key={request.id} request={request} />
      ))}
    </StatusListPage>
  );
}

function QueueCard({ request }: { request: QueueItem }) {
  const { t } = useTranslation();
  const pending = request.status === 'pending';
  return (
    <Card component="li" withBorder radius="md" padding="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Stack gap={2} style={{ minWidth: 0 }}>
          <Anchor
            fw={700}
            renderRoot={(props) => <Link to="/gestion/demandes-acces/$requestId" params={{ requestId: request.id }} {...props} />}
          >
            {request.displayName}
          </Anchor>
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {request.email}
          </Text>
          {request.propertyAddress && (
            <Text fz="sm" c="dimmed">
              {request.propertyAddress}
            </Text>
          )}
          <Text fz="sm" c="dimmed">
            {pending || !request.decidedAt
              ? t('activationQueue.submittedOn', { date: formatDateTime(request.submittedAt) })
              : t('activationQueue.decidedOn', { date: formatDateTime(request.decidedAt) })}
          </Text>
        </Stack>
        {pending && (
          <Badge color={ageColor(request.ageHours)} variant="filled" tt="none">
            {t('activationQueue.age', { count: request.ageHours })}
          </Badge>
        )}
      </Group>
    </Card>
  );
}
