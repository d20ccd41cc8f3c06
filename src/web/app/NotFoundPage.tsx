import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../ui/PageHeading.tsx';
import { PublicLayout } from '../ui/PublicLayout.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <Stack gap="md">
        <PageHeading>{t('errors.notFoundTitle')}</PageHeading>
        <Text>{t('errors.notFound')}</Text>
        <Anchor renderRoot={(props) => <Link to="/" {...props} />}>{t('app.backHome')}</Anchor>
      </Stack>
    </PublicLayout>
  );
}
