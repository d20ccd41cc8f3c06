import { and, asc, count, desc, eq, inArray, isNull, lte } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import {
  activationRequestFiles,
  activationRequests,
  agencies,
  persons,
  staffMembers,
  storedFiles,
} from '../../db/schema/index.ts';

export type ActivationRequestRow = typeof activationRequests.$inferSelect;
export type NewActivationRequest = Omit<typeof activationRequests.$inferInsert, 'id' | 'createdAt'>;
export type ActivationStatus = ActivationRequestRow['status'];
export type ProofKind = (typeof activationRequestFiles.$inferSelect)['kind'];

// ——— Public side: not scoped by a viewer, reached only with an agency chosen or a tracking token ———

export async function listAgencies(db: Executor) {
  return db.select({ id: agencies.id, name: agencies.name, city: agencies.city }).from(agencies).orderBy(asc(agencies.name));
}

export async function findAgencyCard(db: Executor, agencyId: string) {
  const [row] = await db
    .select({ id: agencies.id, name: agencies.name, phone: agencies.phone, email: agencies.email })
    .from(agencies)
    .where(eq(agencies.id, agencyId));
  return row;
}

export async function insertActivationRequest(db: Executor, values: NewActivationRequest): Promise<ActivationRequestRow> {
  const [row] = await db.insert(activationRequests).values(values).returning();
  if (!row) throw new Error('activation request insert returned no row');
  return row;
}

export async function linkProof(db: Executor, activationRequestId: string, fileId: string, kind: ProofKind): Promise<void> {
  await db.insert(activationRequestFiles).values({ activationRequestId, fileId, kind });
}

export async function findByTrackingHash(db: Executor, trackingTokenHash: string) {
  const [row] = await db
    .select({ request: activationRequests, agencyName: agencies.name })
    .from(activationRequests)
    .innerJoin(agencies, eq(agencies.id, activationRequests.agencyId))
    .where(eq(activationRequests.trackingTokenHash, trackingTokenHash));
  return row;
}

// ——— Staff side: every query takes the staff member's agency ———

export async function countPending(db: Executor, agencyId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(activationRequests)
    .where(and(eq(activationRequests.agencyId, agencyId), eq(activationRequests.status, 'pending')));
  return row?.total ?? 0;
}

/** Pending: oldest first (the queue's order); decided: latest decisions first. */
export async function listQueue(db: Executor, agencyId: string, status: ActivationStatus, limit: number) {
  return db
    .select()
    .from(activationRequests)
    .where(and(eq(activationRequests.agencyId, agencyId), eq(activationRequests.status, status)))
    .orderBy(
      ...(status === 'pending'
        ? [asc(activationRequests.createdAt), asc(activationRequests.id)]
        : [desc(activationRequests.decidedAt), desc(activationRequests.id)]),
    )
    .limit(limit);
}

/** With `lock`, the row stays locked until the transaction ends, so two decisions cannot both pass. */
export async function findAgencyRequest(
  db: Executor,
  agencyId: string,
  requestId: string,
  options: { lock?: boolean } = {},
): Promise<ActivationRequestRow | undefined> {
  const query = db
    .select()
    .from(activationRequests)
    .where(and(eq(activationRequests.id, requestId), eq(activationRequests.agencyId, agencyId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** The names behind a decided request: the person matched and the staff member who decided. */
export async function findDecisionNames(
  db: Executor,
  request: Pick<ActivationRequestRow, 'matchedPersonId' | 'decidedByStaffId'>,
) {
  const [person] = request.matchedPersonId ? await db.select().from(persons).where(eq(persons.id, request.matchedPersonId)) : [];
  const [staff] = request.decidedByStaffId
    ? await db
        .select({ firstName: staffMembers.firstName, lastName: staffMembers.lastName })
        .from(staffMembers)
        .where(eq(staffMembers.id, request.decidedByStaffId))
    : [];
  return { person, staff };
}

export async function listProofs(db: Executor, activationRequestId: string) {
  return db
    .select({ kind: activationRequestFiles.kind, file: storedFiles })
    .from(activationRequestFiles)
    .innerJoin(storedFiles, eq(storedFiles.id, activationRequestFiles.fileId))
    .where(eq(activationRequestFiles.activationRequestId, activationRequestId))
    .orderBy(asc(activationRequestFiles.kind), asc(storedFiles.createdAt), asc(storedFiles.id));
}

/** A proof of a request of the agency; undefined for anything else, whoever it belongs to. */
export async function findAgencyProof(db: Executor, agencyId: string, requestId: string, fileId: string) {
  const [row] = await db
    .select({ file: storedFiles })
    .from(activationRequestFiles)
    .innerJoin(activationRequests, eq(activationRequests.id, activationRequestFiles.activationRequestId))
    .innerJoin(storedFiles, eq(storedFiles.id, activationRequestFiles.fileId))
    .where(
      and(
        eq(activationRequestFiles.activationRequestId, requestId),
        eq(activationRequestFiles.fileId, fileId),
        eq(activationRequests.agencyId, agencyId),
      ),
    );
  return row?.file;
}

export async function recordDecision(
  db: Executor,
  agencyId: string,
  requestId: string,
  decision: {
    status: Exclude<ActivationStatus, 'pending'>;
    decidedByStaffId: string;
    decidedAt: Date;
    matchedPersonId?: string;
    rejectionReason?: string;
  },
): Promise<ActivationRequestRow> {
  const [row] = await db
    .update(activationRequests)
    .set(decision)
    .where(
      and(
        eq(activationRequests.id, requestId),
        eq(activationRequests.agencyId, agencyId),
        eq(activationRequests.status, 'pending'),
      ),
    )
    .returning();
  if (!row) throw new Error('activation request decision updated no row');
  return row;
}

// ——— Reminders: a system job, across agencies ———

/** Locked and skipped by concurrent runs, so two instances never remind twice about the same request. */
export async function claimRequestsDueForReminder(db: Executor, submittedBefore: Date) {
  return db
    .select()
    .from(activationRequests)
    .where(
      and(
        eq(activationRequests.status, 'pending'),
        isNull(activationRequests.staffRemindedAt),
        lte(activationRequests.createdAt, submittedBefore),
      ),
    )
    .orderBy(asc(activationRequests.agencyId), asc(activationRequests.createdAt))
    .for('update', { skipLocked: true });
}

export async function listAgencyManagers(db: Executor, agencyId: string) {
  return db
    .select({ firstName: staffMembers.firstName, lastName: staffMembers.lastName, email: staffMembers.email })
    .from(staffMembers)
    .where(and(eq(staffMembers.agencyId, agencyId), eq(staffMembers.role, 'manager')))
    .orderBy(asc(staffMembers.lastName), asc(staffMembers.firstName));
}

export async function markReminded(db: Executor, requestIds: string[], at: Date): Promise<void> {
  if (requestIds.length === 0) return;
  await db.update(activationRequests).set({ staffRemindedAt: at }).where(inArray(activationRequests.id, requestIds));
}
