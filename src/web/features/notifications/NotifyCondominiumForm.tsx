import { Alert, Button, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sendStaffNotification } from './notifications.queries.ts';

/** "Notifications de votre gestionnaire": a message to every co-owner and council member of a condominium. */
export function NotifyCondominiumForm({ condominiumId }: { condominiumId: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState<{ title?: boolean; body?: boolean }>({});
  const send = useMutation({
    mutationFn: sendStaffNotification,
    onSuccess: () => {
      setTitle('');
      setBody('');
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = { title: title.trim() === '', body: body.trim() === '' };
    setMissing(found);
    if (found.title || found.body) return;
    send.mutate({ condominiumId, title: title.trim(), body: body.trim() });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('notifications.staff.messageTitle')}
          value={title}
          maxLength={150}
          required
          error={missing.title ? t('notifications.staff.titleRequired') : undefined}
          onChange={(event) => setTitle(event.currentTarget.value)}
        />
        <Textarea
          label={t('notifications.staff.messageBody')}
          value={body}
          maxLength={2000}
          autosize
          minRows={3}
          required
          error={missing.body ? t('notifications.staff.bodyRequired') : undefined}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        {send.error && (
          <Alert color="red" role="alert">
            {send.error.message}
          </Alert>
        )}
        <Group justify="space-between" gap="sm">
          <div aria-live="polite">{send.data ? t('notifications.staff.sent', { count: send.data.recipients }) : ''}</div>
          <Button type="submit" loading={send.isPending}>
            {t('notifications.staff.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
