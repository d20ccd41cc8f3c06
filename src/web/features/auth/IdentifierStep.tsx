import { Button, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { PasskeySignInButton } from '../passkeys/PasskeySignInButton.tsx';
import { SocialLoginButtons } from '../social-login/SocialLoginButtons.tsx';
import { SocialLoginError } from '../social-login/SocialLoginError.tsx';

interface IdentifierStepProps {
  initialValue?: string;
  onNext: (identifier: string) => void;
}

export function IdentifierStep({ initialValue = '', onNext }: IdentifierStepProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
  }, []);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const identifier = value.trim();
    if (identifier === '') {
      setError(t('login.identifierRequired'));
      return;
    }
    onNext(identifier);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SocialLoginError />
        <Text>
          <Trans i18nKey="login.identifierPrompt" components={{ strong: <strong /> }} />
        </Text>
        <TextInput
          label={t('login.identifierLabel')}
          description={t('login.identifierHint')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          withAsterisk={false}
          ref={input}
          size="md"
          value={value}
          error={error}
          onChange={(event) => {
            setValue(event.currentTarget.value);
            if (error) setError(null);
          }}
        />
        <Button type="submit" size="md" fullWidth>
          {t('login.next')}
        </Button>
        <PasskeySignInButton />
        <SocialLoginButtons />
      </Stack>
    </form>
  );
}
