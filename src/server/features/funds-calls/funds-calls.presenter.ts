import { minimumWorksFundCents, type Quarter, quarterAmount, quarterDueDate } from '../../../domain/funds-call.ts';

const QUARTERS: Quarter[] = [1, 2, 3, 4];

import { displayName } from '../../../domain/person-name.ts';
import type { findBudget, findCall, listCalls, listKeys, listNotices } from './funds-calls.repository.ts';
import { type FundsCallDetail, WORKS_FUND_EXEMPTION_REASONS } from './funds-calls.schema.ts';

type Budget = Awaited<ReturnType<typeof findBudget>>;
type Call = NonNullable<Awaited<ReturnType<typeof findCall>>>;

export function presentBudget(input: {
  condominium: { id: string; name: string };
  lotCount: number;
  year: number;
  keys: Awaited<ReturnType<typeof listKeys>>;
  budget: Budget;
  quarters: number[];
  coOwnerCounts: number[];
}) {
  const { budget } = input;
  const totalCents = budget ? budget.lines.reduce((sum, line) => sum + line.amountCents, 0) : 0;
  return {
    condominium: { id: input.condominium.id, name: input.condominium.name, lotCount: input.lotCount },
    year: input.year,
    keys: input.keys.map((key) => ({ ...key, totalShares: Number(key.totalShares) })),
    budget: budget
      ? {
          votedOn: budget.votedOn,
          worksFundCents: budget.worksFundCents,
          worksFundExempt: budget.worksFundExempt,
          worksFundExemptionReason: exemptionReason(budget.worksFundExemptionReason),
          totalCents,
          minimumWorksFundCents: minimumWorksFundCents(totalCents),
          lines: budget.lines.map((line) => ({
            id: line.id,
            allocationKeyId: line.allocationKeyId,
            accountCode: line.accountCode,
            label: line.label,
            amountCents: line.amountCents,
          })),
        }
      : null,
    issuedQuarters: input.quarters,
    quarters: QUARTERS.map((quarter, index) => ({
      quarter,
      dueDate: quarterDueDate(input.year, quarter),
      totalCents: budget ? quarterTotal(budget, input.keys, quarter) : 0,
      coOwnerCount: input.coOwnerCounts[index] ?? 0,
      issued: input.quarters.includes(quarter),
    })),
  };
}

const exemptionReason = (value: string | null) => WORKS_FUND_EXEMPTION_REASONS.find((reason) => reason === value) ?? null;

const summaryOf = (call: Call, totalCents: number, coOwnerCount: number, pdfReadyCount: number) => ({
  id: call.id,
  year: call.fiscalYear,
  quarter: call.quarter,
  dueDate: call.dueDate,
  issuedAt: call.issuedAt.toISOString(),
  totalCents,
  coOwnerCount,
  pdfReadyCount,
  pdfPendingCount: coOwnerCount - pdfReadyCount,
});

export const presentCallSummary = (row: Awaited<ReturnType<typeof listCalls>>[number]) =>
  summaryOf(row.call, Number(row.totalCents), Number(row.coOwnerCount), Number(row.pdfReadyCount));

export function presentDetail(call: Call, notices: Awaited<ReturnType<typeof listNotices>>): FundsCallDetail {
  return {
    ...summaryOf(
      call,
      notices.reduce((sum, row) => sum + row.notice.totalCents, 0),
      notices.length,
      notices.filter((row) => row.notice.documentId !== null).length,
    ),
    notices: notices.map((row) => ({
      personId: row.notice.personId,
      name: displayName(row.person),
      totalCents: row.notice.totalCents,
      previousBalanceCents: row.notice.previousBalanceCents,
      documentId: row.notice.documentId,
      versionId: row.versionId,
    })),
  };
}

/** Each key's yearly amount is quartered on its own (as the issue does), so the sum is per key, not of the total. */
function quarterTotal(budget: NonNullable<Budget>, keys: Awaited<ReturnType<typeof listKeys>>, quarter: Quarter): number {
  const yearly = new Map<string, number>();
  for (const line of budget.lines) yearly.set(line.allocationKeyId, (yearly.get(line.allocationKeyId) ?? 0) + line.amountCents);
  const provisions = [...yearly.values()].reduce((sum, amount) => sum + quarterAmount(amount, quarter), 0);
  return provisions + (keys.some((key) => key.isGeneral) ? quarterAmount(budget.worksFundCents, quarter) : 0);
}
