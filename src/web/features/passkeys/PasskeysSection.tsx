import { Alert, Badge, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { IconAlertCircle, IconFingerprint, IconPlus } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { formatDate, formatDateTime } from '../../ui/format.ts';
import { ProfileSection } from '../profile/ProfileSection.tsx';
import { describeCeremonyFailure } from './ceremonyError.ts';
import { PasskeyNameModal } from './PasskeyNameModal.tsx';
import {
  type CreatedPasskey,
  createPasskeyOnThisDevice,
  type Passkey,
  passkeysQuery,
  removePasskey,
  renamePasskey,
  saveNewPasskey,
} from './passkeys.queries.ts';

type Naming = { mode: 'new'; created: CreatedPasskey } | { mode: 'rename'; passkey: Passkey };

/** "Clés d'accès (biométrie)": sign in with the fingerprint, face or PIN of a device instead of the password. */
export function PasskeysSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const passkeys = useQuery(passkeysQuery);
  const [supported] = useState(() => browserSupportsWebAuthn());
  const [naming, setNaming] = useState<Naming | null>(null);
  const [removing, setRemoving] = useState<Passkey | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // The access log shows these changes too: refresh everything under the profile's key.
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['me'] });

  const create = useMutation({
    mutationFn: createPasskeyOnThisDevice,
    onMutate: () => setNotice(null),
    onSuccess: (created) => setNaming({ mode: 'new', created }),
  });
  const save = useMutation({
    mutationFn: saveNewPasskey,
    onSuccess: async () => {
      setNaming(null);
      setNotice(t('passkeys.section.added'));
      await refresh();
    },
  });
  const rename = useMutation({
    mutationFn: renamePasskey,
    onSuccess: async () => {
      setNaming(null);
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: removePasskey,
    onSuccess: async () => {
      setRemoving(null);
      setNotice(t('passkeys.section.removed'));
      await refresh();
    },
  });

  const creationFailure = create.error ? describeCeremonyFailure(create.error) : null;
  const list = passkeys.data?.passkeys ?? [];
  const closeNaming = () => {
    setNaming(null);
    save.reset();
    rename.reset();
  };
  const nameError = (naming?.mode === 'new' ? save.error : rename.error) ?? null;

  return (
    <ProfileSection title={t('passkeys.section.title')} description={t('passkeys.section.description')}>
      {passkeys.error && (
        <Alert color="red" role="alert">
          {passkeys.error.message}
        </Alert>
      )}
      {notice && (
        <Text fz="sm" c="teal.9" role="status">
          {notice}
        </Text>
      )}
      {list.length === 0 ? (
        passkeys.isSuccess && <Text c="dimmed">{t('passkeys.section.empty')}</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {list.map((passkey) => (
            <Group key={passkey.id} component="li" justify="space-between" wrap="wrap" gap="sm">
              <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
                <IconFingerprint size={22} aria-hidden />
                <div style={{ minWidth: 0 }}>
                  <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {passkey.name}{' '}
                    {passkey.backedUp && (
                      <Badge size="sm" variant="light" ml={4}>
                        {t('passkeys.section.synced')}
                      </Badge>
                    )}
                  </Text>
                  <Text fz="sm" c="dimmed">
                    {t('passkeys.section.created', { date: formatDate(passkey.createdAt) })}
                    {' · '}
                    {passkey.lastUsedAt
                      ? t('passkeys.section.lastUsed', { date: formatDateTime(passkey.lastUsedAt) })
                      : t('passkeys.section.neverUsed')}
                  </Text>
                </div>
              </Group>
              <Group gap="xs">
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => setNaming({ mode: 'rename', passkey })}
                  aria-label={t('passkeys.section.renameLabel', { name: passkey.name })}
                >
                  {t('passkeys.section.rename')}
                </Button>
                <Button
                  variant="light"
                  color="red"
                  size="xs"
                  onClick={() => setRemoving(passkey)}
                  aria-label={t('passkeys.section.removeLabel', { name: passkey.name })}
                >
                  {t('passkeys.section.remove')}
                </Button>
              </Group>
            </Group>
          ))}
        </Stack>
      )}
      {creationFailure?.kind === 'cancelled' && (
        <Text fz="sm" c="dimmed" role="status">
          {t('passkeys.section.cancelled')}
        </Text>
      )}
      {creationFailure && creationFailure.kind !== 'cancelled' && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
          {creationFailure.kind === 'api'
            ? creationFailure.message
            : t(
                creationFailure.kind === 'alreadyRegistered'
                  ? 'passkeys.section.alreadyOnDevice'
                  : 'passkeys.section.deviceFailed',
              )}
        </Alert>
      )}
      {supported ? (
        <Group>
          <Button leftSection={<IconPlus size={18} aria-hidden />} loading={create.isPending} onClick={() => create.mutate()}>
            {t('passkeys.section.add')}
          </Button>
        </Group>
      ) : (
        <Text fz="sm" c="dimmed">
          {t('passkeys.section.unsupported')}
        </Text>
      )}

      {naming && (
        <PasskeyNameModal
          key={naming.mode === 'new' ? naming.created.response.id : naming.passkey.id}
          mode={naming.mode}
          initialName={naming.mode === 'new' ? naming.created.suggestedName : naming.passkey.name}
          pending={save.isPending || rename.isPending}
          error={nameError instanceof ApiError ? nameError : null}
          onClose={closeNaming}
          onSubmit={(name) =>
            naming.mode === 'new'
              ? save.mutate({ response: naming.created.response, name })
              : rename.mutate({ passkeyId: naming.passkey.id, name })
          }
        />
      )}
      <Modal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        title={t('passkeys.remove.title')}
        closeButtonProps={{ 'aria-label': t('passkeys.name.close') }}
        centered
      >
        <Stack gap="md">
          <Text>{t('passkeys.remove.confirm', { name: removing?.name ?? '' })}</Text>
          <Text fz="sm" c="dimmed">
            {t('passkeys.remove.deviceHint')}
          </Text>
          {remove.error && (
            <Alert color="red" role="alert">
              {remove.error.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
              {t('passkeys.name.cancel')}
            </Button>
            <Button color="red.9" loading={remove.isPending} onClick={() => removing && remove.mutate(removing.id)}>
              {t('passkeys.remove.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </ProfileSection>
  );
}
