import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertCircle, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { PublicLayout } from '../../ui/PublicLayout.tsx';
import { agenciesQuery, submitActivationRequest } from './activationRequests.queries.ts';
import { ProofInput, proofProblem } from './ProofInput.tsx';

const TEXT_FIELDS = [
  'agencyId',
  'civility',
  'firstName',
  'lastName',
  'email',
  'phone',
  'clientReference',
  'lotNumber',
  'propertyAddress',
  'message',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type ProofField = 'identityDocument' | 'propertyProof';
type Errors = Partial<Record<TextField | ProofField, string>>;

const CIVILITIES = ['M', 'MME', 'M_ET_MME', 'SOCIETE'] as const;
// Each group of fields is a fieldset whose legend reads as the heading of its part of the form.
const SECTION = {
  variant: 'unstyled',
  styles: { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)', marginBottom: 8 } },
} as const;
const EMPTY: Record<TextField, string> = {
  agencyId: '',
  civility: 'M',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
  clientReference: '',
  lotNumber: '',
  propertyAddress: '',
  message: '',
};

/** "Demander l'ouverture de votre accès": for a person whose identifier or email the portal does not know. */
export function ActivationRequestPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const agencies = useQuery(agenciesQuery);
  const [values, setValues] = useState(EMPTY);
  const [proofs, setProofs] = useState<Record<ProofField, File[]>>({ identityDocument: [], propertyProof: [] });
  const [errors, setErrors] = useState<Errors>({});
  const summary = useRef<HTMLDivElement>(null);

  const agencyList = agencies.data?.agencies ?? [];
  // With a single agency on the portal there is nothing to choose.
  useEffect(() => {
    const [only, ...others] = agencyList;
    if (only && others.length === 0) setValues((current) => (current.agencyId ? current : { ...current, agencyId: only.id }));
  }, [agencyList]);

  const submit = useMutation({
    mutationFn: submitActivationRequest,
    onSuccess: (receipt) => navigate({ to: '/demande-acces/suivi', search: { jeton: receipt.trackingToken, nouvelle: true } }),
    onError: (error) => {
      if (error instanceof ApiError) setErrors(fieldErrors(error));
      summary.current?.focus();
    },
  });

  const set = (field: TextField) => (value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = checkForm(values, proofs, t);
    setErrors(found);
    if (Object.values(found).some(Boolean)) {
      // The first wrong field takes the focus, so keyboard and screen-reader users land on it.
      const first = [...TEXT_FIELDS, 'identityDocument', 'propertyProof'].find((field) => found[field as TextField]);
      if (first) document.getElementById(first)?.focus();
      return;
    }
    const form = new FormData();
    for (const field of TEXT_FIELDS) form.append(field, values[field].trim());
    for (const field of ['identityDocument', 'propertyProof'] as const) {
      for (const file of proofs[field]) form.append(field, file, file.name);
    }
    submit.mutate(form);
  };

  const apiError = submit.error instanceof ApiError ? submit.error : null;
  const text = (field: TextField) => ({
    id: field,
    name: field,
    value: values[field],
    error: errors[field],
    onChange: (event: { currentTarget: { value: string } }) => set(field)(event.currentTarget.value),
  });

  return (
    <PublicLayout size="sm">
      <Stack gap="lg">
        <Stack gap="xs">
          <PageHeading fz={{ base: 24, sm: 28 }}>{t('activationRequest.title')}</PageHeading>
          <Text>{t('activationRequest.intro')}</Text>
        </Stack>
        <Alert color="palier" icon={<IconInfoCircle aria-hidden />} title={t('activationRequest.prepareTitle')}>
          <List size="sm" spacing={4}>
            <List.Item>{t('activationRequest.prepareIdentity')}</List.Item>
            <List.Item>{t('activationRequest.prepareProperty')}</List.Item>
            <List.Item>{t('activationRequest.prepareFormats')}</List.Item>
          </List>
        </Alert>
        <Paper withBorder radius="lg" p={{ base: 'md', sm: 'xl' }} shadow="sm">
          <form onSubmit={onSubmit} noValidate aria-label={t('activationRequest.formLabel')}>
            <Stack gap="lg">
              <div ref={summary} tabIndex={-1} aria-live="assertive">
                {apiError && (
                  <Alert
                    color="red"
                    icon={<IconAlertCircle aria-hidden />}
                    title={t('activationRequest.errorTitle')}
                    role="alert"
                  >
                    {apiError.message}
                  </Alert>
                )}
              </div>
              <Fieldset legend={t('activationRequest.agencyLegend')} {...SECTION}>
                <NativeSelect
                  {...text('agencyId')}
                  label={t('activationRequest.agency')}
                  required
                  data={[
                    { value: '', label: t('activationRequest.agencyPlaceholder') },
                    ...agencyList.map((agency) => ({
                      value: agency.id,
                      label: agency.city ? `${agency.name} (${agency.city})` : agency.name,
                    })),
                  ]}
                />
              </Fieldset>
              <Fieldset legend={t('activationRequest.identityLegend')} {...SECTION}>
                <Stack gap="sm">
                  <NativeSelect
                    {...text('civility')}
                    label={t('activationRequest.civility')}
                    required
                    data={CIVILITIES.map((civility) => ({
                      value: civility,
                      label: t(`activationRequest.civilities.${civility}`),
                    }))}
                    maw={260}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextInput {...text('firstName')} label={t('activationRequest.firstName')} autoComplete="given-name" />
                    <TextInput
                      {...text('lastName')}
                      label={t('activationRequest.lastName')}
                      autoComplete="family-name"
                      required
                    />
                    <TextInput
                      {...text('email')}
                      type="email"
                      label={t('activationRequest.email')}
                      description={t('activationRequest.emailHint')}
                      autoComplete="email"
                      required
                    />
                    <TextInput {...text('phone')} type="tel" label={t('activationRequest.phone')} autoComplete="tel" />
                  </SimpleGrid>
                </Stack>
              </Fieldset>
              <Fieldset legend={t('activationRequest.propertyLegend')} {...SECTION}>
                <Stack gap="sm">
                  <Text fz="sm" c="dimmed">
                    {t('activationRequest.propertyHint')}
                  </Text>
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <TextInput
                      {...text('clientReference')}
                      label={t('activationRequest.clientReference')}
                      description={t('activationRequest.clientReferenceHint')}
                      autoCapitalize="characters"
                      spellCheck={false}
                    />
                    <TextInput {...text('lotNumber')} label={t('activationRequest.lotNumber')} />
                  </SimpleGrid>
                  <TextInput
                    {...text('propertyAddress')}
                    label={t('activationRequest.propertyAddress')}
                    autoComplete="street-address"
                    required
                  />
                </Stack>
              </Fieldset>
              <Fieldset legend={t('activationRequest.proofsLegend')} {...SECTION}>
                <Stack gap="md">
                  {(['identityDocument', 'propertyProof'] as const).map((field) => (
                    <ProofInput
                      key={field}
                      id={field}
                      label={t(`activationRequest.${field}`)}
                      description={t(`activationRequest.${field}Hint`)}
                      files={proofs[field]}
                      error={errors[field]}
                      onChange={(files) => {
                        setProofs((current) => ({ ...current, [field]: files }));
                        setErrors((current) => ({ ...current, [field]: proofProblem(files, t) ?? undefined }));
                      }}
                    />
                  ))}
                </Stack>
              </Fieldset>
              <Textarea
                {...text('message')}
                label={t('activationRequest.message')}
                description={t('activationRequest.messageHint')}
                autosize
                minRows={3}
                maxLength={2000}
              />
              <Button type="submit" size="md" loading={submit.isPending}>
                {t('activationRequest.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        <Anchor renderRoot={(props) => <Link to="/connexion" {...props} />}>{t('app.backToLogin')}</Anchor>
      </Stack>
    </PublicLayout>
  );
}

function checkForm(values: Record<TextField, string>, proofs: Record<ProofField, File[]>, t: TFunction) {
  const errors: Errors = {};
  if (!values.agencyId) errors.agencyId = t('activationRequest.errors.agency');
  if (!values.lastName.trim()) errors.lastName = t('activationRequest.errors.lastName');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = t('activationRequest.errors.email');
  if (!values.propertyAddress.trim()) errors.propertyAddress = t('activationRequest.errors.propertyAddress');
  for (const field of ['identityDocument', 'propertyProof'] as const) {
    const problem = proofs[field].length === 0 ? t(`activationRequest.errors.${field}`) : proofProblem(proofs[field], t);
    if (problem) errors[field] = problem;
  }
  return errors;
}

/** The server names each wrong field; its messages are shown under the fields themselves. */
function fieldErrors(error: ApiError): Errors {
  const errors: Errors = {};
  for (const problem of error.details?.fields ?? []) errors[problem.field as TextField] = problem.message;
  return errors;
}
