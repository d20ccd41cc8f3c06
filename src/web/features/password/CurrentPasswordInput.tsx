import { PasswordInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface CurrentPasswordInputProps {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** "Mot de passe actuel": asked before any change to how the account signs in. */
export function CurrentPasswordInput({ value, error, onChange }: CurrentPasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      label={t('password.profile.currentPassword')}
      autoComplete="current-password"
      value={value}
      error={error}
      onChange={(event) => onChange(event.currentTarget.value)}
      visibilityToggleButtonProps={{ 'aria-label': t('login.showPassword') }}
    />
  );
}
