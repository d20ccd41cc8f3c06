import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Candidate, decide, type RequestDetail, requestDetailQuery } from './activationRequests.queries.ts';

interface DecisionPanelProps {
  request: RequestDetail;
  selected: Candidate | null;
}

/** "Valider" or "Refuser", each confirmed in a dialog that says what will happen. */
export function DecisionPanel({ request, selected }: DecisionPanelProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'approve' | 'reject' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  const onDecided = (detail: RequestDetail) => {
    queryClient.setQueryData(requestDetailQuery(request.id).queryKey, detail);
    void queryClient.invalidateQueries({ queryKey: ['staff', 'activation-requests'], refetchType: 'active' });
    setDialog(null);
  };
  const approve = useMutation({ mutationFn: (personId: string) => decide.approve(request.id, personId), onSuccess: onDecided });
  const reject = useMutation({ mutationFn: (text: string) => decide.reject(request.id, text), onSuccess: onDecided });
  const failure = approve.error ?? reject.error;

  const close = () => {
    setDialog(null);
    approve.reset();
    reject.reset();
  };
  const confirmReject = () => {
    if (reason.trim().length < 3) {
      setReasonError(t('activationRequestDetail.reasonRequired'));
      return;
    }
    reject.mutate(reason.trim());
  };

  return (
    <>
      <Group gap="sm">
        <Button leftSection={<IconCheck size={18} aria-hidden />} disabled={!selected} onClick={() => setDialog('approve')}>
          {t('activationRequestDetail.approve')}
        </Button>
        <Button variant="outline" color="red.9" leftSection={<IconX size={18} aria-hidden />} onClick={() => setDialog('reject')}>
          {t('activationRequestDetail.reject')}
        </Button>
      </Group>
      {!selected && (
        <Text fz="sm" c="dimmed">
          {t('activationRequestDetail.chooseFirst')}
        </Text>
      )}

      <Modal opened={dialog === 'approve'} onClose={close} title={t('activationRequestDetail.approveTitle')} centered>
        <Stack gap="md">
          {selected && (
            <>
              <Text>{t('activationRequestDetail.approveText', { name: selected.displayName })}</Text>
              <Text>
                {selected.email
                  ? t('activationRequestDetail.approveExistingEmail', { email: selected.email })
                  : t('activationRequestDetail.approveNewEmail', { email: request.email })}
              </Text>
            </>
          )}
          {failure && (
            <Alert color="red" role="alert">
              {failure.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('activationRequestDetail.cancel')}
            </Button>
            <Button loading={approve.isPending} onClick={() => selected && approve.mutate(selected.personId)}>
              {t('activationRequestDetail.confirmApprove')}
            </Button>
          </Group>
        </Stack>
      </Modal>

      <Modal opened={dialog === 'reject'} onClose={close} title={t('activationRequestDetail.rejectTitle')} centered>
        <Stack gap="md">
          <Text>{t('activationRequestDetail.rejectText')}</Text>
          <Textarea
            label={t('activationRequestDetail.reason')}
            description={t('activationRequestDetail.reasonHint')}
            required
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            error={reasonError}
            onChange={(event) => {
              setReason(event.currentTarget.value);
              setReasonError(null);
            }}
            data-autofocus
          />
          {failure && (
            <Alert color="red" role="alert">
              {failure.message}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('activationRequestDetail.cancel')}
            </Button>
            <Button color="red.9" loading={reject.isPending} onClick={confirmReject}>
              {t('activationRequestDetail.confirmReject')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
