import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client.ts';

interface PasskeyNameModalProps {
  /** `new`: the key already exists on the device and is saved only once named; `rename`: an existing key. */
  mode: 'new' | 'rename';
  initialName: string;
  pending: boolean;
  error: ApiError | null;
  onSubmit: (name: string) => void;
  onClose: () => void;
}

const MAX_LENGTH = 60;

/** Names a passkey, so the person recognises it in the list: "iPhone de Marie", "PC du bureau". */
export function PasskeyNameModal({ mode, initialName, pending, error, onSubmit, onClose }: PasskeyNameModalProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName.slice(0, MAX_LENGTH));
  const [missing, setMissing] = useState(false);
  // A new key exists on the device already: leaving without saving would strand it, so only a failure lets
  // the person give up.
  const closable = mode === 'rename' || error !== null;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (name.trim() === '') {
      setMissing(true);
      return;
    }
    onSubmit(name.trim());
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t(mode === 'new' ? 'passkeys.name.newTitle' : 'passkeys.name.renameTitle')}
      withCloseButton={closable}
      closeOnEscape={closable}
      closeOnClickOutside={closable}
      closeButtonProps={{ 'aria-label': t('passkeys.name.close') }}
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {mode === 'new' && <Text fz="sm">{t('passkeys.name.newIntro')}</Text>}
          {error && (
            <Alert color="red" icon={<IconAlertCircle aria-hidden />} role="alert">
              {error.message}
            </Alert>
          )}
          <TextInput
            label={t('passkeys.name.label')}
            description={t('passkeys.name.hint')}
            value={name}
            maxLength={MAX_LENGTH}
            required
            withAsterisk={false}
            data-autofocus
            error={missing ? t('passkeys.name.required') : undefined}
            onChange={(event) => {
              setName(event.currentTarget.value);
              setMissing(false);
            }}
          />
          <Group justify="flex-end" gap="sm">
            {closable && (
              <Button variant="default" onClick={onClose}>
                {t('passkeys.name.cancel')}
              </Button>
            )}
            <Button type="submit" loading={pending}>
              {t('passkeys.name.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
