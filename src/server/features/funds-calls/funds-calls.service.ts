import { createHash } from 'node:crypto';
import { parisDate } from '../../../domain/calendar.ts';
import { frenchDate, frenchShortDate } from '../../../domain/french-dates.ts';
import {
  computeFundsCall,
  type KeyBudget,
  minimumWorksFundCents,
  type Quarter,
  quarterDueDate,
} from '../../../domain/funds-call.ts';
import { formatEuros } from '../../../domain/money.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import { type FileStorage, newStorageKey } from '../../platform/storage/file-storage.ts';
import { insertStoredFile } from '../../platform/storage/stored-files.repository.ts';
import { discardFiles } from '../../platform/storage/stored-files.ts';
import { insertDocument, insertVersion } from '../documents/staff-documents.repository.ts';
import { condominiumLedger, coOwnerBalances, postEntry } from '../ledger/ledger.repository.ts';
import { insertNotifications, type NewNotification } from '../notifications/notifications.repository.ts';
import { type CallNotice, callTitle, renderCallNotice } from './funds-calls.pdf.ts';
import { presentBudget, presentCallSummary, presentDetail } from './funds-calls.presenter.ts';
import {
  findAgency,
  findAgencyCondominium,
  findBudget,
  findCall,
  findLedgerBankAccount,
  insertCallLines,
  insertFundsCall,
  insertNotice,
  issuedQuarters,
  ledgerIdOf,
  listCalls,
  listKeys,
  listLotShares,
  listLots,
  listNotices,
  listRepresentatives,
  lockBudget,
  personsWithAutomaticMandate,
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
 * part to the cent (src/domain/funds-call.ts), prints one call per co-owner, then writes in ONE transaction the
 * call, its lines, the ledger entries, the published documents and the notifications: the quarter is issued
 * entirely or not at all, and the unique (condominium, year, quarter) index makes a second issue a 409.
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
    const [keys, budget, quarters, shares, ...representatives] = await Promise.all([
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
    return presentBudget({ condominium, year, keys, budget, quarters, coOwnerCounts });
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
    // The schema has no column for the exemption (< 10 lots, unanimous vote): below 5 % is refused outright.
    if (input.worksFundCents < minimum)
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
        details: { condominiumId, year, totalCents: total, worksFundCents: input.worksFundCents, lineCount: input.lines.length },
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

  async issue(viewer: Staff, condominiumId: string, year: number, quarter: Quarter, evidence: Evidence, now = new Date()) {
    const { db, storage } = this.deps;
    const condominium = await this.condominium(viewer, condominiumId);
    const budget = await findBudget(db, condominiumId, year);
    if (!budget) throw new AppError('FUNDS_CALL_NO_BUDGET');
    if ((await issuedQuarters(db, condominiumId, year)).includes(quarter)) throw new AppError('FUNDS_CALL_ALREADY_ISSUED');

    const dueDate = quarterDueDate(year, quarter);
    const [keys, shares, lots, representatives, agency] = await Promise.all([
      listKeys(db, condominiumId),
      listLotShares(db, condominiumId),
      listLots(db, condominiumId),
      listRepresentatives(db, viewer.agencyId, condominiumId, dueDate),
      findAgency(db, viewer.agencyId),
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
      worksFund: { yearlyCents: general ? budget.worksFundCents : 0, lots: general ? sharesOf(general.id) : [] },
      quarter,
    });
    const prepared = prepareCall({ computed, keys, lots, representatives });
    if (prepared.lotsWithoutOwner.length > 0)
      throw new AppError('FUNDS_CALL_LOT_WITHOUT_OWNER', undefined, { lots: prepared.lotsWithoutOwner });

    const personIds = prepared.coOwners.map((coOwner) => coOwner.personId);
    const existingLedgerId = await ledgerIdOf(db, condominiumId);
    const [balances, bank, automatic] = await Promise.all([
      existingLedgerId ? coOwnerBalances(db, condominiumId, personIds) : new Map<string, number>(),
      existingLedgerId ? findLedgerBankAccount(db, existingLedgerId) : undefined,
      personsWithAutomaticMandate(db, condominiumId, personIds),
    ]);
    const issuedOn = parisDate(now);
    const syndicate = `Syndicat des copropriétaires ${condominium.name}`;
    const title = callTitle(year, quarter);
    const letterhead = {
      name: agency?.name ?? '',
      addressLines: [agency?.addressLine1 ?? '', `${agency?.postalCode ?? ''} ${agency?.city ?? ''}`.trim()].filter(Boolean),
      phone: agency?.phone ?? null,
      email: agency?.email ?? null,
    };

    // Printed and stored before the transaction: fifty PDFs must not hold it open. Deleted again on failure.
    const stored: { storageKey: string }[] = [];
    try {
      const files: {
        coOwner: (typeof prepared.coOwners)[number];
        notice: CallNotice;
        pdf: Awaited<ReturnType<typeof renderCallNotice>>;
        file: { storageKey: string; originalName: string; contentType: string; sizeBytes: number; sha256: string };
      }[] = [];
      for (const coOwner of prepared.coOwners) {
        const notice: CallNotice = {
          letterhead,
          syndicate,
          year,
          quarter,
          dueDate,
          issuedOn,
          coOwner: {
            name: displayName(coOwner.person),
            reference: coOwner.reference,
            addressLines: [
              coOwner.person.addressLine1,
              coOwner.person.addressLine2,
              `${coOwner.person.postalCode ?? ''} ${coOwner.person.city ?? ''}`.trim(),
            ].filter((line): line is string => Boolean(line)),
          },
          lots: coOwner.lots,
          lines: coOwner.lines,
          provisionsCents: coOwner.provisionsCents,
          worksFundCents: coOwner.worksFundCents,
          totalCents: coOwner.totalCents,
          // The notice prints what is owed (positive), the ledger's balance is the person's side (negative = owes);
          // `0 -` rather than unary minus so that a zero balance stays +0.
          previousBalanceCents: 0 - (balances.get(coOwner.personId) ?? 0),
          iban: bank?.iban ?? null,
          bic: bank?.bic ?? null,
          holderName: bank?.holderName ?? null,
          automaticDebit: automatic.has(coOwner.personId),
        };
        const pdf = await renderCallNotice(notice);
        const storageKey = newStorageKey('funds-calls');
        await storage.put(storageKey, pdf.bytes, 'application/pdf');
        stored.push({ storageKey });
        files.push({
          coOwner,
          notice,
          pdf,
          file: {
            storageKey,
            originalName: `appel-de-fonds-${year}-t${quarter}-${coOwner.reference ?? coOwner.personId}.pdf`.toLowerCase(),
            contentType: 'application/pdf',
            sizeBytes: pdf.bytes.length,
            sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
          },
        });
      }

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
        const notifications: NewNotification[] = [];
        const shortDue = frenchShortDate(dueDate);
        for (const { coOwner, notice, pdf, file } of files) {
          const storedFile = await insertStoredFile(tx, file);
          const document = await insertDocument(tx, {
            agencyId: viewer.agencyId,
            folder: 'appels_de_fonds',
            kind: 'Appel de fonds',
            title,
            year,
            scope: 'person',
            personId: coOwner.personId,
            condominiumId,
            bodyText: pdf.text,
            publishedAt: now,
            publishedByStaffId: viewer.staffMemberId,
          });
          await insertVersion(tx, {
            documentId: document.id,
            versionNumber: 1,
            storedFileId: storedFile.id,
            pageCount: pdf.pageCount,
            publishedByStaffId: viewer.staffMemberId,
          });
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
          if (lines.length > 0) {
            await postEntry(
              tx,
              {
                ledgerId,
                journal: 'AP',
                entryDate: dueDate,
                label: title,
                source: 'palier',
                externalId: `call:${call.id}:${coOwner.personId}`,
                documentId: document.id,
              },
              lines,
            );
          }
          await insertNotice(tx, {
            fundsCallId: call.id,
            personId: coOwner.personId,
            totalCents: coOwner.totalCents,
            previousBalanceCents: notice.previousBalanceCents,
            documentId: document.id,
          });
          notifications.push({
            agencyId: viewer.agencyId,
            personId: coOwner.personId,
            kind: 'document',
            title,
            body: `${formatEuros(coOwner.totalCents)} exigibles le ${frenchDate(dueDate)}.`,
            link: '/finances',
            documentId: document.id,
          });
        }
        await insertNotifications(tx, notifications);
        await recordAuditEvent(tx, {
          accountId: viewer.accountId,
          action: 'funds_call.issued',
          targetType: 'funds_call',
          targetId: call.id,
          ...evidence,
          details: { condominiumId, year, quarter, totalCents: computed.totalCents, coOwnerCount: files.length },
        });
        return call.id;
      });
      return this.detail(viewer, condominiumId, fundsCallId);
    } catch (error) {
      await discardFiles(storage, stored).catch(() => undefined);
      throw error;
    }
  }
}

function fingerprint(budget: Awaited<ReturnType<typeof findBudget>>): string {
  if (!budget) return '';
  return JSON.stringify([budget.worksFundCents, budget.lines.map((line) => [line.id, line.allocationKeyId, line.amountCents])]);
}
