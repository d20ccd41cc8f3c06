import { Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** "Première connexion ou identifiant inconnu ?": the way in for a person the portal does not know yet. */
export function ActivationRequestLink() {
  const { t } = useTranslation();
  return (
    <Text fz="sm">
      {t('activationRequest.linkQuestion')}{' '}
      <Anchor fz="sm" renderRoot={(props) => <Link to="/demande-acces" {...props} />}>
        {t('activationRequest.linkAction')}
      </Anchor>
    </Text>
  );
}
