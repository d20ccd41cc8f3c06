import { Alert, Anchor, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';

/** Why an emailed link cannot serve (expired, used, not valid, spent by wrong SMS codes), and the way to get a new one. */
export function LinkProblem({ error }: { error: Error }) {
  const { t } = useTranslation();
  const code = error instanceof ApiError ? error.code : '';
  const title =
    code === 'LINK_EXPIRED'
      ? t('password.link.expired')
      : code === 'LINK_USED'
        ? t('password.link.used')
        : code === 'LINK_INVALID'
          ? t('password.link.invalid')
          : code === 'SMS_CODE_EXHAUSTED'
            ? t('password.link.tooManyTries')
            : t('password.link.problem');
  return (
    <Stack gap="md">
      <Alert color="red" icon={<IconAlertCircle aria-hidden />} title={title} role="alert">
        {error.message}
      </Alert>
      <Anchor renderRoot={(props) => <Link to="/mot-de-passe-oublie" {...props} />}>{t('password.link.askNew')}</Anchor>
      <Anchor renderRoot={(props) => <Link to="/connexion" {...props} />}>{t('app.backToLogin')}</Anchor>
    </Stack>
  );
}
