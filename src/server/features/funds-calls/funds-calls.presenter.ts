import { minimumWorksFundCents } from '../../../domain/funds-call.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { findBudget, findCall, listCalls, listKeys, listNotices } from './funds-calls.repository.ts';
import type { FundsCallDetail } from './funds-calls.schema.ts';

type Budget = Awaited<ReturnType<typeof findBudget>>;
type Call = NonNullable<Awaited<ReturnType<typeof findCall>>>;

export function presentBudget(input: {
  condominium: { id: string; name: string };
  year: number;
  keys: Awaited<ReturnType<typeof listKeys>>;
  budget: Budget;
  quarters: number[];
}) {
  const { budget } = input;
  const totalCents = budget ? budget.lines.reduce((sum, line) => sum + line.amountCents, 0) : 0;
  return {
    condominium: { id: input.condominium.id, name: input.condominium.name },
    year: input.year,
    keys: input.keys.map((key) => ({ ...key, totalShares: Number(key.totalShares) })),
    budget: budget
      ? {
          votedOn: budget.votedOn,
          worksFundCents: budget.worksFundCents,
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
  };
}

const summaryOf = (call: Call, totalCents: number, coOwnerCount: number) => ({
  id: call.id,
  year: call.fiscalYear,
  quarter: call.quarter,
  dueDate: call.dueDate,
  issuedAt: call.issuedAt.toISOString(),
  totalCents,
  coOwnerCount,
});

export const presentCallSummary = (row: Awaited<ReturnType<typeof listCalls>>[number]) =>
  summaryOf(row.call, Number(row.totalCents), Number(row.coOwnerCount));

export function presentDetail(call: Call, notices: Awaited<ReturnType<typeof listNotices>>): FundsCallDetail {
  return {
    ...summaryOf(
      call,
      notices.reduce((sum, row) => sum + row.notice.totalCents, 0),
      notices.length,
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
