import { Alert, Anchor, Button, Card, Group, Loader, Progress, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { type BankAccountValues, bankAccountProblems } from './bankAccount.ts';
import { DetailsStep, type HolderValues, ModeStep, PropertyStep } from './ChoiceSteps.tsx';
import {
  type DirectDebitOptions,
  directDebit,
  directDebitOptionsQuery,
  type Mandate,
  type MandateSummary,
  type Mode,
  refreshAfterMandateChange,
  type SentCode,
} from './directDebit.queries.ts';
import { activeMandateOf } from './mandateStatus.ts';
import { ConfirmationStep, PayStep, SummaryStep } from './SignSteps.tsx';
import { SmsCodeField } from './SmsCodeField.tsx';

const STEPS = ['property', 'mode', 'details', 'summary', 'code', 'pay', 'done'] as const;
type StepName = (typeof STEPS)[number];
const step = (name: StepName) => STEPS.indexOf(name);

/** The accounts offered at step 1: payable by direct debit and without a mandate already running. */
const candidates = (options: DirectDebitOptions) =>
  options.accounts.map((account) => ({ account, available: account.payable && !activeMandateOf(options, account.key) }));

/** "Payer votre solde" (seed, chapter IV): the seven steps of a SEPA mandate signed online. */
export function PayBalancePage() {
  const { t } = useTranslation();
  const options = useQuery(directDebitOptionsQuery);
  return (
    <Stack gap="lg" maw={760}>
      <Anchor component={Link} to="/finances" fz="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('directDebit.backToFinances')}
        </Group>
      </Anchor>
      <PageHeading>{t('directDebit.pageTitle')}</PageHeading>
      {options.isPending && <Loader aria-label={t('app.loading')} />}
      {options.error && (
        <Alert color="red" role="alert">
          {options.error.message}
        </Alert>
      )}
      {options.data && !options.data.person.mobile && (
        // The signature code goes to the mobile on file: without one, step 5 cannot happen.
        <Alert color="yellow" role="status">
          <Text fz="sm">{t('directDebit.noMobile')}</Text>
          <Anchor component={Link} to="/profil" fz="sm">
            {t('directDebit.noMobileLink')}
          </Anchor>
        </Alert>
      )}
      {options.data && <Wizard options={options.data} />}
    </Stack>
  );
}

function Wizard({ options }: { options: DirectDebitOptions }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const search = useSearch({ from: '/espace/finances/prelevement' });
  const isPhone = useMediaQuery('(max-width: 36em)');
  const offered = candidates(options).map((item) => ({
    ...item,
    why: item.account.reason ?? (item.available ? null : t('directDebit.property.running')),
  }));
  const preselected = offered.find((item) => item.available && item.account.key === search.compte)?.account.key ?? null;

  const [active, setActive] = useState(preselected ? step('mode') : step('property'));
  const [accountKey, setAccountKey] = useState<string | null>(preselected);
  const [mode, setMode] = useState<Mode | null>(null);
  const [holder, setHolder] = useState<HolderValues>({ debtorName: options.person.name, address: options.person.address });
  const [bank, setBank] = useState<BankAccountValues>({ iban: '', bic: '' });
  const [showAll, setShowAll] = useState(false);
  const [summary, setSummary] = useState<MandateSummary | null>(null);
  const [sent, setSent] = useState<SentCode | null>(null);
  const [accepted, setAccepted] = useState(false);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<Error | null>(null);
  const [signed, setSigned] = useState<Mandate | null>(null);
  const account = options.accounts.find((item) => item.key === accountKey) ?? null;

  // Each new step is announced: the focus goes to its title, as a screen reader expects after "Continuer".
  const stepTitle = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(active);
  useEffect(() => {
    if (shownStep.current === active) return;
    shownStep.current = active;
    stepTitle.current?.focus();
  });

  const requestSummary = useMutation({
    mutationFn: () => {
      if (!account || !mode) throw new Error(t('directDebit.property.missing'));
      const bic = bank.bic.trim();
      return directDebit.summary({
        accountKey: account.key,
        mode,
        debtorName: holder.debtorName.trim(),
        address: holder.address.trim(),
        iban: bank.iban,
        ...(bic ? { bic } : {}),
      });
    },
    onSuccess: (next) => {
      setSummary(next);
      setSent(next);
      setAccepted(false);
      setCode('');
      setCodeError(null);
      setShowAll(false);
      setActive(step('summary'));
    },
  });

  const sign = useMutation({
    mutationFn: () => {
      if (!sent) throw new Error(t('directDebit.code.missing'));
      return directDebit.sign(sent.challengeId, code);
    },
    onSuccess: async (mandate) => {
      setSigned(mandate);
      setActive(step('done'));
      await refreshAfterMandateChange(queryClient);
    },
    onError: (error) => {
      // The code is the problem (wrong, expired, too many tries): back to where it is typed, with the reason.
      setCodeError(error);
      setCode('');
      setActive(step('code'));
    },
  });

  const goBack = () => {
    setShowAll(false);
    setActive((current) => Math.max(0, current - 1));
  };

  const next = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = STEPS[active];
    if (name === 'property' || name === 'mode') {
      const chosen = name === 'property' ? accountKey : mode;
      if (!chosen) return setShowAll(true);
      setShowAll(false);
      return setActive(active + 1);
    }
    if (name === 'details') {
      const problems = bankAccountProblems(bank);
      setShowAll(true);
      if (problems.iban || problems.bic || !holder.debtorName.trim() || !holder.address.trim()) return;
      return requestSummary.mutate();
    }
    if (name === 'summary') {
      if (!accepted) return setShowAll(true);
      setShowAll(false);
      return setActive(step('code'));
    }
    if (name === 'code') {
      if (!/^\d{4}$/.test(code)) return setShowAll(true);
      setShowAll(false);
      return setActive(step('pay'));
    }
    if (name === 'pay') sign.mutate();
  };

  const labels = STEPS.map((name) => t(`directDebit.steps.${name}`));
  const current = STEPS[active] ?? 'property';
  const noChoice = offered.every((item) => !item.available);

  if (noChoice && !signed)
    return (
      <Card>
        <Stack gap="sm">
          <Text>{t('directDebit.property.none')}</Text>
          {offered.map((item) =>
            item.why ? <Text key={item.account.key} fz="sm" c="dimmed">{`${item.account.label} : ${item.why}`}</Text> : null,
          )}
          <Button component={Link} to="/finances" variant="light" w="fit-content">
            {t('directDebit.done.back')}
          </Button>
        </Stack>
      </Card>
    );

  return (
    <Card component="section" aria-labelledby="direct-debit-step" padding="lg">
      <Stack gap="lg">
        {isPhone ? (
          // Seven numbered steps do not fit 375 px: a bar says how far along, the text below which step it is.
          <Progress value={((active + 1) / STEPS.length) * 100} aria-hidden />
        ) : (
          <Stepper
            active={active}
            size="sm"
            // Going back is allowed until the mandate is signed; never forward past a step not done.
            onStepClick={signed ? undefined : (index) => index < active && setActive(index)}
            allowNextStepsSelect={false}
          >
            {labels.map((label, index) => (
              <Stepper.Step key={label} label={label} aria-label={t('directDebit.stepName', { step: index + 1, label })} />
            ))}
          </Stepper>
        )}
        <div>
          <Text fz="sm" c="dimmed">
            {t('directDebit.stepOf', { step: active + 1, count: STEPS.length })}
          </Text>
          <Title order={2} fz="h3" id="direct-debit-step" ref={stepTitle} tabIndex={-1}>
            {current === 'code' && sent ? t('directDebit.steps.code') : labels[active]}
          </Title>
        </div>
        <form onSubmit={next} noValidate aria-labelledby="direct-debit-step">
          <Stack gap="lg">
            {current === 'property' && (
              <PropertyStep
                accounts={offered}
                value={accountKey}
                onChange={(key) => {
                  setAccountKey(key);
                  setMode(null);
                }}
              />
            )}
            {current === 'property' && showAll && !accountKey ? (
              <Text c="red.9" role="alert">
                {t('directDebit.property.missing')}
              </Text>
            ) : null}
            {current === 'mode' && account && <ModeStep account={account} value={mode} onChange={setMode} />}
            {current === 'mode' && showAll && !mode ? (
              <Text c="red.9" role="alert">
                {t('directDebit.mode.missing')}
              </Text>
            ) : null}
            {current === 'details' && (
              <DetailsStep
                holder={holder}
                onHolderChange={setHolder}
                bank={bank}
                onBankChange={(values) => {
                  setBank(values);
                  if (requestSummary.error) requestSummary.reset();
                }}
                showAll={showAll}
                error={requestSummary.error}
              />
            )}
            {current === 'summary' && summary && (
              <SummaryStep summary={summary} accepted={accepted} onAcceptedChange={setAccepted} showAll={showAll} />
            )}
            {current === 'code' && sent && (
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
                onRestart={() => requestSummary.mutate()}
                restarting={requestSummary.isPending}
              />
            )}
            {current === 'pay' && account && mode && <PayStep account={account} mode={mode} error={null} />}
            {current === 'done' && signed && <ConfirmationStep mandate={signed} />}
            {current !== 'done' && (
              <Group justify="space-between">
                {active > 0 ? (
                  <Button variant="default" onClick={goBack} disabled={sign.isPending}>
                    {t('directDebit.previous')}
                  </Button>
                ) : (
                  <span />
                )}
                <Button type="submit" loading={requestSummary.isPending || sign.isPending}>
                  {current === 'pay'
                    ? t(mode === 'manual' ? 'directDebit.pay.signAndPay' : 'directDebit.pay.sign')
                    : t('directDebit.next')}
                </Button>
              </Group>
            )}
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
