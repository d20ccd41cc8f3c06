import { Alert, Button, Fieldset, PasswordInput, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { CurrentPasswordInput } from './CurrentPasswordInput.tsx';
import { PasswordRules } from './PasswordRules.tsx';
import { changePassword, usePasswordRules } from './password.queries.ts';

/** "Changer mon mot de passe": the current one first, then the new one with its rules. */
export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [touched, setTouched] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const rules = usePasswordRules(next);
  const save = useMutation({
    mutationFn: () => changePassword(hasPassword ? { currentPassword: current, newPassword: next } : { newPassword: next }),
    onSuccess: async () => {
      setCurrent('');
      setNext('');
      setTouched(false);
      setSubmitted(false);
      await queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
    if ((hasPassword && current === '') || !rules.lengthRule.satisfied) return;
    save.mutate();
  };

  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (field: string) => error?.details?.fields?.find((problem) => problem.field === field)?.message;
  const currentError = submitted && hasPassword && current === '' ? t('login.passwordRequired') : fieldError('currentPassword');
  const nextError = submitted && !rules.lengthRule.satisfied ? t('password.rules.lengthError') : fieldError('password');

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset
        legend={t(hasPassword ? 'password.profile.changePassword' : 'password.profile.createPassword')}
        variant="unstyled"
      >
        <Stack gap="sm">
          {save.isSuccess ? (
            <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status">
              {t('password.profile.passwordChanged')}
            </Alert>
          ) : null}
          {error && !currentError && !nextError ? (
            <Alert color="red" role="alert">
              {error.message}
            </Alert>
          ) : null}
          {hasPassword ? (
            <CurrentPasswordInput
              value={current}
              error={currentError}
              onChange={(value) => {
                setCurrent(value);
                if (save.error) save.reset();
              }}
            />
          ) : null}
          <PasswordInput
            label={t('password.set.newPassword')}
            autoComplete="new-password"
            value={next}
            error={nextError}
            aria-describedby="profile-new-password-rules"
            onChange={(event) => {
              setNext(event.currentTarget.value);
              setTouched(true);
              if (save.error) save.reset();
            }}
            visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
          />
          {touched ? <PasswordRules id="profile-new-password-rules" rules={rules} touched={touched} /> : null}
          <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('password.save')}
          </Button>
        </Stack>
      </Fieldset>
    </form>
  );
}
