import { Alert, Anchor, Box, Button, Checkbox, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { addDays, parisDate } from '../../../domain/calendar.ts';
import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { DEFAULT_PRE_NOTIFICATION_DAYS } from '../../../domain/sepa.ts';
import { type Mandate, type MandateSummary, type Mode, mandateFileUrl, type PayableAccount } from './directDebit.queries.ts';
import { nextDebitOf } from './mandateStatus.ts';

/** Step 4: the mandate's full text exactly as the server will sign it, to be read and accepted. */
export function SummaryStep({
  summary,
  accepted,
  onAcceptedChange,
  showAll,
}: {
  summary: MandateSummary;
  accepted: boolean;
  onAcceptedChange: (accepted: boolean) => void;
  showAll: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      {summary.bankName ? <Text fz="sm">{t('directDebit.summary.bank', { bank: summary.bankName })}</Text> : null}
      <Box
        component="pre"
        // Focusable so that the text can be scrolled with the keyboard.
        tabIndex={0}
        role="region"
        aria-label={t('directDebit.summary.textLabel')}
        p="md"
        bd="1px solid var(--mantine-color-default-border)"
        style={{
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          maxHeight: '50vh',
          overflowY: 'auto',
          fontFamily: 'inherit',
          fontSize: 'var(--mantine-font-size-sm)',
          margin: 0,
          borderRadius: 'var(--mantine-radius-md)',
        }}
      >
        {summary.summaryText}
      </Box>
      <Checkbox
        label={t('directDebit.summary.accept')}
        checked={accepted}
        onChange={(event) => onAcceptedChange(event.currentTarget.checked)}
        error={showAll && !accepted ? t('directDebit.summary.acceptMissing') : null}
      />
    </Stack>
  );
}

/** Step 6: what signing does, said once more before the button that does it. */
export function PayStep({ account, mode, error }: { account: PayableAccount; mode: Mode; error: Error | null }) {
  const { t } = useTranslation();
  const collectionDate = addDays(parisDate(new Date()), DEFAULT_PRE_NOTIFICATION_DAYS);
  return (
    <Stack gap="sm">
      <div aria-live="assertive">
        {error ? (
          <Alert color="red" role="alert">
            {error.message}
          </Alert>
        ) : null}
      </div>
      <Text fw={600}>{account.label}</Text>
      {mode === 'manual' ? (
        <Text>
          {t('directDebit.pay.manual', {
            amount: formatEuros(-account.balanceCents),
            date: frenchDate(collectionDate),
          })}
        </Text>
      ) : (
        <Text>{t('directDebit.pay.automatic')}</Text>
      )}
      <Text fz="sm" c="dimmed">
        {t('directDebit.pay.refund')}
      </Text>
    </Stack>
  );
}

/** Step 7: the signed mandate, its PDF, and for a one-off collection its amount and date. */
export function ConfirmationStep({ mandate }: { mandate: Mandate }) {
  const { t } = useTranslation();
  const debit = nextDebitOf(mandate);
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} role="status">
        <Text fw={700}>{t('directDebit.done.title')}</Text>
        <Text fz="sm">{t('directDebit.done.text')}</Text>
      </Alert>
      <List spacing="xs">
        <List.Item>{t('directDebit.done.reference', { reference: mandate.reference })}</List.Item>
        <List.Item>{t('directDebit.done.mode', { mode: t(`directDebit.modeName.${mandate.mode}`) })}</List.Item>
        <List.Item>{t('directDebit.done.iban', { iban: mandate.ibanMasked })}</List.Item>
        {debit ? (
          <List.Item>
            {t('directDebit.done.debit', { amount: formatEuros(debit.amountCents), date: frenchDate(debit.collectionDate) })}
          </List.Item>
        ) : null}
      </List>
      <Group gap="sm">
        {mandate.documentId ? (
          <Button
            component="a"
            href={mandateFileUrl(mandate.documentId)}
            download
            h="auto"
            mih={36}
            py={6}
            styles={{ label: { whiteSpace: 'normal' } }}
            variant="light"
            leftSection={<IconDownload size={18} aria-hidden />}
          >
            {t('directDebit.done.pdf')}
          </Button>
        ) : null}
        <Button component={Link} to="/finances" h="auto" mih={36} py={6} styles={{ label: { whiteSpace: 'normal' } }}>
          {t('directDebit.done.back')}
        </Button>
      </Group>
      <Text fz="sm" c="dimmed">
        {t('directDebit.done.documents')}{' '}
        <Anchor component={Link} to="/documents">
          {t('directDebit.done.documentsLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
