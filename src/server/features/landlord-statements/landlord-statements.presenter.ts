import { statementPeriodLabel } from '../../../domain/landlord-statement.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { StatementRow } from './landlord-statements.repository.ts';
import type { StaffStatement } from './landlord-statements.schema.ts';

function common(row: StatementRow) {
  return {
    id: row.id,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    periodLabel: statementPeriodLabel(row.periodStart, row.periodEnd),
    mandateReference: row.mandate.reference,
    feeRateBasisPoints: row.mandate.feeRateBasisPoints,
    transferredCents: row.transferredCents,
    feesCents: row.feesCents,
    feesVatCents: row.feesVatCents,
    feesExcludingVatCents: row.feesCents - row.feesVatCents,
    documentId: row.documentId,
    issuedAt: row.createdAt.toISOString(),
  };
}

export function presentStaffStatement(row: StatementRow): StaffStatement {
  return { ...common(row), landlord: { id: row.landlord.id, name: displayName(row.landlord) }, versionId: row.versionId };
}

export const presentLandlordStatement = common;
