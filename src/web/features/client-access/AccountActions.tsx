import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ClientAccess, type ClientAccessAction, clientAccessActions, clientAccessQuery } from './clientAccess.queries.ts';

interface Props {
  client: ClientAccess;
  onDone: (message: string) => void;
}

/** The actions the account's state allows; each one asks for confirmation (and a reason where it matters). */
export function AccountActions({ client, onDone }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ClientAccessAction | null>(null);
  const { account } = client;
  const blocked = account.status === 'blocked';
  const canInvite = !account.hasPassword && !blocked;
  const invited = client.events.some(
    (event) => event.action === 'agency.invitation_sent' || event.action === 'password.link_sent',
  );

  return (
    <Stack gap="sm">
      {canInvite && !account.email && (
        <Text fz="sm" c="dimmed">
          {t('clientAccess.actions.noEmailHint')}
        </Text>
      )}
      <Group gap="sm">
        {canInvite && (
          <Button onClick={() => setOpen('invite')} disabled={!account.email}>
            {t(invited ? 'clientAccess.actions.resendInvitation' : 'clientAccess.actions.invite')}
          </Button>
        )}
        <Button variant="default" onClick={() => setOpen('correctEmail')}>
          {t(account.email ? 'clientAccess.actions.correctEmail' : 'clientAccess.actions.addEmail')}
        </Button>
        {account.lockedUntil && (
          <Button variant="default" onClick={() => setOpen('unlock')}>
            {t('clientAccess.actions.unlock')}
          </Button>
        )}
        {blocked ? (
          <Button variant="light" color="green" onClick={() => setOpen('unblock')}>
            {t('clientAccess.actions.unblock')}
          </Button>
        ) : (
          <Button variant="light" color="red" onClick={() => setOpen('block')}>
            {t('clientAccess.actions.block')}
          </Button>
        )}
      </Group>
      {open && (
        <ActionDialog
          action={open}
          client={client}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            onDone(message);
          }}
        />
      )}
    </Stack>
  );
}

function ActionDialog({ action, client, onClose, onDone }: Props & { action: ClientAccessAction; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState(client.account.email ?? '');
  const [reason, setReason] = useState('');
  const needsReason = action === 'block' || action === 'correctEmail';
  const { personId, displayName } = client;

  const run = useMutation({
    mutationFn: (): Promise<ClientAccess> => {
      if (action === 'correctEmail')
        return clientAccessActions.correctEmail(personId, { email: email.trim(), reason: reason.trim() });
      if (action === 'block') return clientAccessActions.block(personId, reason.trim());
      return clientAccessActions[action](personId);
    },
    onSuccess: async (updated) => {
      queryClient.setQueryData(clientAccessQuery(personId).queryKey, updated);
      await queryClient.invalidateQueries({ queryKey: ['staff', 'clients', 'list'] });
      onDone(t(`clientAccess.dialogs.${action}.done`, { email: updated.account.email ?? '' }));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    run.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(`clientAccess.dialogs.${action}.title`, { name: displayName })}
      closeButtonProps={{ 'aria-label': t('clientAccess.dialogs.close') }}
      centered
    >
      <form onSubmit={submit}>
        <Stack gap="md">
          <Text>{t(`clientAccess.dialogs.${action}.body`, { name: displayName, email: client.account.email ?? '' })}</Text>
          {action === 'correctEmail' && (
            <TextInput
              type="email"
              label={t('clientAccess.dialogs.correctEmail.emailLabel')}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              required
              autoComplete="off"
              data-autofocus
            />
          )}
          {needsReason && (
            <Textarea
              label={t('clientAccess.dialogs.reasonLabel')}
              description={t(
                action === 'block' ? 'clientAccess.dialogs.block.reasonHint' : 'clientAccess.dialogs.correctEmail.reasonHint',
              )}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              required
              minLength={3}
              maxLength={500}
              autosize
              minRows={2}
              data-autofocus={action === 'block' ? true : undefined}
            />
          )}
          {run.error && (
            <Alert color="red" role="alert">
              {run.error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={run.isPending}>
              {t('clientAccess.dialogs.cancel')}
            </Button>
            <Button
              type="submit"
              // red.9: Mantine's default red under white text is below the 4.5:1 contrast ratio.
              color={action === 'block' ? 'red.9' : undefined}
              loading={run.isPending}
              disabled={needsReason && reason.trim().length < 3}
            >
              {t(`clientAccess.dialogs.${action}.confirm`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
