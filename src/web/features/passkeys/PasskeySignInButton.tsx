import { Alert, Button, Stack, Text } from '@mantine/core';
import { browserSupportsWebAuthn } from '@simplewebauthn/browser';
import { IconAlertCircle, IconFingerprint } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../api/queries.ts';
import { describeCeremonyFailure } from './ceremonyError.ts';
import { signInWithPasskey } from './passkeys.queries.ts';

/**
 * "Se connecter avec une clé d'accès", under "Suivant" on the login page: no identifier to type, the device
 * offers the person's keys. Absent from browsers without WebAuthn.
 */
export function PasskeySignInButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { redirect } = useSearch({ from: '/connexion' });
  const [supported] = useState(() => browserSupportsWebAuthn());

  const signIn = useMutation({
    mutationFn: signInWithPasskey,
    onSuccess: async (me) => {
      // Nothing cached for a previous person may show up in this new session.
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
      if (redirect) await navigate({ href: redirect });
      else await navigate({ to: '/' });
    },
  });

  if (!supported) return null;
  const failure = signIn.error ? describeCeremonyFailure(signIn.error) : null;

  return (
    <Stack gap="xs">
      <Button
        type="button"
        variant="default"
        size="md"
        fullWidth
        leftSection={<IconFingerprint size={20} aria-hidden />}
        // On a 360 px phone the label takes two lines rather than being cut.
        h="auto"
        mih={42}
        py={8}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
        loading={signIn.isPending}
        onClick={() => signIn.mutate()}
      >
        {t('passkeys.signIn.button')}
      </Button>
      {failure?.kind === 'cancelled' && (
        <Text fz="sm" c="dimmed" role="status">
          {t('passkeys.signIn.cancelled')}
        </Text>
      )}
      {failure && failure.kind !== 'cancelled' && (
        <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('login.errorTitle')} role="alert">
          {failure.kind === 'api' ? failure.message : t('passkeys.signIn.deviceFailed')}
        </Alert>
      )}
    </Stack>
  );
}
