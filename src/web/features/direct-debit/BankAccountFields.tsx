import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FRENCH_IBAN_LENGTH, frenchBankName, normaliseIban } from '../../../domain/iban.ts';
import { type BankAccountValues, bankAccountProblems, groupIban } from './bankAccount.ts';

interface Props {
  values: BankAccountValues;
  onChange: (values: BankAccountValues) => void;
  /** Set once the person tried to continue: every problem is then shown, even in a field not yet left. */
  showAll: boolean;
  /** A problem the server found in a field (it checks again). */
  serverErrors?: { iban?: string | undefined; bic?: string | undefined };
}

/**
 * IBAN and BIC checked as they are typed (src/domain/iban.ts, French messages): a problem is shown once the
 * field was left or the IBAN has its full length, so that nobody is told off for the first characters.
 */
export function BankAccountFields({ values, onChange, showAll, serverErrors }: Props) {
  const { t } = useTranslation();
  const [left, setLeft] = useState({ iban: false, bic: false });
  const problems = bankAccountProblems(values);
  const typed = normaliseIban(values.iban);
  const ibanShown = showAll || left.iban || typed.length >= FRENCH_IBAN_LENGTH;
  const bank = frenchBankName(values.iban);
  return (
    <>
      <TextInput
        label={t('directDebit.details.iban')}
        description={bank ? t('directDebit.details.bank', { bank }) : t('directDebit.details.ibanHint')}
        required
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        value={values.iban}
        onChange={(event) => onChange({ ...values, iban: groupIban(event.currentTarget.value) })}
        onBlur={() => setLeft((previous) => ({ ...previous, iban: true }))}
        error={serverErrors?.iban ?? (ibanShown ? problems.iban : null)}
        styles={{ input: { fontVariantNumeric: 'tabular-nums', letterSpacing: '0.02em' } }}
      />
      <TextInput
        label={t('directDebit.details.bic')}
        description={t('directDebit.details.bicHint')}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        value={values.bic}
        onChange={(event) => onChange({ ...values, bic: event.currentTarget.value.toUpperCase() })}
        onBlur={() => setLeft((previous) => ({ ...previous, bic: true }))}
        error={serverErrors?.bic ?? (showAll || left.bic ? problems.bic : null)}
      />
    </>
  );
}
