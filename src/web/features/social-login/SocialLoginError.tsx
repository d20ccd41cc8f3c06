import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { providerLabel } from './providers.tsx';

/** Why the provider's way in did not open a session, from the address the server sent the browser back to. */
export function SocialLoginError() {
  const { t } = useTranslation();
  const { erreur, fournisseur } = useSearch({ strict: false });
  if (!erreur || erreur === 'reussie') return null;
  return (
    <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={t('socialLogin.errorTitle')} role="alert">
      {t(`socialLogin.outcomes.${erreur}`, { provider: providerLabel(fournisseur) || t('socialLogin.theProvider') })}
    </Alert>
  );
}
