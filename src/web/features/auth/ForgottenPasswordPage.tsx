import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { PublicLayout } from '../../ui/PublicLayout.tsx';

/** Placeholder until the emailed reset link exists: sends the person to their agency. */
export function ForgottenPasswordPage() {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <Stack gap="lg">
        <PageHeading fz={{ base: 24, sm: 28 }}>{t('forgotPassword.title')}</PageHeading>
        <Alert color="palier" icon={<IconInfoCircle aria-hidden />} title={t('forgotPassword.soon')}>
          <Text fz="sm">{t('forgotPassword.explanation')}</Text>
        </Alert>
        <Anchor renderRoot={(props) => <Link to="/connexion" {...props} />}>{t('app.backToLogin')}</Anchor>
      </Stack>
    </PublicLayout>
  );
}
