import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Radio,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minimumWorksFundCents } from '../../../domain/funds-call.ts';
import { formatEuros } from '../../../domain/money.ts';
import { ApiError } from '../../api/client.ts';
import { centsToInput, parseEuros } from '../contracts/amount.ts';
import { type CondominiumBudget, fundsCallActions } from './fundsCalls.queries.ts';

interface Row {
  allocationKeyId: string;
  accountCode: string;
  label: string;
  amount: string;
}

const emptyRow = (keyId: string): Row => ({ allocationKeyId: keyId, accountCode: '', label: '', amount: '' });

type ExemptionReason = NonNullable<NonNullable<CondominiumBudget['budget']>['worksFundExemptionReason']>;
const REASONS: ExemptionReason[] = ['unanimous_under_10_lots', 'dtg_no_works'];

/** The voted budget of one year: a line per key and charge account, and the works fund (≥ 5 %, art. 14-2-1). */
export function BudgetEditor({ view, onSaved }: { view: CondominiumBudget; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const locked = view.issuedQuarters.length > 0;
  const firstKey = view.keys[0]?.id ?? '';
  const [votedOn, setVotedOn] = useState(view.budget?.votedOn ?? '');
  const [worksFund, setWorksFund] = useState(view.budget ? centsToInput(view.budget.worksFundCents) : '');
  const [rows, setRows] = useState<Row[]>(
    view.budget?.lines.map((line) => ({
      allocationKeyId: line.allocationKeyId,
      accountCode: line.accountCode,
      label: line.label,
      amount: centsToInput(line.amountCents),
    })) ?? [emptyRow(firstKey)],
  );
  const [exempt, setExempt] = useState(view.budget?.worksFundExempt ?? false);
  const [reason, setReason] = useState<ExemptionReason | null>(view.budget?.worksFundExemptionReason ?? null);
  // Art. 14-2-1 II: the unanimous decision is open to condominiums of fewer than 10 lots only.
  const unanimityAllowed = view.condominium.lotCount < 10;
  const [problem, setProblem] = useState<string | null>(null);
  const total = rows.reduce((sum, row) => sum + (parseEuros(row.amount) ?? 0), 0);
  const minimum = minimumWorksFundCents(total);
  const keyOptions = view.keys.map((key) => ({ value: key.id, label: `${key.code} — ${key.name}` }));

  const save = useMutation({
    mutationFn: () => {
      const lines = rows.map((row) => ({
        allocationKeyId: row.allocationKeyId,
        accountCode: row.accountCode,
        label: row.label,
        amountCents: parseEuros(row.amount) ?? -1,
      }));
      return fundsCallActions.saveBudget(view.condominium.id, view.year, {
        votedOn,
        worksFundCents: parseEuros(worksFund) ?? -1,
        worksFundExempt: exempt,
        worksFundExemptionReason: exempt ? reason : null,
        lines,
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['staff', 'funds-calls'] });
      onSaved(t('fundsCalls.budget.saved', { year: view.year }));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    if (rows.some((row) => parseEuros(row.amount) === null) || parseEuros(worksFund) === null) {
      setProblem(t('fundsCalls.budget.amountInvalid'));
      return;
    }
    save.mutate();
  };
  const update = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));
  const fieldErrors = save.error instanceof ApiError ? (save.error.details?.fields ?? []) : [];

  return (
    <form onSubmit={submit} aria-label={t('fundsCalls.budget.title', { year: view.year })}>
      <Stack gap="md">
        <Text fw={600} component="h2" fz="lg">
          {t('fundsCalls.budget.title', { year: view.year })}
        </Text>
        {locked ? (
          <Alert color="blue">{t('fundsCalls.budget.locked')}</Alert>
        ) : view.budget ? null : (
          <Text c="dimmed">{t('fundsCalls.budget.none')}</Text>
        )}
        <TextInput
          type="date"
          label={t('fundsCalls.budget.votedOn')}
          value={votedOn}
          onChange={(event) => setVotedOn(event.currentTarget.value)}
          required
          disabled={locked}
          maw={240}
        />
        <Table withTableBorder layout="fixed" verticalSpacing="xs">
          <Table.Caption>{t('fundsCalls.budget.caption', { year: view.year })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('fundsCalls.budget.key')}</Table.Th>
              <Table.Th scope="col" w={110}>
                {t('fundsCalls.budget.account')}
              </Table.Th>
              <Table.Th scope="col">{t('fundsCalls.budget.label')}</Table.Th>
              <Table.Th scope="col" w={150}>
                {t('fundsCalls.budget.amount')}
              </Table.Th>
              <Table.Th scope="col" w={60}>
                <VisuallyHidden>{t('fundsCalls.budget.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the lines have no id until saved; their order is their identity.
              <Table.Tr key={index}>
                <Table.Td>
                  <Select
                    aria-label={t('fundsCalls.budget.keyOf', { line: index + 1 })}
                    data={keyOptions}
                    value={row.allocationKeyId}
                    onChange={(value) => update(index, { allocationKeyId: value ?? firstKey })}
                    allowDeselect={false}
                    disabled={locked}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('fundsCalls.budget.accountOf', { line: index + 1 })}
                    value={row.accountCode}
                    onChange={(event) => update(index, { accountCode: event.currentTarget.value })}
                    error={fieldErrors.find((error) => error.field === `lines.${index}.accountCode`)?.message}
                    required
                    disabled={locked}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('fundsCalls.budget.labelOf', { line: index + 1 })}
                    value={row.label}
                    onChange={(event) => update(index, { label: event.currentTarget.value })}
                    required
                    disabled={locked}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('fundsCalls.budget.amountOf', { line: index + 1 })}
                    value={row.amount}
                    onChange={(event) => update(index, { amount: event.currentTarget.value })}
                    inputMode="decimal"
                    required
                    disabled={locked}
                  />
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red.9"
                    aria-label={t('fundsCalls.budget.removeLine', { line: index + 1 })}
                    onClick={() => setRows((current) => current.filter((_, at) => at !== index))}
                    disabled={locked}
                  >
                    <IconTrash size={18} aria-hidden />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button
            variant="default"
            leftSection={<IconPlus size={18} aria-hidden />}
            onClick={() => setRows((current) => [...current, emptyRow(firstKey)])}
            disabled={locked}
          >
            {t('fundsCalls.budget.addLine')}
          </Button>
          <Text fw={600}>{t('fundsCalls.budget.total', { amount: formatEuros(total) })}</Text>
        </Group>
        <TextInput
          label={t('fundsCalls.budget.worksFund')}
          description={
            exempt
              ? t('fundsCalls.budget.worksFundExemptHint', { amount: formatEuros(minimum) })
              : t('fundsCalls.budget.worksFundHint', { amount: formatEuros(minimum) })
          }
          value={worksFund}
          onChange={(event) => setWorksFund(event.currentTarget.value)}
          error={fieldErrors.find((error) => error.field === 'worksFundCents')?.message}
          inputMode="decimal"
          required
          disabled={locked}
          maw={320}
        />
        <Switch
          label={t('fundsCalls.budget.exempt')}
          description={t('fundsCalls.budget.exemptHint')}
          checked={exempt}
          onChange={(event) => setExempt(event.currentTarget.checked)}
          disabled={locked}
        />
        {exempt ? (
          <Radio.Group
            label={t('fundsCalls.budget.reason')}
            value={reason}
            onChange={(value) => setReason(REASONS.find((known) => known === value) ?? null)}
            error={fieldErrors.find((error) => error.field === 'worksFundExemptionReason')?.message}
            required
          >
            <Stack gap="xs" mt="xs">
              <Radio
                value="unanimous_under_10_lots"
                label={t('fundsCalls.budget.reasons.unanimous_under_10_lots')}
                description={
                  unanimityAllowed ? undefined : t('fundsCalls.budget.unanimityTooMany', { count: view.condominium.lotCount })
                }
                disabled={locked || !unanimityAllowed}
              />
              <Radio value="dtg_no_works" label={t('fundsCalls.budget.reasons.dtg_no_works')} disabled={locked} />
            </Stack>
          </Radio.Group>
        ) : null}
        {problem || (save.error && fieldErrors.length === 0) ? (
          <Alert color="red" role="alert">
            {problem ?? save.error?.message}
          </Alert>
        ) : null}
        {save.error && fieldErrors.length > 0 ? (
          <Alert color="red" role="alert">
            {fieldErrors.map((error) => error.message).join(' ')}
          </Alert>
        ) : null}
        {locked ? null : (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('fundsCalls.budget.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
