import { Accordion, Badge, Group, Stack, Text } from '@mantine/core';
import { IconMail, IconMessage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../api/types.ts';
import { formatDateTime } from '../../ui/format.ts';
import { linkify } from './linkify.tsx';

const STATUS_COLORS: Record<OutboxMessage['status'], string> = {
  pending: 'yellow',
  sent: 'green',
  failed: 'red',
  kept: 'gray',
};

export function OutboxMessageItem({ message }: { message: OutboxMessage }) {
  const { t } = useTranslation();
  const ChannelIcon = message.channel === 'email' ? IconMail : IconMessage;
  return (
    <Accordion.Item value={message.id}>
      <Accordion.Control icon={<ChannelIcon size={20} aria-hidden />}>
        <Stack gap={2}>
          <Group gap="xs">
            <Text fz="sm" c="dimmed">
              <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
            </Text>
            <Badge size="sm" variant="light" tt="none">
              {t(`outbox.channel.${message.channel}`)}
            </Badge>
            <Badge size="sm" variant="light" color={STATUS_COLORS[message.status]} tt="none">
              {t(`outbox.status.${message.status}`)}
            </Badge>
          </Group>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {message.subject ?? t('outbox.noSubject')}
          </Text>
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('outbox.to')} {message.recipient}
          </Text>
        </Stack>
      </Accordion.Control>
      <Accordion.Panel>
        <pre className="message-body">{linkify(message.textBody)}</pre>
      </Accordion.Panel>
    </Accordion.Item>
  );
}
