import { Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { logIn, meQuery } from '../../api/queries.ts';
import type { LoginBody } from '../../api/types.ts';
import { PublicLayout } from '../../ui/PublicLayout.tsx';
import { ActivationRequestLink } from '../activation-requests/ActivationRequestLink.tsx';
import { IdentifierStep } from './IdentifierStep.tsx';
import { PasswordStep } from './PasswordStep.tsx';

/** Two-step login of the seed portal: identifier (or email), then password. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { redirect } = useSearch({ from: '/connexion' });
  const [step, setStep] = useState<'identifier' | 'password'>('identifier');
  const [identifier, setIdentifier] = useState('');

  useEffect(() => {
    document.title = t('app.documentTitle', { page: t('login.pageTitle') });
  }, [t]);

  const login = useMutation({
    mutationFn: (body: LoginBody) => logIn(body),
    onSuccess: async (me) => {
      // Nothing cached for a previous person may show up in this new session.
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
      if (redirect) await navigate({ href: redirect });
      else await navigate({ to: '/' });
    },
  });

  const goToPassword = (value: string) => {
    setIdentifier(value);
    setStep('password');
  };

  const backToIdentifier = () => {
    login.reset();
    setStep('identifier');
  };

  return (
    <PublicLayout>
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={1} fz={{ base: 24, sm: 28 }}>
            {t('login.welcome')}
          </Title>
          <Text c="dimmed">{t('login.intro')}</Text>
        </Stack>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} shadow="sm">
          {step === 'identifier' ? (
            <IdentifierStep initialValue={identifier} onNext={goToPassword} />
          ) : (
            <PasswordStep
              identifier={identifier}
              pending={login.isPending}
              error={login.error instanceof ApiError ? login.error : null}
              onSubmit={(password, rememberMe) => login.mutate({ identifier, password, rememberMe })}
              onCancel={backToIdentifier}
            />
          )}
        </Paper>
        <ActivationRequestLink />
      </Stack>
    </PublicLayout>
  );
}
