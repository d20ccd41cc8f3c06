import { frenchShortDate } from '../../../domain/french-dates.ts';
import {
  computeFundsCall,
  type KeyBudget,
  minimumWorksFundCents,
  type Quarter,
  quarterDueDate,
} from '../../../domain/funds-call.ts';
import { formatEuros } from '../../../domain/money.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { condominiumLedger, coOwnerBalances, postEntries } from '../ledger/ledger.repository.ts';
import { callEntryExternalId } from './funds-call-notices.ts';
import { callTitle } from './funds-calls.pdf.ts';
import { presentBudget, presentCallSummary, presentDetail } from './funds-calls.presenter.ts';
import {
  countLots,
  findAgencyCondominium,
  findBudget,
  findCall,
  insertCallLines,
  insertFundsCall,
  insertNotices,
  issuedQuarters,
  ledgerIdOf,
  listCalls,
  listKeys,
  listLotShares,
  listLots,
  listNotices,
  listRepresentatives,
  lockBudget,
  saveBudget,
} from './funds-calls.repository.ts';
import type { BudgetInput } from './funds-calls.schema.ts';
import { prepareCall } from './funds-calls.split.ts';

type Staff = Extract<Viewer, { kind: 'staff' }>;

export interface FundsCallsDependencies {
  db: Database;
  storage: FileStorage;
}

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fields: [{ field, message }] });

/**
 * Budgets and quarterly calls for funds of the agency's condominiums. Issuing a quarter computes every lot's
 * part to the cent (src/domain/funds-call.ts), then writes in ONE transaction the call, its lines, the ledger
 * entries and one notice per co-owner: the quarter is issued entirely or not at all, and the unique
 * (condominium, year, quarter) index makes a second issue a 409. Each notice's PDF, its publication and the
 * co-owner's notification follow in the background (funds-call-notices.ts).
 */
export class FundsCallsService {
  constructor(private readonly deps: FundsCallsDependencies) {}

  private async condominium(viewer: Staff, condominiumId: string) {
    const condominium = await findAgencyCondominium(this.deps.db, viewer.agencyId, condominiumId);
    if (!condominium) throw new AppError('NOT_FOUND', "Cette copropriété n'existe pas.");
    return condominium;
  }

  async budget(viewer: Staff, condominiumId: string, year: number) {
    const { db } = this.deps;
    const condominium = await this.condominium(viewer, condominiumId);
    const [lotCount, keys, budget, quarters, shares, ...representatives] = await Promise.all([
      countLots(db, condominiumId),
      listKeys(db, condominiumId),
      findBudget(db, condominiumId, year),
      issuedQuarters(db, condominiumId, year),
      listLotShares(db, condominiumId),
      ...([1, 2, 3, 4] as const).map((quarter) =>
        listRepresentatives(db, viewer.agencyId, condominiumId, quarterDueDate(year, quarter)),
      ),
    ]);
    // Who a quarter would call: the representatives of the lots that hold shares, on its due date.
    const lotsWithShares = new Set(shares.filter((row) => row.shares > 0).map((row) => row.lotId));
    const coOwnerCounts = representatives.map(
      (rows) => new Set(rows.filter((row) => lotsWithShares.has(row.lotId)).map((row) => row.person.id)).size,
    );
    return presentBudget({ condominium, lotCount: Number(lotCount), year, keys, budget, quarters, coOwnerCounts });
  }

