import { Alert, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconDownload } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../domain/calendar.ts';
import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { BankDetailsModal } from './BankDetailsModal.tsx';
import {
  directDebit,
  directDebitOptionsQuery,
  type Mandate,
  mandateFileUrl,
  refreshAfterMandateChange,
} from './directDebit.queries.ts';
import { nextDebitOf } from './mandateStatus.ts';

/** "Mes mandats de prélèvement": each active mandate, its PDF, new bank details and revocation. */
export function MandatesSection() {
  const { t } = useTranslation();
  const options = useQuery(directDebitOptionsQuery);
  const [done, setDone] = useState<string | null>(null);
  const active = options.data?.mandates.filter((mandate) => mandate.status === 'active') ?? [];
  if (active.length === 0 && !done) return null;
  const labelOf = (mandate: Mandate) =>
    options.data?.accounts.find((account) => account.key === mandate.accountKey)?.label ?? mandate.debtorName;
  return (
    <Card component="section" aria-labelledby="my-mandates">
      <Stack gap="md">
        <Title order={2} fz="h4" id="my-mandates">
          {t('directDebit.mandates.title')}
        </Title>
        <div aria-live="polite">
          {done ? (
            <Alert color="green" withCloseButton closeButtonLabel={t('directDebit.close')} onClose={() => setDone(null)}>
              {done}
            </Alert>
          ) : null}
        </div>
        {active.length === 0 ? <Text c="dimmed">{t('directDebit.mandates.none')}</Text> : null}
        {active.map((mandate) => (
          <MandateCard key={mandate.id} mandate={mandate} label={labelOf(mandate)} onDone={setDone} />
        ))}
      </Stack>
    </Card>
  );
}

function MandateCard({ mandate, label, onDone }: { mandate: Mandate; label: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'bank' | 'revoke' | null>(null);
  const debit = nextDebitOf(mandate);
  const titleId = `mandate-${mandate.id}`;
  return (
    <Card withBorder component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Text fw={600} id={titleId}>
          {t('directDebit.mandates.of', { label })}
        </Text>
        <Text fz="sm">{t('directDebit.done.reference', { reference: mandate.reference })}</Text>
        <Text fz="sm">{t('directDebit.done.iban', { iban: mandate.ibanMasked })}</Text>
        <Text fz="sm">{t('directDebit.done.mode', { mode: t(`directDebit.modeName.${mandate.mode}`) })}</Text>
        <Text fz="sm">{t('directDebit.mandates.signedOn', { date: frenchDate(parisDate(new Date(mandate.signedAt))) })}</Text>
        {debit ? (
          <Text fz="sm">
            {t('directDebit.inProgress.next', { amount: formatEuros(debit.amountCents), date: frenchDate(debit.collectionDate) })}
          </Text>
        ) : null}
        <Group gap="sm" mt="xs">
          {mandate.documentId ? (
            <Button
              component="a"
              href={mandateFileUrl(mandate.documentId)}
              download
              variant="light"
              leftSection={<IconDownload size={18} aria-hidden />}
              aria-label={t('directDebit.mandates.pdfOf', { reference: mandate.reference })}
            >
              {t('directDebit.mandates.pdf')}
            </Button>
          ) : null}
          <Button variant="default" onClick={() => setOpen('bank')}>
            {t('directDebit.bank.open')}
          </Button>
          <Button variant="light" color="red" onClick={() => setOpen('revoke')}>
            {t('directDebit.revoke.open')}
          </Button>
        </Group>
      </Stack>
      {open === 'bank' && (
        <BankDetailsModal
          mandate={mandate}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            onDone(message);
          }}
        />
      )}
      {open === 'revoke' && (
        <RevokeModal
          mandate={mandate}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            onDone(message);
          }}
        />
      )}
    </Card>
  );
}

function RevokeModal({ mandate, onClose, onDone }: { mandate: Mandate; onClose: () => void; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const revoke = useMutation({
    mutationFn: () => directDebit.revoke(mandate.id),
    onSuccess: async (revoked) => {
      await refreshAfterMandateChange(queryClient);
      onDone(t('directDebit.revoke.done', { reference: revoked.reference }));
    },
  });
  const pending = mandate.scheduledDebits.some((debit) => debit.status === 'scheduled' || debit.status === 'prenotified');
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('directDebit.revoke.title')}
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('directDebit.close') }}
    >
      <Stack gap="md">
        <Text>{t('directDebit.revoke.text', { reference: mandate.reference })}</Text>
        {pending ? <Text fz="sm">{t('directDebit.revoke.pending')}</Text> : null}
        {revoke.error ? (
          <Alert color="red" role="alert">
            {revoke.error.message}
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('directDebit.cancel')}
          </Button>
          <Button color="red.9" onClick={() => revoke.mutate()} loading={revoke.isPending}>
            {t('directDebit.revoke.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
