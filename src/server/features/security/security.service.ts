import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import { revokeAccountSessions } from '../../platform/auth/sessions.repository.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import { listAccountEvents, listLiveSessions, revokeOwnSession } from './security.repository.ts';

interface Evidence {
  ipAddress: string;
  userAgent: string | null;
}

/** A person's view of their own account's security: devices signed in, and what happened on the account. */
export class SecurityService {
  constructor(private readonly db: Database) {}

  listSessions(viewer: Viewer) {
    return listLiveSessions(this.db, viewer.accountId, new Date());
  }

  async revokeSession(viewer: Viewer, sessionId: string, evidence: Evidence): Promise<void> {
    await this.db.transaction(async (tx) => {
      const revoked = await revokeOwnSession(tx, viewer.accountId, sessionId, new Date());
      if (revoked === 0) throw new AppError('NOT_FOUND', "Cette session n'existe pas ou est déjà terminée.");
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'session.revoked',
        targetType: 'session',
        targetId: sessionId,
        ...evidence,
      });
    });
  }

  /** "Déconnecter les autres appareils": every session but this one. */
  async revokeOtherSessions(viewer: Viewer, evidence: Evidence): Promise<number> {
    return this.db.transaction(async (tx) => {
      const count = await revokeAccountSessions(tx, viewer.accountId, new Date(), viewer.sessionId);
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'session.revoked_others',
        details: { count },
        ...evidence,
      });
      return count;
    });
  }

  listAccessEvents(viewer: Viewer, limit = 100) {
    return listAccountEvents(this.db, viewer.accountId, limit);
  }
}
