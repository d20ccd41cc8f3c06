import {
  ActionIcon,
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Loader,
  Popover,
  Stack,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { IconBell, IconChecks } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import {
  markAllNotificationsRead,
  markNotificationRead,
  type NotificationItem,
  notificationsQuery,
} from './notifications.queries.ts';

/**
 * The bell of the header: the unread count as a red badge, the latest notifications in a dialog. Opening one
 * marks it read and goes to its page, if it has one; "Tout marquer comme lu" clears the count.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const queryClient = useQueryClient();
  const router = useRouter();
  const headingId = useId();
  const notifications = useQuery(notificationsQuery);
  const unread = notifications.data?.unreadCount ?? 0;
  const items = notifications.data?.items ?? [];

  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationsQuery.queryKey });
  const read = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const readAll = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });

  const open = (item: NotificationItem) => {
    if (!item.readAt) read.mutate(item.id);
    if (item.link?.startsWith('/')) {
      setOpened(false);
      // A path with its query ("/documents?document=…"): the history takes it whole.
      router.history.push(item.link);
    }
  };

  // Until the first answer, the bell does not claim that nothing is unread.
  const label = !notifications.data
    ? t('notifications.bellLabelPending')
    : unread === 0
      ? t('notifications.bellLabelNone')
      : t('notifications.bellLabel', { count: unread });

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      position="bottom-end"
      width={380}
      shadow="md"
      trapFocus
      returnFocus
      withinPortal={false}
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          radius="xl"
          aria-label={label}
          onClick={() => setOpened((value) => !value)}
          style={{ position: 'relative', overflow: 'visible' }}
        >
          <IconBell size={22} aria-hidden />
          {unread > 0 && (
            <Badge
              size="xs"
              circle={unread < 10}
              color="red.9"
              variant="filled"
              aria-hidden
              style={{ position: 'absolute', top: -4, right: -6, pointerEvents: 'none' }}
            >
              {unread > 99 ? '99+' : unread}
            </Badge>
          )}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown role="dialog" aria-labelledby={headingId} p={0} maw="calc(100vw - 16px)">
        <Group
          justify="space-between"
          px="md"
          py="sm"
          wrap="nowrap"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Title order={2} fz="md" id={headingId}>
            {t('notifications.title')}
          </Title>
          <Button
            variant="subtle"
            size="compact-sm"
            style={{ flexShrink: 0 }}
            leftSection={<IconChecks size={16} aria-hidden />}
            disabled={unread === 0}
            loading={readAll.isPending}
            onClick={() => readAll.mutate()}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        {notifications.isPending && <Loader size="sm" m="md" aria-label={t('app.loading')} />}
        {notifications.error && (
          <Alert color="red" role="alert" m="sm">
            {notifications.error.message}
          </Alert>
        )}
        {notifications.data && items.length === 0 && (
          <Text px="md" py="lg" c="dimmed" fz="sm">
            {t('notifications.empty')}
          </Text>
        )}
        {items.length > 0 && (
          <Box component="ul" p={0} m={0} mah={420} style={{ listStyle: 'none', overflowY: 'auto' }}>
            {items.map((item) => (
              <li key={item.id} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
                <NotificationEntry item={item} onOpen={() => open(item)} />
              </li>
            ))}
          </Box>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}

function NotificationEntry({ item, onOpen }: { item: NotificationItem; onOpen: () => void }) {
  const { t } = useTranslation();
  const unread = !item.readAt;
  return (
    <UnstyledButton onClick={onOpen} w="100%" px="md" py="sm" bg={unread ? 'blue.0' : undefined} style={{ display: 'block' }}>
      <Stack gap={2}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          {unread && <Box mt={6} w={8} h={8} bg="red.9" style={{ borderRadius: '50%', flexShrink: 0 }} aria-hidden />}
          <Text fw={unread ? 700 : 500} fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {unread && <VisuallyHidden component="span">{t('notifications.unreadPrefix')} </VisuallyHidden>}
            {item.title}
          </Text>
        </Group>
        {item.body && (
          <Text fz="sm" c="dark.6" lineClamp={4} style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {item.body}
          </Text>
        )}
        <Text fz="xs" c="dimmed">
          {formatDateTime(item.createdAt)}
        </Text>
      </Stack>
    </UnstyledButton>
  );
}
