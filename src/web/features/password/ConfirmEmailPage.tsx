import { Alert, Anchor, Button, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { PublicLayout } from '../../ui/PublicLayout.tsx';
import { LinkProblem } from './LinkProblem.tsx';
import { confirmEmail, emailLinkQuery } from './password.queries.ts';

const LINK_ERRORS = new Set(['LINK_EXPIRED', 'LINK_USED', 'LINK_INVALID', 'SMS_CODE_EXHAUSTED']);
const CODE_ERRORS = new Set(['SMS_CODE_REQUIRED', 'SMS_CODE_WRONG']);

/**
 * "/email/confirmer?jeton=…": confirms the address the link was sent to. A button rather than an automatic
 * call, so that mail filters opening links ahead of the person cannot spend the link for them (checking the
 * link, on arrival, spends nothing). From "Mot de passe oublié" (suite=mot-de-passe) the link also asks for
 * the code sent by SMS to the mobile on file, then the person goes straight on to creating the password.
 */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const { jeton, suite } = useSearch({ from: '/email/confirmer' });
  const navigate = useNavigate();
  const toPassword = suite === 'mot-de-passe';
  const link = useQuery({ ...emailLinkQuery(jeton), enabled: jeton !== '' });
  const [code, setCode] = useState('');
  const [missing, setMissing] = useState(false);
  // Also when only the confirmation tells (a link checked before it asked for a code): the field then stays.
  const [codeAsked, setCodeAsked] = useState(false);

  const confirmError = (error: Error | null) => (error instanceof ApiError ? error : null);
  const confirm = useMutation({
    mutationFn: (smsCode: string | undefined) => confirmEmail(jeton, toPassword, smsCode),
    onSuccess: async (answer) => {
      if (answer.passwordToken) {
        await navigate({ to: '/mot-de-passe/nouveau', search: { jeton: answer.passwordToken }, replace: true });
      }
    },
    onError: (error) => {
      const code = confirmError(error)?.code;
      if (code === 'SMS_CODE_REQUIRED') setCodeAsked(true);
      // The tries left, as the server now counts them, for the field's description.
      if (code === 'SMS_CODE_WRONG') void link.refetch();
    },
  });

  const error = confirmError(confirm.error);
  const needsCode = link.data?.smsCodeRequired === true || codeAsked;
  const linkError = link.error ?? (error && LINK_ERRORS.has(error.code) ? error : null);
  const codeError = missing
    ? t('password.confirmEmail.smsCodeRequired')
    : error && CODE_ERRORS.has(error.code)
      ? error.message
      : error?.details?.fields?.find((field) => field.field === 'smsCode')?.message;
  const otherError = error && !linkError && !codeError ? error : null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (needsCode && code.length !== 6) {
      setMissing(true);
      return;
    }
    confirm.mutate(needsCode ? code : undefined);
  };

  const hint = link.data?.phone
    ? t('password.confirmEmail.smsCodeHint', { phone: link.data.phone })
    : t('password.confirmEmail.smsCodeHintNoPhone');
  const triesLeft =
    link.data?.attemptsLeft != null ? ` ${t('password.confirmEmail.smsCodeTriesLeft', { count: link.data.attemptsLeft })}` : '';

  return (
    <PublicLayout>
      <Stack gap="lg">
        <PageHeading fz={{ base: 24, sm: 28 }}>{t('password.confirmEmail.title')}</PageHeading>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} shadow="sm">
          {jeton === '' ? (
            <LinkProblem error={new ApiError(400, 'LINK_INVALID', t('password.link.missing'))} />
          ) : linkError ? (
            <LinkProblem error={linkError} />
          ) : link.isPending ? (
            <Loader aria-label={t('app.loading')} />
          ) : confirm.isSuccess && !confirm.data.passwordToken ? (
            <Stack gap="md">
              <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status" title={t('password.confirmEmail.done')}>
                {t('password.confirmEmail.doneText', { email: confirm.data.email })}
              </Alert>
              <Anchor renderRoot={(props) => <Link to="/" {...props} />}>{t('password.confirmEmail.goHome')}</Anchor>
            </Stack>
          ) : (
            <form onSubmit={submit} noValidate>
              <Stack gap="md">
                <Text>{t(toPassword ? 'password.confirmEmail.introPassword' : 'password.confirmEmail.intro')}</Text>
                <Text fw={600} style={{ wordBreak: 'break-all' }}>
                  {t('password.confirmEmail.address', { email: link.data?.email ?? '' })}
                </Text>
                {otherError ? (
                  <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
                    {otherError.message}
                  </Alert>
                ) : null}
                {needsCode ? (
                  <TextInput
                    label={t('password.confirmEmail.smsCodeLabel')}
                    description={`${hint}${triesLeft}`}
                    name="one-time-code"
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    size="md"
                    w={{ base: '100%', xs: 220 }}
                    value={code}
                    error={codeError}
                    errorProps={{ role: 'alert' }}
                    data-autofocus
                    autoFocus
                    onChange={(event) => {
                      // Pasted with spaces or from an SMS preview: only the digits count.
                      setCode(event.currentTarget.value.replace(/\D/g, '').slice(0, 6));
                      setMissing(false);
                      if (confirm.error) confirm.reset();
                    }}
                  />
                ) : null}
                <Button type="submit" size="md" loading={confirm.isPending || confirm.isSuccess}>
                  {t('password.confirmEmail.confirm')}
                </Button>
              </Stack>
            </form>
          )}
        </Paper>
      </Stack>
    </PublicLayout>
  );
}
