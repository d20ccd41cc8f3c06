import { displayName } from '../../../domain/person-name.ts';
import type { StaffContactRequestRow } from './contact-requests.repository.ts';
import type { StaffContactRequest } from './contact-requests.schema.ts';

const fullName = (staff: { firstName: string | null; lastName: string | null } | null) =>
  staff?.firstName || staff?.lastName ? [staff.firstName, staff.lastName].filter(Boolean).join(' ') : null;

export const presentStaffContactRequest = ({
  request,
  person,
  email,
  manager,
  answerer,
}: StaffContactRequestRow): StaffContactRequest => ({
  id: request.id,
  status: request.answeredAt ? 'answered' : 'open',
  personId: request.personId,
  displayName: displayName(person),
  email,
  phone: person.mobilePhone ?? person.landlinePhone,
  subject: request.subject,
  message: request.message,
  // Written by this feature only, from the same two values.
  replyChannel: request.replyChannel === 'telephone' ? 'telephone' : 'email',
  replyTo: request.replyTo,
  property: request.propertyLabel,
  managerName: fullName(manager),
  createdAt: request.createdAt.toISOString(),
  answer: request.answer,
  answeredAt: request.answeredAt?.toISOString() ?? null,
  answeredBy: fullName(answerer),
});