  async saveBudget(viewer: Staff, condominiumId: string, year: number, input: BudgetInput, evidence: Evidence) {
    const { db } = this.deps;
    await this.condominium(viewer, condominiumId);
    const keys = new Map((await listKeys(db, condominiumId)).map((key) => [key.id, key]));
    input.lines.forEach((line, index) => {
      const key = keys.get(line.allocationKeyId);
      if (!key) throw invalid(`lines.${index}.allocationKeyId`, "Cette clé de répartition n'appartient pas à la copropriété.");
      if (key.totalShares === 0 && line.amountCents > 0)
        throw invalid(
          `lines.${index}.allocationKeyId`,
          `La clé « ${key.name} » n'a aucun tantième : rien ne peut y être réparti.`,
        );
    });
    const total = input.lines.reduce((sum, line) => sum + line.amountCents, 0);
    const minimum = minimumWorksFundCents(total);
    const reason = input.worksFundExempt ? input.worksFundExemptionReason : null;
    if (input.worksFundExempt && !reason)
      throw invalid(
        'worksFundExemptionReason',
        'Indiquez le motif de la dispense : décision unanime (moins de 10 lots) ou DTG sans travaux sur 10 ans.',
      );
    if (reason === 'unanimous_under_10_lots') {
      const lotCount = await countLots(db, condominiumId);
      if (lotCount >= 10)
        throw invalid(
          'worksFundExemptionReason',
          `La dispense par décision unanime est réservée aux copropriétés de moins de 10 lots ; celle-ci en compte ${lotCount} (art. 14-2-1 II).`,
        );
    }
    // Exempted (art. 14-2-1 II), the fund may be lower than 5 % or nothing; otherwise the floor holds.
    if (!reason && input.worksFundCents < minimum)
      throw invalid(
        'worksFundCents',
        `Le fonds de travaux doit être d'au moins 5 % du budget, soit ${formatEuros(minimum)} (art. 14-2-1).`,
      );
    await db.transaction(async (tx) => {
      await lockBudget(tx, condominiumId, year);
      if ((await issuedQuarters(tx, condominiumId, year)).length > 0) throw new AppError('BUDGET_LOCKED');
      const budgetId = await saveBudget(
        tx,
        {
          condominiumId,
          fiscalYear: year,
          votedOn: input.votedOn,
          worksFundCents: input.worksFundCents,
          worksFundExempt: reason !== null,
          worksFundExemptionReason: reason,
          createdByStaffId: viewer.staffMemberId,
        },
        input.lines,
      );
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'budget.saved',
        targetType: 'budget',
        targetId: budgetId,
        ...evidence,
        details: {
          condominiumId,
          year,
          totalCents: total,
          worksFundCents: input.worksFundCents,
          worksFundExemptionReason: reason,
          lineCount: input.lines.length,
        },
      });
    });
    return this.budget(viewer, condominiumId, year);
  }

  async list(viewer: Staff, condominiumId: string) {
    await this.condominium(viewer, condominiumId);
    return { calls: (await listCalls(this.deps.db, condominiumId)).map(presentCallSummary) };
  }

  async detail(viewer: Staff, condominiumId: string, fundsCallId: string) {
    const { db } = this.deps;
    await this.condominium(viewer, condominiumId);
    const call = await findCall(db, condominiumId, fundsCallId);
    if (!call) throw new AppError('NOT_FOUND', "Cet appel de fonds n'existe pas.");
    return presentDetail(call, await listNotices(db, call.id));
  }

  async issue(viewer: Staff, condominiumId: string, year: number, quarter: Quarter, evidence: Evidence) {
    const { db } = this.deps;
    await this.condominium(viewer, condominiumId);
    const budget = await findBudget(db, condominiumId, year);
    if (!budget) throw new AppError('FUNDS_CALL_NO_BUDGET');
    if ((await issuedQuarters(db, condominiumId, year)).includes(quarter)) throw new AppError('FUNDS_CALL_ALREADY_ISSUED');

    const dueDate = quarterDueDate(year, quarter);
    const [keys, shares, lots, representatives] = await Promise.all([
      listKeys(db, condominiumId),
      listLotShares(db, condominiumId),
      listLots(db, condominiumId),
      listRepresentatives(db, viewer.agencyId, condominiumId, dueDate),
    ]);
    const sharesOf = (keyId: string) =>
      shares.filter((row) => row.keyId === keyId).map((row) => ({ lotId: row.lotId, shares: row.shares }));
    const general = keys.find((key) => key.isGeneral);
    const keyBudgets: KeyBudget[] = keys
      .map((key) => ({
        keyId: key.id,
        yearlyCents: budget.lines
          .filter((line) => line.allocationKeyId === key.id)
          .reduce((sum, line) => sum + line.amountCents, 0),
        lots: sharesOf(key.id),
      }))
      .filter((key) => budget.lines.some((line) => line.allocationKeyId === key.keyId));
    const computed = computeFundsCall({
      keys: keyBudgets,
      // An exempted condominium may call no works fund at all: no line of 0,00 € on every call then.
      worksFund: {
        yearlyCents: general ? budget.worksFundCents : 0,
        lots: general && budget.worksFundCents > 0 ? sharesOf(general.id) : [],
      },
      quarter,
    });
    const prepared = prepareCall({ computed, keys, lots, representatives });
    if (prepared.lotsWithoutOwner.length > 0)
      throw new AppError('FUNDS_CALL_LOT_WITHOUT_OWNER', undefined, { lots: prepared.lotsWithoutOwner });

    const personIds = prepared.coOwners.map((coOwner) => coOwner.personId);
    const existingLedgerId = await ledgerIdOf(db, condominiumId);
    const balances = existingLedgerId ? await coOwnerBalances(db, condominiumId, personIds) : new Map<string, number>();
    const title = callTitle(year, quarter);
    const shortDue = frenchShortDate(dueDate);

    // The PDFs are not printed here: ten thousand of them would hold the request (and the transaction) for
    // minutes. The notices are written without their document; `renderPendingNotices` publishes them next.
    const fundsCallId = await db.transaction(async (tx) => {
      // The same lock as a budget change: the budget read above is the one still in force.
      const locked = await lockBudget(tx, condominiumId, year);
      const current = await findBudget(tx, condominiumId, year);
      if (!locked || fingerprint(current) !== fingerprint(budget))
        throw new AppError('CONFLICT', "Le budget a été modifié pendant l'émission : recommencez.");
      const call = await insertFundsCall(tx, {
        condominiumId,
        budgetId: budget.id,
        fiscalYear: year,
        quarter,
        dueDate,
        issuedByStaffId: viewer.staffMemberId,
      });
      if (!call) throw new AppError('FUNDS_CALL_ALREADY_ISSUED');
      const ledgerId = await condominiumLedger(tx, condominiumId);
      await insertCallLines(
        tx,
        prepared.rows.map((row) => ({ ...row, fundsCallId: call.id })),
      );
      const entries = prepared.coOwners.map((coOwner) => {
        const lines = [
          ...(coOwner.provisionsCents > 0
            ? [
                {
                  accountCode: '4501',
                  personId: coOwner.personId,
                  label: `Prov./Chg courante ${shortDue}`,
                  debitCents: coOwner.provisionsCents,
                },
                { accountCode: '701', label: `Prov./Chg courante ${shortDue}`, creditCents: coOwner.provisionsCents },
              ]
            : []),
          ...(coOwner.worksFundCents > 0
            ? [
                {
                  accountCode: '4505',
                  personId: coOwner.personId,
                  label: `Cotisation Fonds Travaux ${shortDue}`,
                  debitCents: coOwner.worksFundCents,
                },
                { accountCode: '105', label: `Cotisation Fonds Travaux ${shortDue}`, creditCents: coOwner.worksFundCents },
              ]
            : []),
        ];
        return {
          entry: {
            ledgerId,
            journal: 'AP',
            entryDate: dueDate,
            label: title,
            source: 'palier' as const,
            externalId: callEntryExternalId(call.id, coOwner.personId),
          },
          lines,
        };
      });
      await postEntries(
        tx,
        entries.filter((item) => item.lines.length > 0),
      );
      await insertNotices(
        tx,
        prepared.coOwners.map((coOwner) => ({
          fundsCallId: call.id,
          personId: coOwner.personId,
          totalCents: coOwner.totalCents,
          // What the call prints is what is owed (positive); the ledger's balance is the person's side (negative =
          // owes); `0 -` rather than unary minus so that a zero balance stays +0.
          previousBalanceCents: 0 - (balances.get(coOwner.personId) ?? 0),
        })),
      );
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'funds_call.issued',
        targetType: 'funds_call',
        targetId: call.id,
        ...evidence,
        details: { condominiumId, year, quarter, totalCents: computed.totalCents, coOwnerCount: prepared.coOwners.length },
      });
      return call.id;
    });
    return this.detail(viewer, condominiumId, fundsCallId);
  }
}

function fingerprint(budget: Awaited<ReturnType<typeof findBudget>>): string {
  if (!budget) return '';
  return JSON.stringify([budget.worksFundCents, budget.lines.map((line) => [line.id, line.allocationKeyId, line.amountCents])]);
}
