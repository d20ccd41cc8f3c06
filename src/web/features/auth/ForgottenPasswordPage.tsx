import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconMailForward } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { PublicLayout } from '../../ui/PublicLayout.tsx';
import { ActivationRequestLink } from '../activation-requests/ActivationRequestLink.tsx';
import { type ForgottenAnswer, requestPasswordLink } from '../password/password.queries.ts';
import { AgencyContact, NeedsAgency, NoEmailStep } from './NoEmailStep.tsx';

/**
 * "Mot de passe oublié ?", which is also the seed's first connection: the identifier (or email), then a link
 * by email; or, in the seed's difficult cases, an address to give (confirmed from its mailbox and by a code sent
 * to the mobile on file), or the agency to call or to ask for an activation.
 */
export function ForgottenPasswordPage() {
  const { t } = useTranslation();
  const { identifiant } = useSearch({ from: '/mot-de-passe-oublie' });
  const [identifier, setIdentifier] = useState(identifiant ?? '');
  const [missing, setMissing] = useState(false);
  const [answer, setAnswer] = useState<ForgottenAnswer | null>(null);
  const [declined, setDeclined] = useState(false);
  const result = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  const request = useMutation({ mutationFn: requestPasswordLink, onSuccess: setAnswer });

  // Each new answer takes the focus, so that a screen reader reads it and the keyboard starts from it.
  useEffect(() => {
    if (answer || declined) result.current?.focus();
  }, [answer, declined]);
  useEffect(() => {
    if (!identifiant) input.current?.focus();
  }, [identifiant]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (identifier.trim() === '') {
      setMissing(true);
      return;
    }
    request.mutate(identifier.trim());
  };

  const error = request.error instanceof ApiError ? request.error : null;
  const undeliverable = answer?.status === 'undeliverable' || (answer?.status === 'no_email' && declined);

  return (
    <PublicLayout>
      <Stack gap="lg">
        <PageHeading fz={{ base: 24, sm: 28 }}>{t('forgotPassword.title')}</PageHeading>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} shadow="sm">
          {!answer ? (
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <Text>{t('forgotPassword.intro')}</Text>
                {error ? (
                  <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                    {error.message}
                  </Alert>
                ) : null}
                <TextInput
                  ref={input}
                  label={t('login.identifierLabel')}
                  description={t('login.identifierHint')}
                  name="username"
                  autoComplete="username"
                  autoCapitalize="none"
                  spellCheck={false}
                  size="md"
                  value={identifier}
                  error={missing ? t('login.identifierRequired') : undefined}
                  onChange={(event) => {
                    setIdentifier(event.currentTarget.value);
                    setMissing(false);
                  }}
                />
                <Button type="submit" size="md" loading={request.isPending}>
                  {t('forgotPassword.submit')}
                </Button>
              </Stack>
            </form>
          ) : (
            <div ref={result} tabIndex={-1} style={{ outline: 'none' }}>
              {undeliverable ? (
                <AgencyContact agency={answer.agency} />
              ) : answer.status === 'needs_agency' ? (
                <NeedsAgency message={answer.message} agency={answer.agency} />
              ) : answer.status === 'no_email' ? (
                <NoEmailStep
                  identifier={identifier.trim()}
                  message={answer.message}
                  onAnswer={setAnswer}
                  onDecline={() => setDeclined(true)}
                />
              ) : (
                <Alert color="palier" icon={<IconMailForward aria-hidden />} role="status" title={t('forgotPassword.sentTitle')}>
                  {answer.message}
                </Alert>
              )}
            </div>
          )}
        </Paper>
        <ActivationRequestLink />
        <Anchor renderRoot={(props) => <Link to="/connexion" {...props} />}>{t('app.backToLogin')}</Anchor>
      </Stack>
    </PublicLayout>
  );
}
