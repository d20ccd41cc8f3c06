import { createHash, randomUUID } from 'node:crypto';
import { computeLandlordStatement } from '../../../domain/landlord-statement.ts';
import { formatEuros } from '../../../domain/money.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { Executor } from '../../db/client.ts';
import { type FileStorage, newStorageKey } from '../../platform/storage/file-storage.ts';
import { insertStoredFile } from '../../platform/storage/stored-files.repository.ts';
import { insertDocument, insertVersion } from '../documents/staff-documents.repository.ts';
import { postEntry, rentalLedger } from '../ledger/ledger.repository.ts';
import { insertNotifications } from '../notifications/notifications.repository.ts';
import { renderStatement, type StatementSheet, statementTitle } from './landlord-statements.pdf.ts';
import {
  findAgency,
  findLandlordIban,
  findStaffName,
  insertStatement,
  isLandlordFirstMandate,
  landlordBalanceBefore,
  landlordLinesOfPeriod,
  type listMandatesInForce,
  listUnits,
  tenantMovements,
} from './landlord-statements.repository.ts';

type Mandate = Awaited<ReturnType<typeof listMandatesInForce>>[number];

export interface IssueContext {
  agencyId: string;
  staffMemberId: string | null;
  periodStart: string;
  periodEnd: string;
  issuedOn: string;
  now: Date;
  /** Printed under every page (the demo's agencies have their licence line). */
  footerNote?: string;
  /**
   * false: the figures, entries and statement only, without PDF nor notification — for the demo's older
   * history, whose months must be settled for the recent statements to start from the right balance.
   */
  publish?: boolean;
}

const FEES_ACCOUNT = '706';
const VAT_ACCOUNT = '44571';
const BANK_ACCOUNT = '512';
const LANDLORD_ACCOUNT = '4671';

/**
 * Issues the statement of every mandate in `mandates` for the period, inside the caller's transaction (the
 * service's, or the demo's): reads the rental ledger, computes (src/domain/landlord-statement.ts), prints the PDF,
 * then writes the fees and transfer entries, the statement, the landlord's document and notification. `stored`
 * receives every file put in storage, for the caller to discard if the transaction fails.
 */
