import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { type ErrorComponentProps, useRouter } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client.ts';
import { PageHeading } from '../ui/PageHeading.tsx';

/** Shown when the data a page needs cannot be loaded (server down, unexpected answer). */
export function RouteErrorPage({ error }: ErrorComponentProps) {
  const { t } = useTranslation();
  const router = useRouter();
  const queryErrorResetBoundary = useQueryErrorResetBoundary();

  useEffect(() => {
    queryErrorResetBoundary.reset();
  }, [queryErrorResetBoundary]);

  const message = error instanceof ApiError ? error.message : t('errors.unavailable');
  return (
    <Center component="main" mih="60vh" p="md">
      <Stack maw={480} w="100%" gap="md">
        <PageHeading fz="h2">{t('errors.pageTitle')}</PageHeading>
        <Alert color="red" icon={<IconAlertTriangle aria-hidden />} role="alert">
          {message}
        </Alert>
        <Button style={{ alignSelf: 'flex-start' }} onClick={() => void router.invalidate()}>
          {t('errors.retry')}
        </Button>
      </Stack>
    </Center>
  );
}
