import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { CurrentPasswordInput } from '../password/CurrentPasswordInput.tsx';
import { type DetailsChange, detailsQuery, type ProfileDetails, updateDetails } from './profileDetails.queries.ts';

interface Props {
  details: ProfileDetails;
  onSaved: () => void;
  onCancel: () => void;
}

const digits = (text: string) => text.replace(/\D/g, '').replace(/^(33|0033)/, '0');

/**
 * The pencil's form: phones and postal address. Only what differs from the file is sent; the server checks
 * every field again and answers each problem by field, shown under that field.
 */
export function ContactDetailsForm({ details, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const initial = {
    mobilePhone: details.mobilePhone ?? '',
    landlinePhone: details.landlinePhone ?? '',
    line1: details.address.line1 ?? '',
    line2: details.address.line2 ?? '',
    postalCode: details.address.postalCode ?? '',
    city: details.address.city ?? '',
  };
  const [values, setValues] = useState(initial);
  const [currentPassword, setCurrentPassword] = useState('');
  // The mobile receives the SMS codes: changing it asks for the password (see the server's comment).
  const mobileChanged = digits(values.mobilePhone) !== digits(initial.mobilePhone);
  const asksPassword = mobileChanged && details.hasPassword;

  const save = useMutation({
    mutationFn: () => {
      const body: DetailsChange = {};
      if (mobileChanged) body.mobilePhone = values.mobilePhone;
      if (values.landlinePhone.trim() !== initial.landlinePhone) body.landlinePhone = values.landlinePhone;
      const addressKeys = ['line1', 'line2', 'postalCode', 'city'] as const;
      if (addressKeys.some((key) => values[key].trim() !== initial[key])) {
        body.address = { line1: values.line1, line2: values.line2, postalCode: values.postalCode, city: values.city };
      }
      if (asksPassword) body.currentPassword = currentPassword;
      return updateDetails(body);
    },
    onSuccess: (next) => {
      queryClient.setQueryData(detailsQuery.queryKey, next);
      onSaved();
    },
  });

  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (field: string) => error?.details?.fields?.find((problem) => problem.field === field)?.message;
  const known = ['mobilePhone', 'landlinePhone', 'address.line1', 'address.line2', 'address.postalCode', 'address.city'];
  const shownByField = error?.details?.fields?.some((problem) => [...known, 'currentPassword'].includes(problem.field));
  const set = (key: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((previous) => ({ ...previous, [key]: value }));
    if (save.error) save.reset();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('profileDetails.form.label')}>
      <Stack gap="sm">
        {save.error && !shownByField ? (
          <Alert color="red" role="alert">
            {save.error.message}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('profileDetails.fields.mobilePhone')}
            description={t('profileDetails.form.mobileHint')}
            type="tel"
            autoComplete="mobile tel"
            value={values.mobilePhone}
            onChange={set('mobilePhone')}
            error={fieldError('mobilePhone')}
            data-autofocus
          />
          <TextInput
            label={t('profileDetails.fields.landlinePhone')}
            description={t('profileDetails.form.landlineHint')}
            type="tel"
            autoComplete="home tel"
            value={values.landlinePhone}
            onChange={set('landlinePhone')}
            error={fieldError('landlinePhone')}
          />
        </SimpleGrid>
        {asksPassword ? (
          <CurrentPasswordInput
            value={currentPassword}
            error={fieldError('currentPassword')}
            onChange={(value) => {
              setCurrentPassword(value);
              if (save.error) save.reset();
            }}
          />
        ) : null}
        <TextInput
          label={t('profileDetails.fields.addressLine1')}
          autoComplete="address-line1"
          value={values.line1}
          onChange={set('line1')}
          error={fieldError('address.line1')}
        />
        <TextInput
          label={t('profileDetails.fields.addressLine2')}
          description={t('profileDetails.form.line2Hint')}
          autoComplete="address-line2"
          value={values.line2}
          onChange={set('line2')}
          error={fieldError('address.line2')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('profileDetails.fields.postalCode')}
            autoComplete="postal-code"
            inputMode="numeric"
            value={values.postalCode}
            onChange={set('postalCode')}
            error={fieldError('address.postalCode')}
          />
          <TextInput
            label={t('profileDetails.fields.city')}
            autoComplete="address-level2"
            value={values.city}
            onChange={set('city')}
            error={fieldError('address.city')}
          />
        </SimpleGrid>
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            {t('profileDetails.form.save')}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={save.isPending}>
            {t('profileDetails.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