export async function issueStatements(
  tx: Executor,
  storage: FileStorage,
  context: IssueContext,
  mandates: Mandate[],
  stored: { storageKey: string }[],
): Promise<{ statementId: string; documentId: string | null }[]> {
  if (mandates.length === 0) return [];
  const ledgerId = await rentalLedger(tx, context.agencyId);
  // One query at a time: a transaction is one connection.
  const agency = await findAgency(tx, context.agencyId);
  const signatory = context.staffMemberId ? await findStaffName(tx, context.staffMemberId) : null;
  const letterhead = {
    name: agency?.name ?? '',
    addressLines: [agency?.addressLine1 ?? '', `${agency?.postalCode ?? ''} ${agency?.city ?? ''}`.trim()].filter(Boolean),
    phone: agency?.phone ?? null,
    email: agency?.email ?? null,
  };
  const issued: { statementId: string; documentId: string | null }[] = [];
  for (const mandate of mandates) {
    const statementId = randomUUID();
    const { sheet, figures } = await prepareSheet(tx, ledgerId, context, mandate);
    const title = statementTitle(context.periodStart, context.periodEnd);
    const documentId =
      context.publish === false
        ? null
        : await publishSheet(
            tx,
            storage,
            context,
            mandate.landlord.id,
            title,
            stored,
            {
              ...sheet,
              letterhead,
              signatory,
              ...(context.footerNote ? { footerNote: context.footerNote } : {}),
            },
            `${mandate.reference}-${context.periodStart}-${context.periodEnd}`,
          );
    const entry = { ledgerId, entryDate: context.periodEnd, source: 'palier' as const, documentId };
    if (figures.feesCents > 0) {
      await postEntry(
        tx,
        {
          ...entry,
          journal: 'OD',
          label: `Honoraires de gérance — ${mandate.reference}`,
          externalId: `landlord-fees:${statementId}`,
        },
        [
          {
            accountCode: LANDLORD_ACCOUNT,
            personId: mandate.landlord.id,
            label: 'Honoraires de gestion TTC',
            debitCents: figures.feesCents,
          },
          { accountCode: FEES_ACCOUNT, label: 'Honoraires de gestion HT', creditCents: figures.feesExcludingVatCents },
          ...(figures.feesVatCents > 0
            ? [{ accountCode: VAT_ACCOUNT, label: 'TVA sur honoraires', creditCents: figures.feesVatCents }]
            : []),
        ],
      );
    }
    if (figures.transferCents > 0) {
      await postEntry(
        tx,
        {
          ...entry,
          journal: 'BQ',
          label: `Virement au propriétaire — ${mandate.reference}`,
          externalId: `landlord-transfer:${statementId}`,
        },
        [
          {
            accountCode: LANDLORD_ACCOUNT,
            personId: mandate.landlord.id,
            label: 'Virement au propriétaire',
            debitCents: figures.transferCents,
          },
          { accountCode: BANK_ACCOUNT, label: 'Virement au propriétaire', creditCents: figures.transferCents },
        ],
      );
    }
    const row = await insertStatement(tx, {
      id: statementId,
      mandateId: mandate.id,
      periodStart: context.periodStart,
      periodEnd: context.periodEnd,
      documentId,
      transferredCents: figures.transferCents,
      feesCents: figures.feesCents,
      feesVatCents: figures.feesVatCents,
      issuedByStaffId: context.staffMemberId,
      createdAt: context.now,
    });
    // The caller holds the agency's mandates locked: a statement of the same period cannot appear meanwhile.
    if (!row) throw new Error(`statement of ${mandate.reference} for ${context.periodStart} already exists`);
    if (documentId)
      await insertNotifications(tx, [
        {
          agencyId: context.agencyId,
          personId: mandate.landlord.id,
          kind: 'document',
          title,
          body:
            figures.transferCents > 0
              ? `Montant reversé : ${formatEuros(figures.transferCents)}.`
              : `Aucun virement ce mois-ci : solde reporté ${formatEuros(figures.closingBalanceCents)}.`,
          link: '/finances',
          documentId,
        },
      ]);
    issued.push({ statementId, documentId });
  }
  return issued;
}

/** Prints the statement, stores it and publishes it in the landlord's documents (folder "gérance"). */
async function publishSheet(
  tx: Executor,
  storage: FileStorage,
  context: IssueContext,
  landlordId: string,
  title: string,
  stored: { storageKey: string }[],
  sheet: StatementSheet,
  fileStem: string,
): Promise<string> {
  const pdf = await renderStatement(sheet);
  const storageKey = newStorageKey('landlord-statements');
  await storage.put(storageKey, pdf.bytes, 'application/pdf');
  stored.push({ storageKey });
  const storedFile = await insertStoredFile(tx, {
    storageKey,
    originalName: `compte-rendu-de-gerance-${fileStem}.pdf`.toLowerCase(),
    contentType: 'application/pdf',
    sizeBytes: pdf.bytes.length,
    sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
  });
  const document = await insertDocument(tx, {
    agencyId: context.agencyId,
    folder: 'gerance',
    kind: 'Compte rendu de gérance',
    title,
    year: Number(context.periodEnd.slice(0, 4)),
    scope: 'person',
    personId: landlordId,
    bodyText: pdf.text,
    publishedAt: context.now,
    publishedByStaffId: context.staffMemberId,
  });
  await insertVersion(tx, {
    documentId: document.id,
    versionNumber: 1,
    storedFileId: storedFile.id,
    pageCount: pdf.pageCount,
    publishedByStaffId: context.staffMemberId,
  });
  return document.id;
}

