import { and, asc, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { accounts, agencies, clientReferences, contactRequests, persons, staffMembers } from '../../db/schema/index.ts';

export type ContactRequestRow = typeof contactRequests.$inferSelect;
export type NewContactRequest = Omit<typeof contactRequests.$inferInsert, 'id' | 'createdAt'>;
export type ContactRequestStatus = 'open' | 'answered';

/** Who is writing: their name, how to reach them, and the agencies where they hold a client reference. */
export async function findRequester(db: Executor, personId: string) {
  const [row] = await db
    .select({ person: persons, email: accounts.email })
    .from(persons)
    .leftJoin(accounts, eq(accounts.personId, persons.id))
    .where(eq(persons.id, personId));
  return row;
}

/** The person's client reference at this agency (the identifier the agency files them under), if any. */
export async function findClientReference(db: Executor, personId: string, agencyId: string) {
  const [row] = await db
    .select({ reference: clientReferences.reference })
    .from(clientReferences)
    .where(and(eq(clientReferences.personId, personId), eq(clientReferences.agencyId, agencyId)))
    .orderBy(asc(clientReferences.reference))
    .limit(1);
  return row?.reference;
}

/** The agency of the person's file, when nothing they hold today names one (e.g. a lease just ended). */
export async function findReferenceAgency(db: Executor, personId: string) {
  const [row] = await db
    .select({ agencyId: clientReferences.agencyId })
    .from(clientReferences)
    .where(eq(clientReferences.personId, personId))
    .orderBy(asc(clientReferences.createdAt))
    .limit(1);
  return row?.agencyId;
}

export async function findAgencyContact(db: Executor, agencyId: string) {
  const [row] = await db
    .select({ id: agencies.id, name: agencies.name, phone: agencies.phone, email: agencies.email })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  return row;
}

export async function findStaff(db: Executor, staffMemberId: string) {
  const [row] = await db
    .select({
      id: staffMembers.id,
      agencyId: staffMembers.agencyId,
      firstName: staffMembers.firstName,
      lastName: staffMembers.lastName,
      email: staffMembers.email,
    })
    .from(staffMembers)
    .where(eq(staffMembers.id, staffMemberId));
  return row;
}

/** The agency's first manager (alphabetically): who receives a request that names no property. */
export async function findFirstManager(db: Executor, agencyId: string) {
  const [row] = await db
    .select({ id: staffMembers.id })
    .from(staffMembers)
    .where(and(eq(staffMembers.agencyId, agencyId), eq(staffMembers.role, 'manager')))
    .orderBy(asc(staffMembers.lastName), asc(staffMembers.firstName), asc(staffMembers.id))
    .limit(1);
  return row?.id;
}

export async function insertContactRequest(db: Executor, values: NewContactRequest): Promise<ContactRequestRow> {
  const [row] = await db.insert(contactRequests).values(values).returning();
  if (!row) throw new Error('contact request insert returned no row');
  return row;
}

// ——— Staff: always scoped by the agency ———

const manager = alias(staffMembers, 'manager');
const answerer = alias(staffMembers, 'answerer');

const statusFilter = (status: ContactRequestStatus) =>
  status === 'open' ? isNull(contactRequests.answeredAt) : isNotNull(contactRequests.answeredAt);

export type StaffContactRequestRow = Awaited<ReturnType<typeof listAgencyContactRequests>>[number];

export async function listAgencyContactRequests(
  db: Executor,
  agencyId: string,
  status: ContactRequestStatus,
  only: { requestId?: string } = {},
) {
  return (
    db
      .select({
        request: contactRequests,
        person: {
          civility: persons.civility,
          firstName: persons.firstName,
          lastName: persons.lastName,
          companyName: persons.companyName,
          mobilePhone: persons.mobilePhone,
          landlinePhone: persons.landlinePhone,
        },
        email: accounts.email,
        manager: { firstName: manager.firstName, lastName: manager.lastName },
        answerer: { firstName: answerer.firstName, lastName: answerer.lastName },
      })
      .from(contactRequests)
      .innerJoin(persons, eq(persons.id, contactRequests.personId))
      .leftJoin(accounts, eq(accounts.personId, contactRequests.personId))
      .leftJoin(manager, eq(manager.id, contactRequests.managerId))
      .leftJoin(answerer, eq(answerer.id, contactRequests.answeredByStaffId))
      .where(
        and(
          eq(contactRequests.agencyId, agencyId),
          only.requestId ? eq(contactRequests.id, only.requestId) : statusFilter(status),
        ),
      )
      // Open: the oldest waiting first, to be answered in turn; answered: the latest answers first.
      .orderBy(...(status === 'open' ? [asc(contactRequests.createdAt)] : [desc(contactRequests.answeredAt)]))
      .limit(500)
  );
}

export async function countOpenContactRequests(db: Executor, agencyId: string): Promise<number> {
  const [row] = await db
    .select({ count: count() })
    .from(contactRequests)
    .where(and(eq(contactRequests.agencyId, agencyId), isNull(contactRequests.answeredAt)));
  return row?.count ?? 0;
}

/** Locks the agency's request for the answer, so two staff answering at once cannot both succeed. */
export async function lockAgencyContactRequest(db: Executor, agencyId: string, requestId: string) {
  const [row] = await db
    .select()
    .from(contactRequests)
    .where(and(eq(contactRequests.id, requestId), eq(contactRequests.agencyId, agencyId)))
    .for('update');
  return row;
}

export async function saveAnswer(
  db: Executor,
  requestId: string,
  answer: { text: string; staffMemberId: string; at: Date },
): Promise<void> {
  await db
    .update(contactRequests)
    .set({ answer: answer.text, answeredAt: answer.at, answeredByStaffId: answer.staffMemberId })
    .where(eq(contactRequests.id, requestId));
}
