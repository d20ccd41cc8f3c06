/**
 * Who is asking. Every repository query that returns client data is scoped by the viewer: a client sees what
 * their ownerships, council seats, mandates and leases reach; a staff member sees their agency.
 */
export type Viewer =
  | { kind: 'client'; accountId: string; sessionId: string; personId: string }
  | { kind: 'staff'; accountId: string; sessionId: string; staffMemberId: string; agencyId: string };
