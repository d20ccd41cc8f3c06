import { Alert, Button, Loader, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { meQuery } from '../../api/queries.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { PublicLayout } from '../../ui/PublicLayout.tsx';
import { LinkProblem } from './LinkProblem.tsx';
import { PasswordRules } from './PasswordRules.tsx';
import { passwordLinkQuery, setPassword, usePasswordRules } from './password.queries.ts';

const LINK_ERRORS = new Set(['LINK_EXPIRED', 'LINK_USED', 'LINK_INVALID']);

/** "/mot-de-passe/nouveau?jeton=…": the page the emailed link opens, to create or reset the password. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const { jeton } = useSearch({ from: '/mot-de-passe/nouveau' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const link = useQuery({ ...passwordLinkQuery(jeton), enabled: jeton !== '' });
  const [password, setPasswordValue] = useState('');
  const [touched, setTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const rules = usePasswordRules(password, jeton);
  const creating = link.data?.creating ?? true;

  const save = useMutation({
    mutationFn: () => setPassword(jeton, password),
    onSuccess: async (me) => {
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
      await navigate({ to: '/' });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if (!rules.lengthRule.satisfied) return;
    save.mutate();
  };

  const saveError = save.error instanceof ApiError ? save.error : null;
  const linkError = link.error ?? (saveError && LINK_ERRORS.has(saveError.code) ? saveError : null);
  const fieldError =
    submitted && !rules.lengthRule.satisfied
      ? t('password.rules.lengthError')
      : saveError?.details?.fields?.find((field) => field.field === 'password')?.message;
  const otherError = saveError && !LINK_ERRORS.has(saveError.code) && !fieldError ? saveError : null;

  return (
    <PublicLayout>
      <Stack gap="lg">
        <PageHeading fz={{ base: 24, sm: 28 }}>
          {t(creating ? 'password.set.createTitle' : 'password.set.resetTitle')}
        </PageHeading>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} shadow="sm">
          {jeton === '' ? (
            <LinkProblem error={new ApiError(400, 'LINK_INVALID', t('password.link.missing'))} />
          ) : linkError ? (
            <LinkProblem error={linkError} />
          ) : link.isPending ? (
            <Loader aria-label={t('app.loading')} />
          ) : (
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <Text>{t('password.set.intro', { name: link.data?.displayName })}</Text>
                {/* Lets password managers file the new password under the right identifier. */}
                <input type="hidden" name="username" autoComplete="username" value={link.data?.identifier ?? ''} />
                {otherError ? (
                  <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                    {otherError.message}
                  </Alert>
                ) : null}
                <PasswordInput
                  label={t('password.set.newPassword')}
                  name="new-password"
                  autoComplete="new-password"
                  size="md"
                  value={password}
                  error={fieldError}
                  aria-describedby="new-password-rules"
                  data-autofocus
                  autoFocus
                  onChange={(event) => {
                    setPasswordValue(event.currentTarget.value);
                    setTouched(true);
                    if (save.error) save.reset();
                  }}
                  visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
                />
                <PasswordRules id="new-password-rules" rules={rules} touched={touched} />
                <Button type="submit" size="md" loading={save.isPending}>
                  {t('password.save')}
                </Button>
              </Stack>
            </form>
          )}
        </Paper>
      </Stack>
    </PublicLayout>
  );
}
