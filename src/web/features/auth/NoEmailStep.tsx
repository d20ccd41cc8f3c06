import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconShieldLock } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import type { Agency } from '../../api/types.ts';
import { AgencyCard } from '../../ui/AgencyCard.tsx';
import { type ForgottenAnswer, provideEmail } from '../password/password.queries.ts';

interface NoEmailStepProps {
  identifier: string;
  message: string;
  onAnswer: (answer: ForgottenAnswer) => void;
  onDecline: () => void;
}

/** The seed's "Nous n'avons pas d'adresse email sur votre fiche client…": give one, or turn to the agency. */
export function NoEmailStep({ identifier, message, onAnswer, onDecline }: NoEmailStepProps) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState(false);
  const save = useMutation({ mutationFn: () => provideEmail(identifier, email.trim()), onSuccess: onAnswer });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (email.trim() === '') {
      setMissing(true);
      return;
    }
    save.mutate();
  };

  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = missing
    ? t('forgotPassword.emailRequired')
    : error?.code === 'EMAIL_TAKEN'
      ? error.message
      : error?.details?.fields?.find((field) => field.field === 'email')?.message;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{message}</Text>
        {error && !fieldError ? (
          <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
            {error.message}
          </Alert>
        ) : null}
        <TextInput
          label={t('forgotPassword.emailLabel')}
          type="email"
          name="email"
          autoComplete="email"
          size="md"
          value={email}
          error={fieldError}
          errorProps={{ role: 'alert' }}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
            setMissing(false);
            if (save.error) save.reset();
          }}
        />
        <Group grow gap="sm" wrap="wrap">
          <Button type="submit" size="md" loading={save.isPending}>
            {t('password.save')}
          </Button>
          <Button type="button" variant="default" size="md" onClick={onDecline}>
            {t('forgotPassword.noEmail')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "L'email de réinitialisation n'a pas pu être envoyé…", with the agency's card. */
export function AgencyContact({ agency }: { agency: Agency | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="orange" icon={<IconAlertCircle aria-hidden />} role="alert">
        {t('forgotPassword.undeliverable')}
      </Alert>
      {agency ? <AgencyCard agency={agency} /> : <Text>{t('forgotPassword.noAgency')}</Text>}
    </Stack>
  );
}

/**
 * No mobile on file to prove that the requester is the person: rather than attach an address on the word of
 * whoever knows the client reference, the agency checks identity through an activation request.
 */
export function NeedsAgency({ message, agency }: { message: string; agency: Agency | null }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Alert color="palier" icon={<IconShieldLock aria-hidden />} role="alert" title={t('forgotPassword.needsAgencyTitle')}>
        {message}
      </Alert>
      <Button size="md" renderRoot={(props) => <Link to="/demande-acces" {...props} />}>
        {t('forgotPassword.needsAgencyAction')}
      </Button>
      {agency ? <AgencyCard agency={agency} /> : <Text>{t('forgotPassword.noAgency')}</Text>}
    </Stack>
  );
}
