import { Alert, Anchor, Badge, Card, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { type QueueItem, queueQuery, type RequestStatus } from './activationRequests.queries.ts';
import { ageColor } from './statusColors.ts';

/** "Demandes d'accès": the agency's requests, the oldest pending first. */
export function ActivationQueuePage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<RequestStatus>('pending');
  const list = useQuery(queueQuery(status));
  const requests = list.data?.requests ?? [];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <PageHeading>{t('activationQueue.title')}</PageHeading>
        <Text c="dimmed">{t('activationQueue.intro')}</Text>
      </Stack>
      <SegmentedControl
        value={status}
        onChange={(value) => setStatus(value as RequestStatus)}
        aria-label={t('activationQueue.filterLabel')}
        data={(['pending', 'approved', 'rejected'] as const).map((value) => ({
          value,
          label: t(`activationQueue.filter.${value}`),
        }))}
        w="fit-content"
        maw="100%"
      />
      {list.error && (
        <Alert color="red" role="alert">
          {list.error.message}
        </Alert>
      )}
      {list.isPending && <Loader aria-label={t('app.loading')} />}
      <Text aria-live="polite" fw={600}>
        {list.data ? t(`activationQueue.count.${status}`, { count: requests.length }) : ''}
      </Text>
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {requests.map((request) => (
          <QueueCard key={request.id} request={request} />
        ))}
      </Stack>
    </Stack>
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
