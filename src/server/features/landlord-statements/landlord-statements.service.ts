import { addMonths, parisDate } from '../../../domain/calendar.ts';
import { frenchDate } from '../../../domain/french-dates.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { discardFiles } from '../../platform/storage/stored-files.ts';
import { issueStatements } from './landlord-statements.issue.ts';
import { presentLandlordStatement, presentStaffStatement } from './landlord-statements.presenter.ts';
import {
  conflictingStatements,
  isLandlord,
  listAgencyStatements,
  listLandlordStatements,
  listMandatesInForce,
  lockAgencyMandates,
} from './landlord-statements.repository.ts';
import type { IssueInput } from './landlord-statements.schema.ts';

type Staff = Extract<Viewer, { kind: 'staff' }>;
type Client = Extract<Viewer, { kind: 'client' }>;

export interface LandlordStatementsDependencies {
  db: Database;
  storage: FileStorage;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fields: [{ field, message }] });

/**
 * Comptes rendus de gérance. Issuing a period does every mandate of the agency in force then, in ONE
 * transaction: the fees and transfer entries, the statements, the PDFs published to the landlords and their
 * notifications — all or nothing. The unique (mandate, period) index and the lock on the agency's mandates make
 * a second issue of the same period answer the statements already there; periods are issued in order, without
 * overlap, because each one starts from the balance the previous one carried forward.
 */
export class LandlordStatementsService {
  constructor(private readonly deps: LandlordStatementsDependencies) {}

  async list(viewer: Staff) {
    const rows = await listAgencyStatements(this.deps.db, viewer.agencyId);
    return { statements: rows.map(presentStaffStatement) };
  }

  async issue(viewer: Staff, input: IssueInput, evidence: Evidence, now = new Date()) {
    const { db, storage } = this.deps;
    const { periodStart, periodEnd } = input;
    const today = parisDate(now);
    if (periodEnd < periodStart) throw invalid('periodEnd', 'La fin de la période précède son début.');
    if (periodEnd >= addMonths(periodStart, 12)) throw invalid('periodEnd', 'Une période couvre au plus douze mois.');
    if (periodEnd >= today) throw new AppError('LANDLORD_STATEMENT_PERIOD_OPEN');

    const stored: { storageKey: string }[] = [];
    try {
      const createdCount = await db.transaction(async (tx) => {
        await lockAgencyMandates(tx, viewer.agencyId);
        const [conflict] = await conflictingStatements(tx, viewer.agencyId, periodStart, periodEnd);
        if (conflict)
          throw new AppError(
            'LANDLORD_STATEMENT_CONFLICT',
            `Un compte rendu couvre déjà la période du ${frenchDate(conflict.periodStart)} au ${frenchDate(conflict.periodEnd)} : les périodes se suivent sans se chevaucher.`,
            { periodStart: conflict.periodStart, periodEnd: conflict.periodEnd },
          );
        const done = new Set(
          (await listAgencyStatements(tx, viewer.agencyId, { start: periodStart, end: periodEnd })).map((row) => row.mandate.id),
        );
        const mandates = (await listMandatesInForce(tx, viewer.agencyId, periodStart, periodEnd)).filter(
          (mandate) => !done.has(mandate.id),
        );
        const issued = await issueStatements(
          tx,
          storage,
          { agencyId: viewer.agencyId, staffMemberId: viewer.staffMemberId, periodStart, periodEnd, issuedOn: today, now },
          mandates,
          stored,
        );
        if (issued.length > 0)
          await recordAuditEvent(tx, {
            accountId: viewer.accountId,
            action: 'landlord_statements.issued',
            targetType: 'agency',
            targetId: viewer.agencyId,
            ...evidence,
            details: { periodStart, periodEnd, statementIds: issued.map((row) => row.statementId) },
          });
        return issued.length;
      });
      const statements = await listAgencyStatements(db, viewer.agencyId, { start: periodStart, end: periodEnd });
      return { createdCount, statements: statements.map(presentStaffStatement) };
    } catch (error) {
      await discardFiles(storage, stored).catch(() => undefined);
      throw error;
    }
  }

  /** The signed-in landlord's statements; anyone who never entrusted a unit is answered "not found". */
  async mine(viewer: Client) {
    const { db } = this.deps;
    if (!(await isLandlord(db, viewer.personId))) throw new AppError('NOT_FOUND');
    return { statements: (await listLandlordStatements(db, viewer.personId)).map(presentLandlordStatement) };
  }
}
