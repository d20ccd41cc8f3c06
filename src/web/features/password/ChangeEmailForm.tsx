import { Alert, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { formatDateTime } from '../../ui/format.ts';
import { CurrentPasswordInput } from './CurrentPasswordInput.tsx';
import { type Credentials, cancelEmailChange, changeEmail, credentialsQuery } from './password.queries.ts';

/** The address on file, the one waiting for confirmation, and the form to change it. */
export function ChangeEmailForm({ credentials }: { credentials: Credentials }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [current, setCurrent] = useState('');
  const [missing, setMissing] = useState(false);
  const update = (next: Credentials) => queryClient.setQueryData(credentialsQuery.queryKey, next);
  const save = useMutation({
    mutationFn: () =>
      changeEmail(credentials.hasPassword ? { email: email.trim(), currentPassword: current } : { email: email.trim() }),
    onSuccess: (next) => {
      update(next);
      setEmail('');
      setCurrent('');
    },
  });
  const cancel = useMutation({ mutationFn: cancelEmailChange, onSuccess: update });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (email.trim() === '') {
      setMissing(true);
      return;
    }
    save.mutate();
  };

  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (field: string) => error?.details?.fields?.find((problem) => problem.field === field)?.message;
  const emailError = missing
    ? t('forgotPassword.emailRequired')
    : error?.code === 'EMAIL_TAKEN' || error?.code === 'BAD_REQUEST'
      ? error.message
      : fieldError('email');
  const currentError = fieldError('currentPassword');
  const pending = credentials.pendingEmail;

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={t('password.profile.changeEmail')} variant="unstyled">
        <Stack gap="sm">
          <Text>{credentials.email ? t('password.profile.currentEmail', { email: credentials.email }) : t('home.noEmail')}</Text>
          {pending ? (
            <Alert color="palier" icon={<IconMailForward aria-hidden />} role="status" title={t('password.profile.pendingTitle')}>
              <Stack gap="xs">
                <Text fz="sm">
                  {t('password.profile.pendingText', { email: pending.email, date: formatDateTime(pending.expiresAt) })}
                </Text>
                <Group>
                  <Button variant="default" size="xs" loading={cancel.isPending} onClick={() => cancel.mutate()}>
                    {t('password.profile.cancelPending')}
                  </Button>
                </Group>
              </Stack>
            </Alert>
          ) : null}
          {error && !emailError && !currentError ? (
            <Alert color="red" role="alert">
              {error.message}
            </Alert>
          ) : null}
          <TextInput
            label={t('password.profile.newEmail')}
            type="email"
            autoComplete="email"
            value={email}
            error={emailError}
            onChange={(event) => {
              setEmail(event.currentTarget.value);
              setMissing(false);
              if (save.error) save.reset();
            }}
          />
          {credentials.hasPassword ? (
            <CurrentPasswordInput
              value={current}
              error={currentError}
              onChange={(value) => {
                setCurrent(value);
                if (save.error) save.reset();
              }}
            />
          ) : null}
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('password.save')}
          </Button>
        </Stack>
      </Fieldset>
    </form>
  );
}
