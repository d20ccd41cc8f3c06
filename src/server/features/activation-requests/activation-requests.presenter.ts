import { displayName } from '../../../domain/person-name.ts';
import type { StoredFileRow } from '../../platform/storage/stored-files.repository.ts';
import type { DocumentType } from '../../platform/storage/stored-files.ts';
import type { ActivationRequestRow, ProofKind } from './activation-requests.repository.ts';

const HOUR = 3_600_000;

const requesterName = (request: ActivationRequestRow) =>
  displayName({
    civility: request.civility,
    firstName: request.firstName,
    lastName: request.lastName,
    companyName: request.civility === 'SOCIETE' ? request.lastName : null,
  });

export const proofUrl = (requestId: string, fileId: string) => `/api/staff/activation-requests/${requestId}/files/${fileId}`;

export const presentQueueItem = (request: ActivationRequestRow, now: Date) => ({
  id: request.id,
  status: request.status,
  displayName: requesterName(request),
  email: request.email,
  propertyAddress: request.propertyAddress,
  submittedAt: request.createdAt.toISOString(),
  ageHours: Math.max(0, Math.floor((now.getTime() - request.createdAt.getTime()) / HOUR)),
  decidedAt: request.decidedAt?.toISOString() ?? null,
});

interface DetailFacts {
  request: ActivationRequestRow;
  proofs: { kind: ProofKind; file: StoredFileRow }[];
  person: (Parameters<typeof displayName>[0] & { id: string }) | undefined;
  staff: { firstName: string; lastName: string } | undefined;
}

export const presentDetail = ({ request, proofs, person, staff }: DetailFacts, now: Date) => ({
  ...presentQueueItem(request, now),
  civility: request.civility,
  firstName: request.firstName,
  lastName: request.lastName,
  phone: request.phone,
  clientReferenceHint: request.clientReferenceHint,
  lotNumberHint: request.lotNumberHint,
  message: request.message,
  rejectionReason: request.rejectionReason,
  matchedPerson: person ? { id: person.id, displayName: displayName(person) } : null,
  decidedBy: staff ? `${staff.firstName} ${staff.lastName}` : null,
  files: proofs.map(({ kind, file }) => ({
    id: file.id,
    kind,
    originalName: file.originalName,
    // Only the three accepted types are ever stored (checked from the content at upload).
    contentType: file.contentType as DocumentType,
    sizeBytes: file.sizeBytes,
    url: proofUrl(request.id, file.id),
  })),
});

export const presentTracking = ({ request, agencyName }: { request: ActivationRequestRow; agencyName: string }) => ({
  status: request.status,
  firstName: request.firstName,
  agencyName,
  submittedAt: request.createdAt.toISOString(),
  decidedAt: request.decidedAt?.toISOString() ?? null,
  rejectionReason: request.rejectionReason,
});