async function prepareSheet(tx: Executor, ledgerId: string, context: IssueContext, mandate: Mandate) {
  const { periodStart, periodEnd } = context;
  const units = await listUnits(tx, mandate.id, periodStart, periodEnd);
  const unitIds = units.map((unit) => unit.id);
  const withUnitless = await isLandlordFirstMandate(tx, context.agencyId, mandate.landlord.id, mandate.id);
  const tenants = await tenantMovements(tx, ledgerId, unitIds, periodStart, periodEnd);
  const ledgerOpeningCents = await landlordBalanceBefore(tx, ledgerId, mandate.landlord.id, unitIds, withUnitless, periodStart);
  const lines = await landlordLinesOfPeriod(tx, ledgerId, mandate.landlord.id, unitIds, withUnitless, periodStart, periodEnd);
  const iban = await findLandlordIban(tx, mandate.landlord.id);
  const expenseLines = lines.filter((line) => !line.isRentCall && line.debitCents > 0 && line.supplierName);
  const otherLines = lines.filter((line) => !line.isRentCall && !expenseLines.includes(line));
  const figures = computeLandlordStatement({
    feeRateBasisPoints: mandate.feeRateBasisPoints,
    ledgerOpeningCents,
    arrearsAtStartCents: tenants.reduce((sum, row) => sum + row.owedBeforeCents, 0),
    units: units.map((unit) => {
      const movements = tenants.find((row) => row.unitId === unit.id);
      return {
        unitId: unit.id,
        calledCents: movements?.calledCents ?? 0,
        rentCalledCents: lines
          .filter((line) => line.isRentCall && line.managedUnitId === unit.id && line.label === 'Loyer')
          .reduce((sum, line) => sum + line.creditCents - line.debitCents, 0),
        receivedCents: movements?.receivedCents ?? 0,
        arrearsCents: movements?.owedAtEndCents ?? 0,
      };
    }),
    expenses: expenseLines.map((line) => ({ amountCents: line.debitCents })),
    otherMovementsCents: otherLines.reduce((sum, line) => sum + line.creditCents - line.debitCents, 0),
  });
  const unitReference = new Map(units.map((unit) => [unit.id, unit.reference]));
  const landlordName = displayName(mandate.landlord);
  const sheet: Omit<StatementSheet, 'letterhead' | 'signatory'> = {
    issuedOn: context.issuedOn,
    periodStart,
    periodEnd,
    landlord: {
      name: landlordName,
      reference: mandate.clientReference,
      addressLines: [
        mandate.landlord.addressLine1,
        mandate.landlord.addressLine2,
        `${mandate.landlord.postalCode ?? ''} ${mandate.landlord.city ?? ''}`.trim(),
      ].filter((line): line is string => Boolean(line)),
    },
    mandate: { reference: mandate.reference, startDate: mandate.startDate, feeRateBasisPoints: mandate.feeRateBasisPoints },
    units: units.map((unit, index) => {
      const row = figures.units[index];
      return {
        reference: unit.reference,
        address: [unit.addressLine1, unit.postalCode].filter(Boolean).join(', '),
        tenant: unit.tenants.length > 0 ? unit.tenants.map((tenant) => displayName(tenant)).join(' et ') : 'Vacant',
        rentCalledCents: row?.rentCalledCents ?? 0,
        chargesCalledCents: row?.chargesCalledCents ?? 0,
        receivedCents: row?.receivedCents ?? 0,
        arrearsCents: row?.arrearsCents ?? 0,
      };
    }),
    expenses: expenseLines.map((line) => ({
      date: line.entryDate,
      unit: (line.managedUnitId && unitReference.get(line.managedUnitId)) || '—',
      supplier: line.supplierName ?? '',
      label: line.label ?? line.entryLabel,
      amountCents: line.debitCents,
    })),
    figures,
    // What the 4671 account will show once the fees and the transfer are posted.
    accountBalanceCents:
      ledgerOpeningCents +
      lines.reduce((sum, line) => sum + line.creditCents - line.debitCents, 0) -
      figures.feesCents -
      figures.transferCents,
    iban,
  };
  return { sheet, figures };
}
