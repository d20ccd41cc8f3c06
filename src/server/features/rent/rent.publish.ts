import { createHash } from 'node:crypto';
import { displayName } from '../../../domain/person-name.ts';
import type { Executor } from '../../db/client.ts';
import type { PdfLetterhead, RenderedPdf } from '../../platform/pdf/pdf-document.ts';
import { type FileStorage, newStorageKey } from '../../platform/storage/file-storage.ts';
import { insertStoredFile } from '../../platform/storage/stored-files.repository.ts';
import { insertDocument, insertVersion } from '../documents/staff-documents.repository.ts';
import { insertNotifications } from '../notifications/notifications.repository.ts';
import type { RentParties } from './rent.pdf.ts';
import type { LeaseToCall, PartyRow } from './rent.repository.ts';

export interface StoredPdf {
  storageKey: string;
  originalName: string;
  contentType: 'application/pdf';
  sizeBytes: number;
  sha256: string;
}

/** Printed and stored before the transaction that publishes it (PDFs must not hold a transaction open). */
export async function storePdf(storage: FileStorage, area: string, name: string, pdf: RenderedPdf): Promise<StoredPdf> {
  const storageKey = newStorageKey(area);
  await storage.put(storageKey, pdf.bytes, 'application/pdf');
  return {
    storageKey,
    originalName: name,
    contentType: 'application/pdf',
    sizeBytes: pdf.bytes.length,
    sha256: createHash('sha256').update(pdf.bytes).digest('hex'),
  };
}

export interface Publication {
  agencyId: string;
  tenantIds: string[];
  managedUnitId: string;
  kind: string;
  title: string;
  year: number;
  pdf: RenderedPdf;
  file: StoredPdf;
  now: Date;
  staffMemberId: string | null;
  notification: string;
  /** False for history written after the fact (the demo's past months): nothing new to tell. */
  notify?: boolean;
}

/**
 * One stored file, one document per co-tenant (documents are addressed to one person), each told by a
 * notification. Returns the first tenant's document: the one the call or receipt row keeps.
 */
export async function publishToTenants(tx: Executor, publication: Publication): Promise<string | null> {
  const storedFile = await insertStoredFile(tx, publication.file);
  const documentIds: string[] = [];
  for (const personId of publication.tenantIds) {
    const document = await insertDocument(tx, {
      agencyId: publication.agencyId,
      folder: 'bail',
      kind: publication.kind,
      title: publication.title,
      year: publication.year,
      scope: 'person',
      personId,
      managedUnitId: publication.managedUnitId,
      bodyText: publication.pdf.text,
      publishedAt: publication.now,
      publishedByStaffId: publication.staffMemberId,
    });
    await insertVersion(tx, {
      documentId: document.id,
      versionNumber: 1,
      storedFileId: storedFile.id,
      pageCount: publication.pdf.pageCount,
      publishedByStaffId: publication.staffMemberId,
    });
    documentIds.push(document.id);
  }
  if (publication.notify === false) return documentIds[0] ?? null;
  await insertNotifications(
    tx,
    publication.tenantIds.map((personId, index) => ({
      agencyId: publication.agencyId,
      personId,
      kind: 'document' as const,
      title: publication.title,
      body: publication.notification,
      link: '/finances',
      documentId: documentIds[index] ?? null,
    })),
  );
  return documentIds[0] ?? null;
}

/** What every rent document says of its parties. */
export function rentParties(
  agency: {
    name: string;
    addressLine1: string | null;
    postalCode: string | null;
    city: string | null;
    phone: string | null;
    email: string | null;
  },
  lease: LeaseToCall,
  tenantIds: string[],
  parties: Map<string, PartyRow>,
): RentParties {
  const letterhead: PdfLetterhead = {
    name: agency.name,
    addressLines: [agency.addressLine1 ?? '', `${agency.postalCode ?? ''} ${agency.city ?? ''}`.trim()].filter(Boolean),
    phone: agency.phone,
    email: agency.email,
  };
  const landlord = parties.get(lease.landlordId);
  const town = `${lease.postalCode ?? ''} ${lease.city ?? ''}`.trim();
  const unitLines = [lease.addressLine1, lease.addressLine2, town].filter((line): line is string => Boolean(line));
  return {
    letterhead,
    agencyName: agency.name,
    landlord: landlord ? displayName(landlord) : '',
    tenants: tenantIds.flatMap((id) => {
      const tenant = parties.get(id);
      return tenant ? [{ name: displayName(tenant), reference: tenant.reference }] : [];
    }),
    addressLines: unitLines,
    unit: [lease.unitReference, ...unitLines].join(', '),
    leaseReference: lease.leaseReference,
  };
}
