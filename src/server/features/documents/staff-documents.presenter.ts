import { folderLabel } from '../../../domain/document-audience.ts';
import { displayName } from '../../../domain/person-name.ts';
import type { DocumentType } from '../../platform/storage/stored-files.ts';
import { presentFile, scopeLabel } from './documents.presenter.ts';
import type { listPersonUnits, StaffDocumentRow } from './staff-documents.repository.ts';
import type { StaffDocumentDetail, StaffDocumentItem } from './staff-documents.schema.ts';

export const staffVersionUrl = (documentId: string, versionId: string) =>
  `/api/staff/documents/${documentId}/versions/${versionId}/file`;

const staffName = (first: string | null | undefined, last: string | null | undefined) =>
  first || last ? [first, last].filter(Boolean).join(' ') : null;

export function presentStaffDocument(row: StaffDocumentRow): StaffDocumentItem {
  const { document } = row;
  return {
    id: document.id,
    title: document.title,
    folder: document.folder,
    folderLabel: folderLabel(document.folder),
    kind: document.kind,
    year: document.year,
    scope: document.scope,
    scopeLabel: scopeLabel(row),
    condominiumName: row.condominiumName,
    addresseeName: row.addressee ? displayName(row.addressee) : null,
    publishedAt: document.publishedAt.toISOString(),
    publishedBy: staffName(row.publisherFirstName, row.publisherLastName),
    withdrawnAt: document.withdrawnAt?.toISOString() ?? null,
    versionNumber: row.version.versionNumber,
    versionCount: row.versionCount,
    downloadCount: row.downloadCount,
    file: presentFile(row),
    fileUrl: staffVersionUrl(document.id, row.version.id),
  };
}

interface DetailFacts {
  row: StaffDocumentRow;
  withdrawer: { firstName: string; lastName: string } | undefined;
  versions: {
    id: string;
    versionNumber: number;
    pageCount: number | null;
    note: string | null;
    createdAt: Date;
    file: { originalName: string; contentType: string; sizeBytes: number };
    publisherFirstName: string | null;
    publisherLastName: string | null;
  }[];
  downloads: {
    at: Date;
    disposition: string;
    ipAddress: string | null;
    versionNumber: number;
    person: Parameters<typeof displayName>[0] | null;
    staffFirstName: string | null;
    staffLastName: string | null;
  }[];
}

export function presentStaffDetail({ row, withdrawer, versions, downloads }: DetailFacts): StaffDocumentDetail {
  return {
    ...presentStaffDocument(row),
    withdrawnBy: staffName(withdrawer?.firstName, withdrawer?.lastName),
    withdrawalReason: row.document.withdrawalReason,
    versions: versions.map((version) => ({
      id: version.id,
      versionNumber: version.versionNumber,
      file: {
        contentType: version.file.contentType as DocumentType,
        sizeBytes: version.file.sizeBytes,
        pageCount: version.pageCount,
        originalName: version.file.originalName,
      },
      publishedAt: version.createdAt.toISOString(),
      publishedBy: staffName(version.publisherFirstName, version.publisherLastName),
      note: version.note,
      fileUrl: staffVersionUrl(row.document.id, version.id),
    })),
    downloads: downloads.map((download) => ({
      at: download.at.toISOString(),
      who: download.person?.civility
        ? displayName(download.person)
        : (staffName(download.staffFirstName, download.staffLastName) ?? 'Compte supprimé'),
      disposition: download.disposition === 'preview' ? 'preview' : 'download',
      versionNumber: download.versionNumber,
      ipAddress: download.ipAddress,
    })),
  };
}

type PersonUnitRow = Awaited<ReturnType<typeof listPersonUnits>>[number];

/** A unit the person entrusts or rents, named as staff know it: its reference and where it is. */
export const presentPersonUnit = (unit: PersonUnitRow) => ({
  id: unit.id,
  reference: unit.reference,
  kind: unit.kind,
  address: [unit.addressLine1, [unit.postalCode, unit.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || null,
  relation: unit.relation,
});
