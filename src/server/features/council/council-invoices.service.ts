import { parisDate } from '../../../domain/calendar.ts';
import { frenchShortDate } from '../../../domain/french-dates.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { policy } from '../../platform/auth/policy.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { discardFiles, recordStoredFile } from '../../platform/storage/stored-files.ts';
import type { MultipartForm } from '../../platform/storage/uploads.ts';
import { parseFormFields } from '../activation-requests/activation-requests.schema.ts';
import { extractPdfText } from '../documents/documents.uploads.ts';
import { insertDocument, insertVersion } from '../documents/staff-documents.repository.ts';
import { condominiumLedger, postEntry } from '../ledger/ledger.repository.ts';
import { presentInvoice } from './council.presenter.ts';
import {
  currentVersions,
  findCondominium,
  findDuplicateInvoice,
  findInvoice,
  insertInvoice,
  listKeys,
  lockInvoice,
  updateInvoice,
} from './council.repository.ts';
import { invoiceFields } from './council.schema.ts';

type Staff = Extract<Viewer, { kind: 'staff' }>;

const invalid = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, { fields: [{ field, message }] });

/** The title of an invoice's document, as the council finds it among its documents. */
export const invoiceTitle = (supplierName: string, invoiceNumber: string) => `Facture ${supplierName} n° ${invoiceNumber}`;

/**
 * Staff feed the council's space: a supplier's invoice is recorded with its PDF (published to the council),
 * its purchase entry (HA: debit 6xx with its key, credit 401) — all in one transaction —, then its payment
 * (BQ: debit 401, credit 512), the bank order the council sees.
 */
export class CouncilInvoicesService {
  constructor(private readonly deps: { db: Database; storage: FileStorage }) {}

  private async present(viewer: Staff, invoiceId: string) {
    const row = await findInvoice(this.deps.db, invoiceId);
    if (!row || row.agencyId !== viewer.agencyId) throw new AppError('NOT_FOUND', "Cette facture n'existe pas.");
    const versions = await currentVersions(this.deps.db, row.documentId ? [row.documentId] : []);
    return presentInvoice(row, (documentId) => {
      const versionId = documentId ? versions.get(documentId) : undefined;
      return documentId && versionId ? `/api/staff/documents/${documentId}/versions/${versionId}/file` : null;
    });
  }

