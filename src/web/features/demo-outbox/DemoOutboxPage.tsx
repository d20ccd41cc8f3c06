import { Accordion, Alert, Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { demoOutboxQuery } from '../../api/queries.ts';
import type { OutboxMessage } from '../../api/types.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { PublicLayout } from '../../ui/PublicLayout.tsx';
import { OutboxMessageItem } from './OutboxMessageItem.tsx';

function newestFirst(messages: OutboxMessage[]): OutboxMessage[] {
  return [...messages].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/** The emails and SMS the demo mode kept instead of sending them. Reachable without a session. */
export function DemoOutboxPage() {
  const { t } = useTranslation();
  const outbox = useQuery(demoOutboxQuery);
  const notDemo = outbox.error instanceof ApiError && outbox.error.status === 404;

  return (
    <PublicLayout size="md" showDemoOutboxLink={false}>
      <Stack gap="lg">
        <Stack gap="xs">
          <PageHeading fz={{ base: 24, sm: 30 }}>{t('outbox.title')}</PageHeading>
          <Text c="dimmed">{t('outbox.intro')}</Text>
        </Stack>
        <Group justify="space-between">
          <Text fw={600} aria-live="polite">
            {outbox.data ? t('outbox.count', { count: outbox.data.messages.length }) : ''}
          </Text>
          <Button
            variant="default"
            leftSection={<IconRefresh size={18} aria-hidden />}
            loading={outbox.isFetching}
            onClick={() => void outbox.refetch()}
          >
            {t('outbox.refresh')}
          </Button>
        </Group>
        {outbox.isPending ? (
          <Group justify="center" py="xl">
            <Loader aria-label={t('app.loading')} />
          </Group>
        ) : null}
        {outbox.error ? (
          <Alert color={notDemo ? 'palier' : 'red'} icon={<IconInfoCircle aria-hidden />} role="alert">
            {notDemo ? t('outbox.notDemo') : outbox.error.message}
          </Alert>
        ) : null}
        {outbox.data && outbox.data.messages.length === 0 ? (
          <Card>
            <Text ta="center" c="dimmed">
              {t('outbox.empty')}
            </Text>
          </Card>
        ) : null}
        {outbox.data && outbox.data.messages.length > 0 ? (
          <Accordion variant="separated" radius="lg" multiple chevronPosition="right">
            {newestFirst(outbox.data.messages).map((message) => (
              <OutboxMessageItem key={message.id} message={message} />
            ))}
          </Accordion>
        ) : null}
      </Stack>
    </PublicLayout>
  );
}
