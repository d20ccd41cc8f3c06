import { Alert, Divider, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProfileSection } from '../profile/ProfileSection.tsx';
import { ChangeEmailForm } from './ChangeEmailForm.tsx';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { credentialsQuery } from './password.queries.ts';

/** "Mot de passe et adresse email" on the profile page. */
export function CredentialsSection() {
  const { t } = useTranslation();
  const credentials = useQuery(credentialsQuery);
  return (
    <ProfileSection title={t('password.profile.title')} description={t('password.profile.description')}>
      {credentials.error ? (
        <Alert color="red" role="alert">
          {credentials.error.message}
        </Alert>
      ) : !credentials.data ? (
        <Loader size="sm" aria-label={t('app.loading')} />
      ) : (
        <>
          <ChangeEmailForm credentials={credentials.data} />
          <Divider />
          <ChangePasswordForm hasPassword={credentials.data.hasPassword} />
        </>
      )}
    </ProfileSection>
  );
}
