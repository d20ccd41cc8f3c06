import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { centsToInput, parseEuros } from './amount.ts';
import {
  CONTRACT_KINDS,
  type Contract,
  type ContractKind,
  contractActions,
  contractDocumentsQuery,
  type NewContract,
} from './contracts.queries.ts';

interface Props {
  condominiumId: string;
  /** Absent: a new contract. */
  contract?: Contract;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** Add or edit a contract. The server checks everything again and names each problem by field. */
export function ContractFormModal({ condominiumId, contract, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const documents = useQuery(contractDocumentsQuery(condominiumId));
  const [values, setValues] = useState({
    kind: (contract?.kind ?? '') as ContractKind | '',
    title: contract?.title ?? '',
    supplierName: contract?.supplier.name ?? '',
    supplierPhone: contract?.supplier.phone ?? '',
    supplierEmail: contract?.supplier.email ?? '',
    contractNumber: contract?.contractNumber ?? '',
    startDate: contract?.startDate ?? '',
    endDate: contract?.endDate ?? '',
    amount: contract ? centsToInput(contract.yearlyAmountCents) : '',
    documentId: contract?.documentId ?? '',
  });
  const [amountProblem, setAmountProblem] = useState(false);

  const save = useMutation({
    mutationFn: (body: NewContract) =>
      contract ? contractActions.update(condominiumId, contract.id, body) : contractActions.create(condominiumId, body),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'contracts', 'list', condominiumId] });
      onDone(t(contract ? 'contracts.staff.updated' : 'contracts.staff.created', { title: saved.title }));
    },
  });
  const error = save.error instanceof ApiError ? save.error : null;
  const fieldError = (field: string) => error?.details?.fields?.find((problem) => problem.field === field)?.message;
  const fields = ['kind', 'title', 'supplierName', 'supplierPhone', 'supplierEmail', 'contractNumber', 'startDate', 'endDate'];
  const shownByField = error?.details?.fields?.some((problem) =>
    [...fields, 'yearlyAmountCents', 'documentId'].includes(problem.field),
  );

  const set = (key: keyof typeof values) => (value: string) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    if (save.error) save.reset();
  };
  const text = (key: keyof typeof values) => ({
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => set(key)(event.currentTarget.value),
    error: fieldError(key),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const cents = parseEuros(values.amount);
    setAmountProblem(cents === null);
    if (cents === null) return;
    save.mutate({
      kind: values.kind as ContractKind,
      title: values.title,
      supplierName: values.supplierName,
      supplierPhone: values.supplierPhone,
      supplierEmail: values.supplierEmail,
      contractNumber: values.contractNumber,
      // The form's empty date field means "reconduction tacite".
      startDate: values.startDate,
      endDate: values.endDate === '' ? null : values.endDate,
      yearlyAmountCents: cents,
      documentId: values.documentId === '' ? null : values.documentId,
    });
  };

  const documentOptions = (documents.data?.items ?? [])
    .filter((document) => document.withdrawnAt === null)
    .map((document) => ({ value: document.id, label: `${document.title} (${document.year})` }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={contract ? t('contracts.staff.editTitle', { title: contract.title }) : t('contracts.staff.addTitle')}
      closeButtonProps={{ 'aria-label': t('contracts.staff.close') }}
      size="lg"
      centered
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {save.error && !shownByField ? (
            <Alert color="red" role="alert">
              {save.error.message}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <Select
              label={t('contracts.fields.kind')}
              data={CONTRACT_KINDS.map((kind) => ({ value: kind, label: t(`contracts.kinds.${kind}`) }))}
              value={values.kind || null}
              onChange={(value) => set('kind')(value ?? '')}
              error={fieldError('kind')}
              required
              allowDeselect={false}
              data-autofocus
            />
            <TextInput label={t('contracts.fields.title')} required {...text('title')} />
            <TextInput label={t('contracts.fields.supplierName')} required {...text('supplierName')} />
            <TextInput label={t('contracts.fields.contractNumber')} {...text('contractNumber')} />
            <TextInput label={t('contracts.fields.supplierPhone')} type="tel" {...text('supplierPhone')} />
            <TextInput label={t('contracts.fields.supplierEmail')} type="email" {...text('supplierEmail')} />
            <TextInput label={t('contracts.fields.startDate')} type="date" required {...text('startDate')} />
            <TextInput
              label={t('contracts.fields.endDate')}
              description={t('contracts.fields.endDateHint')}
              type="date"
              {...text('endDate')}
            />
            <TextInput
              label={t('contracts.fields.amount')}
              description={t('contracts.fields.amountHint')}
              inputMode="decimal"
              required
              value={values.amount}
              onChange={(event) => {
                set('amount')(event.currentTarget.value);
                setAmountProblem(false);
              }}
              error={amountProblem ? t('contracts.fields.amountInvalid') : fieldError('yearlyAmountCents')}
            />
            <Select
              label={t('contracts.fields.document')}
              description={documentOptions.length === 0 ? t('contracts.fields.noDocument') : undefined}
              data={documentOptions}
              value={values.documentId || null}
              onChange={(value) => set('documentId')(value ?? '')}
              error={fieldError('documentId')}
              clearable
              clearButtonProps={{ 'aria-label': t('contracts.fields.clearDocument') }}
              searchable
              disabled={documentOptions.length === 0}
            />
          </SimpleGrid>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={save.isPending}>
              {t('contracts.staff.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('contracts.staff.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
