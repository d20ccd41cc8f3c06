import { displayName } from '../../../domain/person-name.ts';
import type { findRegistrant, PasskeyRow } from './passkeys.repository.ts';
import type { PasskeyView } from './passkeys.schema.ts';

export const presentPasskey = (row: PasskeyRow): PasskeyView => ({
  id: row.id,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  backedUp: row.backedUp,
});

type Registrant = NonNullable<Awaited<ReturnType<typeof findRegistrant>>>;

/**
 * How the authenticator lists the key when the person picks one: the login they know (the identifier of their
 * calls for funds, else their email) and the name their agency's letters use.
 */
export function registrantLabels(registrant: Registrant): { userName: string; displayName: string } {
  const shownName =
    registrant.civility && (registrant.lastName || registrant.companyName)
      ? displayName({
          civility: registrant.civility,
          firstName: registrant.firstName,
          lastName: registrant.lastName,
          companyName: registrant.companyName,
        })
      : [registrant.staffFirstName, registrant.staffLastName].filter(Boolean).join(' ');
  const userName = registrant.reference ?? registrant.email ?? shownName;
  return { userName, displayName: shownName || userName };
}
