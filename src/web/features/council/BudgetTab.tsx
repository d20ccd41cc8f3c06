import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatEuros } from '../../../domain/money.ts';
import { QueryFallback } from '../../ui/QueryStatus.tsx';
import { type BudgetYear, councilBudgetQuery, spendingByMonthQuery } from './council.queries.ts';
import { ExportLinks } from './ExportLinks.tsx';

type Comparison = Pick<BudgetYear['totals'], 'budgetCents' | 'actualCents' | 'differenceCents' | 'consumedPercent'>;

export const formatPercent = (value: number | null) =>
  value === null ? '—' : `${value.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u00a0%`;

/** Charts read in euros; the figures themselves stay in cents until they are written. */
const euros = (cents: number) => Math.round(cents) / 100;
const chartValue = (value: number) => formatEuros(Math.round(value * 100));

/** The column headers over ComparisonCells, so both budget tables name their columns alike. */
function ComparisonHeaders() {
  const { t } = useTranslation();
  return (
    <>
      <Table.Th scope="col" ta="right">
        {t('council.budget.voted')}
      </Table.Th>
      <Table.Th scope="col" ta="right">
        {t('council.budget.actual')}
      </Table.Th>
      <Table.Th scope="col" ta="right">
        {t('council.budget.difference')}
      </Table.Th>
      <Table.Th scope="col" ta="right">
        {t('council.budget.consumed')}
      </Table.Th>
    </>
  );
}

function ComparisonCells({ row, strong }: { row: Comparison; strong?: boolean }) {
  const weight = strong ? 700 : undefined;
  return (
    <>
      <Table.Td ta="right" fw={weight} style={{ whiteSpace: 'nowrap' }}>
        {formatEuros(row.budgetCents)}
      </Table.Td>
      <Table.Td ta="right" fw={weight} style={{ whiteSpace: 'nowrap' }}>
        {formatEuros(row.actualCents)}
      </Table.Td>
      <Table.Td ta="right" fw={weight} c={row.differenceCents < 0 ? 'red.9' : undefined} style={{ whiteSpace: 'nowrap' }}>
        {formatEuros(row.differenceCents)}
      </Table.Td>
      <Table.Td ta="right" fw={weight}>
        {formatPercent(row.consumedPercent)}
      </Table.Td>
    </>
  );
}

function BudgetTable({ view, caption }: { view: BudgetYear; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table withTableBorder striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('council.budget.account')}</Table.Th>
            <Table.Th scope="col">{t('council.budget.label')}</Table.Th>
            <ComparisonHeaders />
          </Table.Tr>
        </Table.Thead>
        {view.keys.map((key) => (
          <Table.Tbody key={key.keyId ?? 'none'}>
            <Table.Tr>
              <Table.Th scope="rowgroup" colSpan={6} bg="var(--mantine-color-gray-1)">
                {key.name}
              </Table.Th>
            </Table.Tr>
            {key.lines.map((line) => (
              <Table.Tr key={line.accountCode}>
                <Table.Td>{line.accountCode}</Table.Td>
                <Table.Td>{line.label}</Table.Td>
                <ComparisonCells row={line} />
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row" colSpan={2}>
                {t('council.budget.keyTotal', { name: key.name })}
              </Table.Th>
              <ComparisonCells row={key} strong />
            </Table.Tr>
          </Table.Tbody>
        ))}
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row" colSpan={2}>
              {t('council.budget.total')}
            </Table.Th>
            <ComparisonCells row={view.totals} strong />
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Budget against actual per key and account, the same per key as a chart, last year's totals, and spending by month. */
export function BudgetTab({ condominiumId, year }: { condominiumId: string; year: number }) {
  const { t } = useTranslation();
  const budget = useQuery(councilBudgetQuery(condominiumId, year));
  if (budget.error || !budget.data) return <QueryFallback error={budget.error} />;
  const { current, previous } = budget.data;
  const chart = current.keys.map((key) => ({
    key: key.name,
    budget: euros(key.budgetCents),
    actual: euros(key.actualCents),
  }));
  return (
    <Stack gap="xl">
      {!current.voted ? <Alert color="yellow">{t('council.budget.notVoted', { year })}</Alert> : null}
      <ExportLinks condominiumId={condominiumId} report="budget" year={year} />
      <BudgetTable view={current} caption={t('council.budget.caption', { year })} />
      {chart.length > 0 ? (
        <Stack gap="xs" component="figure" m={0} aria-labelledby="council-budget-chart">
          <Title order={2} fz="lg" id="council-budget-chart">
            {t('council.budget.chartTitle', { year })}
          </Title>
          <BarChart
            h={280}
            data={chart}
            dataKey="key"
            series={[
              { name: 'budget', label: t('council.budget.voted'), color: 'blue.7' },
              { name: 'actual', label: t('council.budget.actual'), color: 'orange.7' },
            ]}
            valueFormatter={chartValue}
            withLegend
            yAxisProps={{ width: 90 }}
          />
        </Stack>
      ) : null}
      <SpendingByMonth condominiumId={condominiumId} year={year} />
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder>
          <Table.Caption>{t('council.budget.previousCaption', { year: previous.year })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('council.budget.key')}</Table.Th>
              <ComparisonHeaders />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {previous.keys.map((key) => (
              <Table.Tr key={key.keyId ?? 'none'}>
                <Table.Th scope="row">{key.name}</Table.Th>
                <ComparisonCells row={key} />
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('council.budget.total')}</Table.Th>
              <ComparisonCells row={previous.totals} strong />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** "janv." in French, "Jan" in English. */
const monthName = (month: number, language: string) =>
  new Intl.DateTimeFormat(language.startsWith('en') ? 'en-GB' : 'fr-FR', { month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 1),
  );

function SpendingByMonth({ condominiumId, year }: { condominiumId: string; year: number }) {
  const { t, i18n } = useTranslation();
  const spending = useQuery(spendingByMonthQuery(condominiumId, year));
  if (!spending.data) return null;
  const data = spending.data.months.map((month) => ({
    month: monthName(month.month, i18n.language),
    current: euros(month.amountCents),
    previous: euros(month.previousYearCents),
  }));
  return (
    <Stack gap="xs" component="figure" m={0} aria-labelledby="council-month-chart">
      <Title order={2} fz="lg" id="council-month-chart">
        {t('council.months.title', { year })}
      </Title>
      <BarChart
        h={260}
        data={data}
        dataKey="month"
        series={[
          { name: 'previous', label: String(year - 1), color: 'gray.5' },
          { name: 'current', label: String(year), color: 'blue.7' },
        ]}
        valueFormatter={chartValue}
        withLegend
        yAxisProps={{ width: 90 }}
      />
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder fz="sm">
          <Table.Caption>{t('council.months.caption', { year })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('council.months.month')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {String(year)}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {String(year - 1)}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {spending.data.months.map((month) => (
              <Table.Tr key={month.month}>
                <Table.Th scope="row">{monthName(month.month, i18n.language)}</Table.Th>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(month.amountCents)}
                </Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {formatEuros(month.previousYearCents)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
