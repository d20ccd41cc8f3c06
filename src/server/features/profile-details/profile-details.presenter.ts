import { displayName } from '../../../domain/person-name.ts';
import type { staffMembers } from '../../db/schema/index.ts';
import type { DetailChangeRow, PersonRow } from './profile-details.repository.ts';
import { type DetailChanges, detailField, type ProfileDetails } from './profile-details.schema.ts';

export function presentDetails(
  person: PersonRow,
  account: { email: string | null; hasPassword: boolean; pendingEmail: { email: string | null; expiresAt: Date } | undefined },
  managers: (typeof staffMembers.$inferSelect)[],
): ProfileDetails {
  const pending = account.pendingEmail;
  return {
    civility: person.civility,
    displayName: displayName(person),
    mobilePhone: person.mobilePhone,
    landlinePhone: person.landlinePhone,
    address: { line1: person.addressLine1, line2: person.addressLine2, postalCode: person.postalCode, city: person.city },
    preferredContactChannel: person.preferredContactChannel,
    councilContactConsent: person.councilContactConsentAt !== null,
    councilContactConsentAt: person.councilContactConsentAt?.toISOString() ?? null,
    email: account.email,
    pendingEmail: pending?.email ? { email: pending.email, expiresAt: pending.expiresAt.toISOString() } : null,
    hasPassword: account.hasPassword,
    managers: managers.map((staff) => ({
      agencyId: staff.agencyId,
      name: `${staff.firstName} ${staff.lastName}`,
      email: staff.email,
      phone: staff.phone,
    })),
  };
}

/**
 * Who changed what. A staff member is named to colleagues of their own agency only: a person served by two
 * agencies has one history, and one agency's staff list is not the other's business.
 */
export function presentDetailChange(row: DetailChangeRow, personId: string, viewerAgencyId: string) {
  const field = detailField.safeParse(row.field);
  if (!field.success) return undefined;
  const changedBy: DetailChanges['changes'][number]['changedBy'] =
    row.changedByPersonId === personId
      ? { kind: 'client', name: null }
      : row.staff
        ? { kind: 'staff', name: row.staff.agencyId === viewerAgencyId ? `${row.staff.firstName} ${row.staff.lastName}` : null }
        : { kind: 'unknown', name: null };
  return {
    id: row.id,
    field: field.data,
    previousValue: row.previousValue,
    newValue: row.newValue,
    changedAt: row.createdAt.toISOString(),
    changedBy,
  };
}
