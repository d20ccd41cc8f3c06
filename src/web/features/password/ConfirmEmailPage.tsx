import { Alert, Anchor, Button, Paper, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { PublicLayout } from '../../ui/PublicLayout.tsx';
import { LinkProblem } from './LinkProblem.tsx';
import { confirmEmail } from './password.queries.ts';

/**
 * "/email/confirmer?jeton=…": confirms the address the link was sent to. A button rather than an automatic
 * call, so that mail filters opening links ahead of the person cannot spend the link for them. From
 * "Mot de passe oublié" (suite=mot-de-passe) the person goes straight on to creating the password.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { jeton, suite } = useSearch({ from: '/email/confirmer' });
  const navigate = useNavigate();
  const toPassword = suite === 'mot-de-passe';

  const confirm = useMutation({
    mutationFn: () => confirmEmail(jeton, toPassword),
    onSuccess: async (answer) => {
      if (answer.passwordToken) {
        await navigate({ to: '/mot-de-passe/nouveau', search: { jeton: answer.passwordToken }, replace: true });
      }
    },
  });

  return (
    <PublicLayout>
      <Stack gap="lg">
        <PageHeading fz={{ base: 24, sm: 28 }}>{t('password.confirmEmail.title')}</PageHeading>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} shadow="sm">
          {confirm.error ? (
            <LinkProblem error={confirm.error} />
          ) : confirm.isSuccess && !confirm.data.passwordToken ? (
            <Stack gap="md">
              <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status" title={t('password.confirmEmail.done')}>
                {t('password.confirmEmail.doneText', { email: confirm.data.email })}
              </Alert>
              <Anchor renderRoot={(props) => <Link to="/" {...props} />}>{t('password.confirmEmail.goHome')}</Anchor>
            </Stack>
          ) : (
            <Stack gap="md">
              <Text>{t(toPassword ? 'password.confirmEmail.introPassword' : 'password.confirmEmail.intro')}</Text>
              <Button size="md" loading={confirm.isPending || confirm.isSuccess} onClick={() => confirm.mutate()}>
                {t('password.confirmEmail.confirm')}
              </Button>
            </Stack>
          )}
        </Paper>
      </Stack>
    </PublicLayout>
  );
}