  async record(viewer: Staff, condominiumId: string, form: MultipartForm, evidence: Evidence, now = new Date()) {
    const { db, storage } = this.deps;
    try {
      policy.requireAgencyCondominium(viewer, await findCondominium(db, condominiumId));
      const fields = parseFormFields(invoiceFields, form.fields);
      const [file, ...others] = form.files;
      if (!file || others.length > 0) throw invalid('file', 'Joignez la facture : un seul fichier PDF.');
      if (file.contentType !== 'application/pdf') throw invalid('file', 'La facture doit être un fichier PDF.');
      const keys = await listKeys(db, condominiumId);
      const key = keys.find((candidate) => candidate.id === fields.allocationKeyId);
      if (!key) throw invalid('allocationKeyId', "Cette clé de répartition n'appartient pas à la copropriété.");
      if (await findDuplicateInvoice(db, condominiumId, fields.supplierName, fields.invoiceNumber))
        throw new AppError('SUPPLIER_INVOICE_DUPLICATE');
      // Read before the transaction, like every published PDF: the text makes the invoice searchable.
      const text = await extractPdfText(storage, file);
      const title = invoiceTitle(fields.supplierName, fields.invoiceNumber);
      const invoiceId = await db.transaction(async (tx) => {
        const invoice = await insertInvoice(tx, {
          condominiumId,
          supplierName: fields.supplierName,
          invoiceNumber: fields.invoiceNumber,
          invoiceDate: fields.invoiceDate,
          label: fields.label,
          accountCode: fields.accountCode,
          allocationKeyId: key.id,
          amountCents: fields.amountCents,
          createdByStaffId: viewer.staffMemberId,
        });
        // Recorded by someone else between the check and now: the unique index decides.
        if (!invoice) throw new AppError('SUPPLIER_INVOICE_DUPLICATE');
        const stored = await recordStoredFile(tx, file);
        const document = await insertDocument(tx, {
          agencyId: viewer.agencyId,
          folder: 'conseil_syndical',
          kind: 'Facture fournisseur',
          title,
          year: Number(fields.invoiceDate.slice(0, 4)),
          scope: 'council',
          condominiumId,
          bodyText: text.bodyText,
          publishedAt: now,
          publishedByStaffId: viewer.staffMemberId,
        });
        await insertVersion(tx, {
          documentId: document.id,
          versionNumber: 1,
          storedFileId: stored.id,
          pageCount: text.pageCount,
          publishedByStaffId: viewer.staffMemberId,
        });
        const ledgerId = await condominiumLedger(tx, condominiumId);
        const { entryId } = await postEntry(
          tx,
          {
            ledgerId,
            journal: 'HA',
            entryDate: fields.invoiceDate,
            label: `${fields.supplierName} — facture ${fields.invoiceNumber}`,
            source: 'palier',
            externalId: `invoice:${invoice.id}`,
            documentId: document.id,
          },
          [
            {
              accountCode: fields.accountCode,
              allocationKeyId: key.id,
              label: fields.label,
              debitCents: fields.amountCents,
            },
            {
              accountCode: '401',
              supplierName: fields.supplierName,
              label: fields.label,
              creditCents: fields.amountCents,
            },
          ],
        );
        await updateInvoice(tx, invoice.id, { entryId, documentId: document.id });
        await recordAuditEvent(tx, {
          accountId: viewer.accountId,
          action: 'supplier_invoice.recorded',
          targetType: 'supplier_invoice',
          targetId: invoice.id,
          ...evidence,
          details: {
            condominiumId,
            supplierName: fields.supplierName,
            invoiceNumber: fields.invoiceNumber,
            amountCents: fields.amountCents,
          },
        });
        return invoice.id;
      });
      return this.present(viewer, invoiceId);
    } catch (error) {
      await discardFiles(storage, form.files).catch(() => undefined);
      throw error;
    }
  }

  async pay(viewer: Staff, invoiceId: string, paidOn: string, evidence: Evidence, now = new Date()) {
    const { db } = this.deps;
    const found = await findInvoice(db, invoiceId);
    if (!found || found.agencyId !== viewer.agencyId) throw new AppError('NOT_FOUND', "Cette facture n'existe pas.");
    if (paidOn < found.invoiceDate)
      throw invalid('paidOn', `Le paiement ne peut pas précéder la facture (du ${frenchShortDate(found.invoiceDate)}).`);
    if (paidOn > parisDate(now)) throw invalid('paidOn', 'La date du paiement ne peut pas être dans le futur.');
    await db.transaction(async (tx) => {
      const invoice = await lockInvoice(tx, invoiceId);
      if (!invoice) throw new AppError('NOT_FOUND', "Cette facture n'existe pas.");
      if (invoice.paymentEntryId) throw new AppError('SUPPLIER_INVOICE_ALREADY_PAID');
      const ledgerId = await condominiumLedger(tx, invoice.condominiumId);
      const { entryId } = await postEntry(
        tx,
        {
          ledgerId,
          journal: 'BQ',
          entryDate: paidOn,
          label: `Paiement ${invoice.supplierName} — facture ${invoice.invoiceNumber}`,
          source: 'palier',
          externalId: `invoice-payment:${invoice.id}`,
          documentId: invoice.documentId,
        },
        [
          { accountCode: '401', supplierName: invoice.supplierName, label: invoice.label, debitCents: invoice.amountCents },
          { accountCode: '512', label: `Paiement ${invoice.supplierName}`, creditCents: invoice.amountCents },
        ],
      );
      await updateInvoice(tx, invoice.id, { paymentEntryId: entryId });
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'supplier_invoice.paid',
        targetType: 'supplier_invoice',
        targetId: invoice.id,
        ...evidence,
        details: { condominiumId: invoice.condominiumId, paidOn, amountCents: invoice.amountCents },
      });
    });
    return this.present(viewer, invoiceId);
  }
}
