import { Alert, Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { FileDrop } from './FileDrop.tsx';
import { addVersion, staffDocumentQuery, withdrawDocument } from './staffDocuments.queries.ts';

interface ActionProps {
  documentId: string;
  title: string;
  onDone: (message: string) => void;
}

const refresh = async (queryClient: ReturnType<typeof useQueryClient>, documentId: string) => {
  await queryClient.invalidateQueries({ queryKey: staffDocumentQuery(documentId).queryKey });
  await queryClient.invalidateQueries({ queryKey: ['staff', 'documents', 'list'] });
};

/** "Remplacer par une nouvelle version": one file and a note; the previous versions stay in the history. */
export function ReplaceVersionForm({ documentId, onDone }: ActionProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [files, setFiles] = useState<File[]>([]);
  const [note, setNote] = useState('');
  const [notify, setNotify] = useState(false);
  const [missing, setMissing] = useState<string | undefined>();

  const replace = useMutation({
    mutationFn: (form: FormData) => addVersion(documentId, form),
    onSuccess: async () => {
      await refresh(queryClient, documentId);
      setFiles([]);
      setNote('');
      onDone(t('staffDocuments.detail.replaced'));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [file] = files;
    if (!file) {
      setMissing(t('staffDocuments.errors.oneFile'));
      document.getElementById('version-file-input')?.focus();
      return;
    }
    const form = new FormData();
    if (note.trim()) form.append('note', note.trim());
    form.append('notify', String(notify));
    form.append('file', file, file.name);
    replace.mutate(form);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('staffDocuments.detail.replaceTitle')}>
      <Stack gap="sm">
        {replace.error && (
          <Alert color="red" role="alert">
            {replace.error instanceof ApiError ? replace.error.message : t('errors.unavailable')}
          </Alert>
        )}
        <FileDrop
          id="version-file"
          label={t('staffDocuments.detail.newFile')}
          description={t('staffDocuments.files.hintOne')}
          files={files}
          multiple={false}
          error={missing}
          onChange={(next) => {
            setFiles(next);
            setMissing(undefined);
          }}
        />
        <Textarea
          label={t('staffDocuments.detail.note')}
          description={t('staffDocuments.detail.noteHint')}
          value={note}
          maxLength={500}
          autosize
          minRows={2}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
        <Checkbox
          label={t('staffDocuments.publish.notify')}
          checked={notify}
          onChange={(event) => setNotify(event.currentTarget.checked)}
        />
        <Group>
          <Button type="submit" loading={replace.isPending}>
            {t('staffDocuments.detail.replace')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Retirer": nobody but staff sees the document afterwards; a reason is asked and kept. */
export function WithdrawButton({ documentId, title, onDone }: ActionProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');

  const withdraw = useMutation({
    mutationFn: () => withdrawDocument(documentId, reason.trim()),
    onSuccess: async () => {
      await refresh(queryClient, documentId);
      setOpen(false);
      onDone(t('staffDocuments.detail.withdrawnDone'));
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    withdraw.mutate();
  };

  return (
    <>
      <Button color="red.9" onClick={() => setOpen(true)}>
        {t('staffDocuments.detail.withdraw')}
      </Button>
      <Modal
        opened={open}
        onClose={() => setOpen(false)}
        title={t('staffDocuments.detail.withdrawTitle', { title })}
        closeButtonProps={{ 'aria-label': t('staffDocuments.closeDialog') }}
        centered
      >
        <form onSubmit={submit}>
          <Stack gap="md">
            <Text>{t('staffDocuments.detail.withdrawBody')}</Text>
            <Textarea
              label={t('staffDocuments.detail.reason')}
              value={reason}
              required
              minLength={3}
              maxLength={500}
              autosize
              minRows={2}
              data-autofocus
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            {withdraw.error && (
              <Alert color="red" role="alert">
                {withdraw.error.message}
              </Alert>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpen(false)}>
                {t('staffDocuments.cancel')}
              </Button>
              <Button type="submit" color="red.9" loading={withdraw.isPending}>
                {t('staffDocuments.detail.confirmWithdraw')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
