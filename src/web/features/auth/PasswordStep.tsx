import { Alert, Anchor, Button, Checkbox, Group, List, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.ts';

interface PasswordStepProps {
  identifier: string;
  pending: boolean;
  error: ApiError | null;
  onSubmit: (password: string, rememberMe: boolean) => void;
  onCancel: () => void;
}

export function PasswordStep({ identifier, pending, error, onSubmit, onCancel }: PasswordStepProps) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [rememberMe, setRememberMe] = useState(false);
  const [missing, setMissing] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    passwordInput.current?.focus();
  }, []);

  const fields = error?.details?.fields ?? [];
  const passwordError = missing ? t('login.passwordRequired') : fields.find((field) => field.field === 'password')?.message;
  const otherFieldErrors = fields.filter((field) => field.field !== 'password');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (password === '') {
      setMissing(true);
      return;
    }
    onSubmit(password, rememberMe);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>
          <Trans i18nKey="login.passwordPrompt" components={{ strong: <strong /> }} />
        </Text>
        {/* Lets password managers pair the password with the identifier typed at step 1. */}
        <input type="hidden" name="username" autoComplete="username" value={identifier} />
        <Group justify="space-between" gap="xs" wrap="nowrap" bg="gray.0" p="sm" style={{ borderRadius: 8 }}>
          <Text fz="sm" style={{ overflowWrap: 'anywhere' }}>
            {t('login.identifierReminder')} <strong>{identifier}</strong>
          </Text>
          <Button variant="subtle" size="compact-sm" onClick={onCancel} aria-label={t('login.changeIdentifierLabel')}>
            {t('login.changeIdentifier')}
          </Button>
        </Group>
        {error ? (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('login.errorTitle')} role="alert">
            {error.message}
            {otherFieldErrors.length > 0 ? (
              <List size="sm" mt="xs">
                {otherFieldErrors.map((field) => (
                  <List.Item key={field.field}>{field.message}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : null}
        <PasswordInput
          label={t('login.passwordLabel')}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          ref={passwordInput}
          size="md"
          value={password}
          error={passwordError}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
            setMissing(false);
          }}
          visibilityToggleFocusable
          visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
        />
        <Anchor
          fz="sm"
          style={{ alignSelf: 'flex-start' }}
          renderRoot={(props) => <Link to="/mot-de-passe-oublie" search={{ identifiant: identifier }} {...props} />}
        >
          {t('login.forgotPassword')}
        </Anchor>
        <Checkbox
          label={t('login.rememberMe')}
          description={t('login.rememberMeHint')}
          checked={rememberMe}
          onChange={(event) => setRememberMe(event.currentTarget.checked)}
        />
        <Group grow gap="sm">
          <Button type="submit" size="md" loading={pending}>
            {t('login.submit')}
          </Button>
          <Button type="button" variant="default" size="md" onClick={onCancel}>
            {t('login.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
