import { Alert, Anchor, Badge, Box, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { type Candidate, type RequestDetail, requestDetailQuery } from './activationRequests.queries.ts';
import { CandidateSearch } from './CandidateSearch.tsx';
import { DecisionPanel } from './DecisionPanel.tsx';
import { ProofPreview } from './ProofPreview.tsx';
import { STATUS_COLORS } from './statusColors.ts';

/** One request: who asks, their proofs, the client they are, and the decision. */
export function ActivationRequestDetailPage() {
  const { t } = useTranslation();
  const { requestId } = useParams({ from: '/espace/gestion/demandes-acces/$requestId' });
  const detail = useQuery(requestDetailQuery(requestId));
  const [selected, setSelected] = useState<Candidate | null>(null);
  const request = detail.data;

  return (
    <Stack gap="lg">
      <Anchor
        fz="sm"
        renderRoot={(props) => <Link to="/gestion/demandes-acces" {...props} />}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, alignSelf: 'flex-start' }}
      >
        <IconArrowLeft size={16} aria-hidden />
        {t('activationRequestDetail.back')}
      </Anchor>
      {detail.isPending && <Loader aria-label={t('app.loading')} />}
      {detail.error && (
        <Alert color="red" role="alert">
          {detail.error.message}
        </Alert>
      )}
      {request && (
        <>
          <Stack gap="xs">
            <PageHeading>{t('activationRequestDetail.title', { name: request.displayName })}</PageHeading>
            <Group gap="sm">
              <Badge color={STATUS_COLORS[request.status]} variant="filled" tt="none">
                {t(`activationQueue.status.${request.status}`)}
              </Badge>
              <Text c="dimmed" fz="sm">
                {t('activationQueue.submittedOn', { date: formatDateTime(request.submittedAt) })}
              </Text>
            </Group>
          </Stack>
          <Decision request={request} />
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Section title={t('activationRequestDetail.requester')}>
              <Facts request={request} />
            </Section>
            {request.status === 'pending' && (
              <Section title={t('activationRequestDetail.matchTitle')}>
                <Text fz="sm">{t('activationRequestDetail.matchIntro')}</Text>
                <CandidateSearch
                  requestId={request.id}
                  initialQuery={request.lastName}
                  selected={selected}
                  onSelect={setSelected}
                />
                <DecisionPanel request={request} selected={selected} />
              </Section>
            )}
          </SimpleGrid>
          <Section title={t('activationRequestDetail.proofs')}>
            <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {request.files.map((proof) => (
                <ProofPreview key={proof.id} proof={proof} />
              ))}
            </Stack>
          </Section>
        </>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={2} size="h3">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

function Decision({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  if (request.status === 'pending' || !request.decidedAt) return null;
  const when = formatDateTime(request.decidedAt);
  const who = request.decidedBy ?? '';
  return request.status === 'approved' ? (
    <Alert color={STATUS_COLORS.approved} title={t('activationRequestDetail.approvedTitle')}>
      {t('activationRequestDetail.approvedText', { date: when, staff: who, client: request.matchedPerson?.displayName ?? '' })}
    </Alert>
  ) : (
    <Alert color={STATUS_COLORS.rejected} title={t('activationRequestDetail.rejectedTitle')}>
      <Text fz="sm">{t('activationRequestDetail.rejectedText', { date: when, staff: who })}</Text>
      <Text fz="sm" fw={600} style={{ whiteSpace: 'pre-wrap' }}>
        « {request.rejectionReason} »
      </Text>
    </Alert>
  );
}

function Facts({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const rows: [string, string | null][] = [
    [t('activationRequestDetail.email'), request.email],
    [t('activationRequestDetail.phone'), request.phone],
    [t('activationRequestDetail.clientReference'), request.clientReferenceHint],
    [t('activationRequestDetail.lotNumber'), request.lotNumberHint],
    [t('activationRequestDetail.propertyAddress'), request.propertyAddress],
    [t('activationRequestDetail.message'), request.message],
  ];
  return (
    <Box component="dl" m={0}>
      {rows.map(([label, value]) => (
        <Box key={label} mb="sm">
          <Text component="dt" fz="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
            {value ?? t('activationRequestDetail.notGiven')}
          </Text>
        </Box>
      ))}
    </Box>
  );
}
