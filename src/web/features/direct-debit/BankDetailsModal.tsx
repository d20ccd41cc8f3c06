import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { BankAccountFields } from './BankAccountFields.tsx';
import { type BankAccountValues, bankAccountProblems } from './bankAccount.ts';
import {
  type BankDetailsChallenge,
  directDebit,
  type Mandate,
  refreshAfterMandateChange,
  type SentCode,
} from './directDebit.queries.ts';
import { SmsCodeField } from './SmsCodeField.tsx';

interface Props {
  mandate: Mandate;
  onClose: () => void;
  onDone: (message: string) => void;
}

/**
 * "Modifier mes coordonnées bancaires": the new account, then the code sent by SMS for exactly that account;
 * the mandate keeps its RUM.
 */
export function BankDetailsModal({ mandate, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const [bank, setBank] = useState<BankAccountValues>({ iban: '', bic: '' });
  const [showAll, setShowAll] = useState(false);
  const [challenge, setChallenge] = useState<BankDetailsChallenge | null>(null);
  const [sent, setSent] = useState<SentCode | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<Error | null>(null);

  const ask = useMutation({
    mutationFn: () => {
      const bic = bank.bic.trim();
      return directDebit.bankDetailsSummary(mandate.id, { iban: bank.iban, ...(bic ? { bic } : {}) });
    },
    onSuccess: (next) => {
      setChallenge(next);
      setSent(next);
      setCode('');
      setCodeError(null);
      setShowAll(false);
    },
  });
  const confirm = useMutation({
    mutationFn: () => directDebit.confirmBankDetails(mandate.id, sent?.challengeId ?? '', code),
    onSuccess: async (changed) => {
      await refreshAfterMandateChange(queryClient);
      onDone(t('directDebit.bank.done', { iban: changed.ibanMasked, reference: changed.reference }));
    },
    onError: (error) => {
      setCodeError(error);
      setCode('');
    },
  });

  const askError = ask.error instanceof ApiError ? ask.error : null;
  const fieldError = (field: string) => askError?.details?.fields?.find((problem) => problem.field === field)?.message;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!challenge) {
      const problems = bankAccountProblems(bank);
      setShowAll(true);
      if (problems.iban || problems.bic) return;
      return ask.mutate();
    }
    if (!/^\d{4}$/.test(code)) return setShowAll(true);
    confirm.mutate();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('directDebit.bank.title')}
      fullScreen={isPhone}
      closeButtonProps={{ 'aria-label': t('directDebit.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text fz="sm">{t('directDebit.bank.intro', { reference: mandate.reference, iban: mandate.ibanMasked })}</Text>
          {!challenge ? (
            <>
              {ask.error && !fieldError('iban') && !fieldError('bic') ? (
                <Alert color="red" role="alert">
                  {ask.error.message}
                </Alert>
              ) : null}
              <BankAccountFields
                values={bank}
                onChange={(values) => {
                  setBank(values);
                  if (ask.error) ask.reset();
                }}
                showAll={showAll}
                serverErrors={{ iban: fieldError('iban'), bic: fieldError('bic') }}
              />
            </>
          ) : (
            <>
              <Text>
                {challenge.bankName
                  ? t('directDebit.bank.newAccountAt', { iban: challenge.ibanMasked, bank: challenge.bankName })
                  : t('directDebit.bank.newAccount', { iban: challenge.ibanMasked })}
              </Text>
              {sent ? (
                <SmsCodeField
                  sent={sent}
                  value={code}
                  onChange={(value) => {
                    setCode(value);
                    if (codeError && value.length > 0) setCodeError(null);
                  }}
                  error={codeError ?? (showAll ? new Error(t('directDebit.code.missing')) : null)}
                  resend={directDebit.resend}
                  onResent={(next) => {
                    setSent(next);
                    setCodeError(null);
                  }}
                  onRestart={() => ask.mutate()}
                  restarting={ask.isPending}
                />
              ) : null}
            </>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('directDebit.cancel')}
            </Button>
            <Button type="submit" loading={ask.isPending || confirm.isPending}>
              {challenge ? t('directDebit.bank.confirm') : t('directDebit.bank.sendCode')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
