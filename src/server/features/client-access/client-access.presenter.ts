import { displayName } from '../../../domain/person-name.ts';
import { describeDevice } from '../security/security.presenter.ts';
import type { ClientAccess, ClientAccessEvent } from './client-access.schema.ts';
import type { AccountRow, AgencyClient, AuditEventRow, findBlock, listEmailChanges } from './client-account.repository.ts';

type BlockRow = NonNullable<Awaited<ReturnType<typeof findBlock>>>;
type EmailChangeRow = Awaited<ReturnType<typeof listEmailChanges>>[number];

const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 ? value : null);
const fullName = (first: string | null, last: string | null) => [first, last].filter(Boolean).join(' ') || null;

/** What the agency did is signed in `details.actor` (see client-access.service.ts); sign-ins carry their method. */
export function presentClientEvent(event: AuditEventRow): ClientAccessEvent {
  const details = event.details ?? {};
  const actor = (details.actor ?? {}) as Record<string, unknown>;
  return {
    id: event.id,
    action: event.action,
    occurredAt: event.occurredAt.toISOString(),
    ipAddress: event.ipAddress ?? text(actor.ipAddress),
    device: event.userAgent
      ? describeDevice(event.userAgent)
      : text(actor.userAgent)
        ? describeDevice(text(actor.userAgent))
        : null,
    method: text(details.method),
    failureReason: event.action.startsWith('login.') ? text(details.reason) : null,
    actorName: text(actor.name),
    reason: event.action.startsWith('agency.') ? text(details.reason) : null,
  };
}

export function accountStatusOf(account: AccountRow | null, blocked: boolean, now: Date): ClientAccess['account']['status'] {
  if (!account) return 'no_account';
  if (blocked) return 'blocked';
  if (account.lockedUntil && account.lockedUntil > now) return 'locked';
  if (!account.passwordHash) return 'never_connected';
  return 'active';
}

export function presentAccount(account: AccountRow | null, block: BlockRow | undefined, now: Date): ClientAccess['account'] {
  return {
    status: accountStatusOf(account, block !== undefined, now),
    email: account?.email ?? null,
    hasPassword: Boolean(account?.passwordHash),
    lastLoginAt: account?.lastLoginAt?.toISOString() ?? null,
    lockedUntil: account?.lockedUntil && account.lockedUntil > now ? account.lockedUntil.toISOString() : null,
    blocked: block
      ? {
          reason: block.reason,
          since: block.createdAt.toISOString(),
          byName: fullName(block.blockedByFirstName, block.blockedByLastName),
        }
      : null,
  };
}

export const presentEmailChange = (change: EmailChangeRow): ClientAccess['emailHistory'][number] => {
  const staffName = fullName(change.changedByFirstName, change.changedByLastName);
  return {
    id: change.id,
    previousEmail: change.previousEmail,
    newEmail: change.newEmail,
    changedBy: staffName ? 'agency' : change.changedByPersonId ? 'client' : 'unknown',
    changedByName: staffName,
    reason: change.reason,
    createdAt: change.createdAt.toISOString(),
  };
};

export function presentIdentity(client: AgencyClient) {
  const { person } = client;
  return {
    personId: person.id,
    displayName: displayName(person),
    companyName: person.companyName,
    mobilePhone: person.mobilePhone,
    landlinePhone: person.landlinePhone,
    address: [person.addressLine1, person.addressLine2, [person.postalCode, person.city].filter(Boolean).join(' ')].filter(
      (line): line is string => Boolean(line),
    ),
    references: client.references,
  };
}
