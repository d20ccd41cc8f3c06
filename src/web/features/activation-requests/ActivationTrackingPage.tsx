import { Alert, Anchor, Badge, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconClockHour4, IconInfoCircle, IconMailForward } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { PublicLayout } from '../../ui/PublicLayout.tsx';
import { type Tracking, trackingQuery } from './activationRequests.queries.ts';
import { STATUS_COLORS } from './statusColors.ts';

/** `/demande-acces/suivi?jeton=…`: where the request stands, from the link of the confirmation email. */
export function ActivationTrackingPage() {
  const { t } = useTranslation();
  const { jeton, nouvelle } = useSearch({ from: '/demande-acces/suivi' });
  const tracking = useQuery({ ...trackingQuery(jeton ?? ''), enabled: Boolean(jeton) });

  return (
    <PublicLayout>
      <Stack gap="lg">
        <PageHeading fz={{ base: 24, sm: 28 }}>{t('activationTracking.title')}</PageHeading>
        {nouvelle && tracking.data && (
          <Alert color="palier" icon={<IconMailForward aria-hidden />} title={t('activationTracking.sentTitle')}>
            {t('activationTracking.sentText')}
          </Alert>
        )}
        {!jeton && (
          <Alert color="red" role="alert">
            {t('activationTracking.missingToken')}
          </Alert>
        )}
        {tracking.isPending && jeton && <Loader aria-label={t('app.loading')} />}
        {tracking.error && (
          <Alert color="red" role="alert">
            {tracking.error.message}
          </Alert>
        )}
        {tracking.data && <TrackingCard tracking={tracking.data} />}
        <Group gap="lg">
          <Anchor renderRoot={(props) => <Link to="/connexion" {...props} />}>{t('app.backToLogin')}</Anchor>
          {tracking.data?.status === 'rejected' && (
            <Anchor renderRoot={(props) => <Link to="/demande-acces" {...props} />}>{t('activationTracking.newRequest')}</Anchor>
          )}
        </Group>
      </Stack>
    </PublicLayout>
  );
}

function TrackingCard({ tracking }: { tracking: Tracking }) {
  const { t } = useTranslation();
  const { status } = tracking;
  const Icon = status === 'approved' ? IconCircleCheck : status === 'pending' ? IconClockHour4 : IconInfoCircle;
  return (
    <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} component="section" aria-labelledby="tracking-status">
      <Stack gap="md">
        {tracking.firstName && <Text>{t('activationTracking.greeting', { name: tracking.firstName })}</Text>}
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Icon size={24} aria-hidden color={STATUS_COLORS[status]} />
          <Stack gap={4}>
            <Title order={2} size="h4" id="tracking-status">
              {t(`activationTracking.status.${status}`)}
            </Title>
            <Badge color={STATUS_COLORS[status]} variant="filled" tt="none" w="fit-content">
              {t(`activationTracking.badge.${status}`)}
            </Badge>
          </Stack>
        </Group>
        <Text>{t('activationTracking.submitted', { date: formatDate(tracking.submittedAt), agency: tracking.agencyName })}</Text>
        {status === 'pending' && <Text>{t('activationTracking.pendingText')}</Text>}
        {status === 'approved' && (
          <Text>{t('activationTracking.approvedText', { date: tracking.decidedAt ? formatDate(tracking.decidedAt) : '' })}</Text>
        )}
        {status === 'rejected' && (
          <Stack gap={4}>
            <Text>{t('activationTracking.rejectedText')}</Text>
            <Text fw={600} style={{ whiteSpace: 'pre-wrap' }}>
              « {tracking.rejectionReason} »
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
