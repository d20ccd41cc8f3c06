import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { StatusListPage } from '../../ui/StatusListPage.tsx';
import {
  answerContactRequest,
  type ContactRequestStatus,
  type StaffContactRequest,
  staffContactRequestsQuery,
} from './contactRequests.queries.ts';

/** "Demandes de contact": the agency's clients' questions, the oldest unanswered first, answered in place. */
export function ContactRequestsPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ContactRequestStatus>('open');
  const list = useQuery(staffContactRequestsQuery(status));
  const requests = list.data?.requests ?? [];

  return (
    <StatusListPage
      title={t('contactRequests.staff.title')}
      intro={t('contactRequests.staff.intro')}
      filter={{
        label: t('contactRequests.staff.filterLabel'),
        value: status,
        options: (['open', 'answered'] as const).map((value) => ({ value, label: t(`contactRequests.staff.filter.${value}`) })),
        onChange: setStatus,
      }}
      error={list.error}
      loading={list.isPending}
      count={list.data ? t(`contactRequests.staff.count.${status}`, { count: requests.length }) : ''}
    >
      {requests.map((request) => (
        <RequestCard key={request.id} request={request} />
      ))}
    </StatusListPage>
  );
}

function RequestCard({ request }: { request: StaffContactRequest }) {
  const { t } = useTranslation();
  return (
    <Card component="li" withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={2} fz="lg" style={{ overflowWrap: 'anywhere' }}>
              {request.subject}
            </Title>
            <Text fz="sm">
              <Anchor
                renderRoot={(props) => (
                  <Link to="/gestion/clients/$personId" params={{ personId: request.personId }} {...props} />
                )}
              >
                {request.displayName}
              </Anchor>
              {' · '}
              {t('contactRequests.staff.sentOn', { date: formatDateTime(request.createdAt) })}
            </Text>
          </Stack>
          <Badge color={request.status === 'open' ? 'orange.9' : 'green.9'} variant="light" tt="none">
            {t(`contactRequests.staff.status.${request.status}`)}
          </Badge>
        </Group>
        {request.property ? (
          <Text fz="sm" fw={500}>
            {t('contactRequests.staff.about', { property: request.property })}
          </Text>
        ) : null}
        <Text style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{request.message}</Text>
        <Text fz="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t(`contactRequests.staff.replyBy.${request.replyChannel}`, { to: request.replyTo ?? '—' })}
          {request.managerName ? ` · ${t('contactRequests.staff.addressedTo', { name: request.managerName })}` : ''}
        </Text>
        {request.status === 'answered' ? (
          <Card bg="gray.0" radius="md" padding="md">
            <Text fz="sm" fw={600}>
              {t('contactRequests.staff.answeredBy', {
                name: request.answeredBy ?? '—',
                date: request.answeredAt ? formatDateTime(request.answeredAt) : '',
              })}
            </Text>
            <Text fz="sm" mt={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
              {request.answer}
            </Text>
          </Card>
        ) : (
          <AnswerForm request={request} />
        )}
      </Stack>
    </Card>
  );
}

function AnswerForm({ request }: { request: StaffContactRequest }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState('');
  const [missing, setMissing] = useState(false);
  const send = useMutation({
    mutationFn: (text: string) => answerContactRequest(request.id, text),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff', 'contact-requests'] }),
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (answer.trim().length < 2) {
      setMissing(true);
      return;
    }
    send.mutate(answer.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Textarea
          label={t('contactRequests.staff.answerLabel', { subject: request.subject })}
          description={request.email ? t('contactRequests.staff.answerHint') : t('contactRequests.staff.answerHintNoEmail')}
          value={answer}
          autosize
          minRows={3}
          maxLength={5000}
          error={missing ? t('contactRequests.staff.answerRequired') : undefined}
          onChange={(event) => {
            setAnswer(event.currentTarget.value);
            setMissing(false);
          }}
        />
        {send.error && (
          <Alert color="red" role="alert">
            {send.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={send.isPending}>
            {t('contactRequests.staff.answerSend')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
