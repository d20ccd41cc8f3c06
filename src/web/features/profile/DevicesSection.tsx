import { Alert, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconDevices } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format.ts';
import { ProfileSection } from './ProfileSection.tsx';
import { revokeOtherSessions, revokeSession, sessionsQuery } from './profile.queries.ts';

/** "Appareils connectés": every live session, with a way to end any of them. */
export function DevicesSection() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const sessions = useQuery(sessionsQuery);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['me'] });
  const revokeOne = useMutation({ mutationFn: revokeSession, onSuccess: refresh });
  const revokeOthers = useMutation({ mutationFn: revokeOtherSessions, onSuccess: refresh });
  const list = sessions.data?.sessions ?? [];
  const failure = revokeOne.error ?? revokeOthers.error ?? sessions.error;

  return (
    <ProfileSection title={t('profile.devices.title')} description={t('profile.devices.description')}>
      {failure && (
        <Alert color="red" role="alert">
          {failure.message}
        </Alert>
      )}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {list.map((session) => (
          <Group key={session.id} component="li" justify="space-between" wrap="wrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <IconDevices size={22} aria-hidden />
              <div>
                <Text fw={600}>
                  {session.device}{' '}
                  {session.current && (
                    <Badge size="sm" variant="light" ml={4}>
                      {t('profile.devices.thisDevice')}
                    </Badge>
                  )}
                </Text>
                <Text fz="sm" c="dimmed">
                  {t('profile.devices.lastSeen', { date: formatDateTime(session.lastSeenAt) })}
                  {session.ipAddress ? ` · ${session.ipAddress}` : ''}
                  {` · ${t(`profile.methods.${methodKey(session.method)}`)}`}
                </Text>
              </div>
            </Group>
            {!session.current && (
              <Button
                variant="default"
                size="xs"
                loading={revokeOne.isPending && revokeOne.variables === session.id}
                onClick={() => revokeOne.mutate(session.id)}
                aria-label={t('profile.devices.signOutDevice', { device: session.device })}
              >
                {t('profile.devices.signOut')}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
      {list.length > 1 && (
        <Group>
          <Button variant="light" color="red" loading={revokeOthers.isPending} onClick={() => revokeOthers.mutate()}>
            {t('profile.devices.signOutOthers')}
          </Button>
        </Group>
      )}
    </ProfileSection>
  );
}

/** "oidc:google" → "oidc"; unknown methods read as a password sign-in rather than as an empty label. */
export function methodKey(method: string): 'password' | 'passkey' | 'oidc' {
  if (method === 'passkey') return 'passkey';
  if (method.startsWith('oidc:')) return 'oidc';
  return 'password';
}
