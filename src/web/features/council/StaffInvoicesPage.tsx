import { Alert, Button, Card, Group, Popover, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parisDate } from '../../../domain/calendar.ts';
import { ApiError } from '../../api/client.ts';
import { PageHeading } from '../../ui/PageHeading.tsx';
import { QueryFallback } from '../../ui/QueryStatus.tsx';
import { parseEuros } from '../contracts/amount.ts';
import { CondominiumSelect } from '../contracts/CondominiumSelect.tsx';
import { agencyCondominiumsQuery } from '../contracts/contracts.queries.ts';
import { FileDrop } from '../staff-documents/FileDrop.tsx';
import { InvoiceTable } from './BankTabs.tsx';
import {
  councilInvoicesQuery,
  councilOverviewQuery,
  payInvoice,
  recordInvoice,
  type SupplierInvoice,
} from './council.queries.ts';

/**
 * "/gestion/factures": the agency records its condominiums' supplier invoices (the PDF dropped in, the charge
 * account and key), which the council then reads, and marks them paid (the bank order).
 */
export function StaffInvoicesPage() {
  const { t } = useTranslation();
  const condominiums = useQuery(agencyCondominiumsQuery);
  const [condominiumId, setCondominiumId] = useState<string | null>(null);
  const thisYear = Number(parisDate(new Date()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack gap="lg" maw={1200}>
      <PageHeading>{t('council.staff.title')}</PageHeading>
      <Text c="dimmed">{t('council.staff.intro')}</Text>
      {condominiums.error ? (
        <Alert color="red" role="alert">
          {condominiums.error.message}
        </Alert>
      ) : null}
      <Group align="flex-end">
        <CondominiumSelect
          label={t('council.staff.condominium')}
          placeholder={t('council.staff.chooseCondominium')}
          value={condominiumId}
          onChange={(value) => {
            setNotice(null);
            setCondominiumId(value);
          }}
          w={420}
        />
        <Select
          label={t('council.year')}
          data={[thisYear - 2, thisYear - 1, thisYear].map(String)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={140}
        />
      </Group>
      <div role="status" aria-live="polite">
        {notice ? (
          <Alert color="green" withCloseButton closeButtonLabel={t('council.staff.close')} onClose={() => setNotice(null)}>
            {notice}
          </Alert>
        ) : null}
      </div>
      {condominiumId ? (
        <>
          <AddInvoice key={condominiumId} condominiumId={condominiumId} onDone={setNotice} />
          <InvoiceList condominiumId={condominiumId} year={year} onDone={setNotice} />
        </>
      ) : null}
    </Stack>
  );
}

function InvoiceList({ condominiumId, year, onDone }: { condominiumId: string; year: number; onDone: (text: string) => void }) {
  const invoices = useQuery(councilInvoicesQuery(condominiumId, year));
  if (invoices.error || !invoices.data) return <QueryFallback error={invoices.error} />;
  return (
    <InvoiceTable
      view={invoices.data}
      year={year}
      action={(invoice) => (invoice.paidOn ? null : <PayButton invoice={invoice} onDone={onDone} />)}
    />
  );
}

function PayButton({ invoice, onDone }: { invoice: SupplierInvoice; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const [paidOn, setPaidOn] = useState(parisDate(new Date()));
  const pay = useMutation({
    mutationFn: () => payInvoice(invoice.id, paidOn),
    onSuccess: async () => {
      setOpened(false);
      onDone(t('council.staff.paid', { number: invoice.invoiceNumber }));
      await queryClient.invalidateQueries({ queryKey: ['council'] });
    },
  });
  return (
    <Popover opened={opened} onChange={setOpened} trapFocus withArrow>
      <Popover.Target>
        <Button size="xs" variant="light" onClick={() => setOpened((open) => !open)}>
          {t('council.staff.markPaid', { number: invoice.invoiceNumber })}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <TextInput
            type="date"
            label={t('council.staff.paidOn')}
            value={paidOn}
            onChange={(event) => setPaidOn(event.currentTarget.value)}
            error={pay.error?.message}
          />
          <Button size="xs" loading={pay.isPending} onClick={() => pay.mutate()}>
            {t('council.staff.confirmPaid')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

const EMPTY = { supplierName: '', invoiceNumber: '', invoiceDate: '', label: '', accountCode: '', amount: '' };

function AddInvoice({ condominiumId, onDone }: { condominiumId: string; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const overview = useQuery(councilOverviewQuery(condominiumId));
  const [values, setValues] = useState(EMPTY);
  const [keyId, setKeyId] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const field = (name: keyof typeof EMPTY) => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => setValues({ ...values, [name]: event.currentTarget.value }),
    error: problems[name === 'amount' ? 'amountCents' : name],
  });
  const record = useMutation({
    mutationFn: (form: FormData) => recordInvoice(condominiumId, form),
    onSuccess: async (invoice) => {
      setValues(EMPTY);
      setFiles([]);
      setProblems({});
      onDone(t('council.staff.recorded', { number: invoice.invoiceNumber, supplier: invoice.supplierName }));
      await queryClient.invalidateQueries({ queryKey: ['council'] });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.details?.fields)
        setProblems(Object.fromEntries(error.details.fields.map((problem) => [problem.field, problem.message])));
    },
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const cents = parseEuros(values.amount);
    const local: Record<string, string> = {};
    if (cents === null || cents <= 0) local.amountCents = t('council.staff.amountInvalid');
    if (!keyId) local.allocationKeyId = t('council.staff.keyMissing');
    if (files.length === 0) local.file = t('council.staff.fileMissing');
    setProblems(local);
    if (Object.keys(local).length > 0 || cents === null || !keyId || !files[0]) return;
    const form = new FormData();
    form.append('supplierName', values.supplierName);
    form.append('invoiceNumber', values.invoiceNumber);
    form.append('invoiceDate', values.invoiceDate);
    form.append('label', values.label);
    form.append('accountCode', values.accountCode);
    form.append('allocationKeyId', keyId);
    form.append('amountCents', String(cents));
    form.append('file', files[0], files[0].name);
    record.mutate(form);
  };
  return (
    <Card withBorder component="form" onSubmit={submit} aria-labelledby="add-invoice-title" noValidate>
      <Stack gap="md">
        <Title order={2} fz="lg" id="add-invoice-title">
          {t('council.staff.addTitle')}
        </Title>
        {record.error && !(record.error instanceof ApiError && record.error.details?.fields) ? (
          <Alert color="red" role="alert">
            {record.error.message}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <TextInput label={t('council.staff.supplier')} required {...field('supplierName')} />
          <TextInput label={t('council.staff.number')} required {...field('invoiceNumber')} />
          <TextInput type="date" label={t('council.staff.date')} required {...field('invoiceDate')} />
          <TextInput label={t('council.staff.label')} required {...field('label')} />
          <TextInput
            label={t('council.staff.account')}
            description={t('council.staff.accountHint')}
            required
            inputMode="numeric"
            {...field('accountCode')}
          />
          <Select
            label={t('council.staff.key')}
            required
            data={(overview.data?.keys ?? []).map((key) => ({ value: key.id, label: key.name }))}
            value={keyId}
            onChange={setKeyId}
            error={problems.allocationKeyId}
            allowDeselect={false}
          />
          <TextInput
            label={t('council.staff.amount')}
            description={t('council.staff.amountHint')}
            required
            inputMode="decimal"
            {...field('amount')}
          />
        </SimpleGrid>
        <FileDrop
          id="invoice-file"
          label={t('council.staff.file')}
          description={t('council.staff.fileHint')}
          files={files}
          multiple={false}
          error={problems.file}
          onChange={setFiles}
        />
        <Group>
          <Button type="submit" loading={record.isPending}>
            {t('council.staff.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
