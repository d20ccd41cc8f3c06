import { parisDate } from '../../../domain/calendar.ts';
import type { Database } from '../../db/client.ts';
import { recordAuditEvent } from '../../platform/audit.ts';
import type { Viewer } from '../../platform/auth/viewer.ts';
import { AppError } from '../../platform/errors.ts';
import type { Evidence } from '../../platform/http/evidence.ts';
import { presentNotification } from './notifications.presenter.ts';
import {
  countUnread,
  findAgencyCondominium,
  findDigestPreference,
  insertNotifications,
  isAgencyClient,
  listCondominiumPersons,
  listPersonNotifications,
  markAllRead,
  markRead,
  recordPreferenceChange,
  updateDigestPreference,
} from './notifications.repository.ts';
import type { StaffNotificationBody } from './notifications.schema.ts';

type ClientViewer = Extract<Viewer, { kind: 'client' }>;
type StaffViewer = Extract<Viewer, { kind: 'staff' }>;

const notFound = () => new AppError('NOT_FOUND', "Cette notification n'existe pas.");

/**
 * The bell of the home page: a person's own notifications, read one by one or all at once; the digest
 * switch of the profile; and the notifications a manager writes to a condominium or to one client.
 */
export class NotificationsService {
  constructor(private readonly db: Database) {}

  async list(viewer: ClientViewer, limit: number) {
    const [items, unreadCount] = await Promise.all([
      listPersonNotifications(this.db, viewer.personId, limit),
      countUnread(this.db, viewer.personId),
    ]);
    return { unreadCount, items: items.map(presentNotification) };
  }

  async read(viewer: ClientViewer, notificationId: string, now = new Date()) {
    const marked = await markRead(this.db, viewer.personId, notificationId, now);
    if (!marked) throw notFound();
    return { unreadCount: await countUnread(this.db, viewer.personId) };
  }

  async readAll(viewer: ClientViewer, now = new Date()) {
    await markAllRead(this.db, viewer.personId, now);
    return { unreadCount: 0 };
  }

  async preferences(viewer: ClientViewer) {
    const row = await findDigestPreference(this.db, viewer.personId);
    if (!row) throw new AppError('NOT_FOUND');
    return { digestEmail: row.digestEmail, hasEmail: Boolean(row.email) };
  }

  async setDigest(viewer: ClientViewer, digestEmail: boolean) {
    await this.db.transaction(async (tx) => {
      const current = await findDigestPreference(tx, viewer.personId);
      if (!current) throw new AppError('NOT_FOUND');
      if (current.digestEmail === digestEmail) return;
      await updateDigestPreference(tx, viewer.personId, digestEmail);
      await recordPreferenceChange(tx, {
        personId: viewer.personId,
        previous: current.digestEmail,
        next: digestEmail,
        accountId: viewer.accountId,
      });
    });
    return this.preferences(viewer);
  }

  /**
   * "Notifications de votre gestionnaire": to everyone related to a condominium of the agency today (its
   * co-owners and council members), or to one client of the agency. Anything else reads as not found.
   */
  async notifyFromStaff(viewer: StaffViewer, input: StaffNotificationBody, evidence: Evidence, now = new Date()) {
    return this.db.transaction(async (tx) => {
      let personIds: string[];
      let target: { type: 'condominium' | 'person'; id: string };
      if (input.condominiumId) {
        const condominium = await findAgencyCondominium(tx, viewer.agencyId, input.condominiumId);
        if (!condominium) throw new AppError('NOT_FOUND', "Cette copropriété n'existe pas ou n'est pas gérée par votre agence.");
        personIds = await listCondominiumPersons(tx, condominium.id, parisDate(now));
        target = { type: 'condominium', id: condominium.id };
      } else {
        const personId = input.personId ?? '';
        if (!(await isAgencyClient(tx, viewer.agencyId, personId)))
          throw new AppError('NOT_FOUND', "Ce client n'existe pas ou n'est pas un client de votre agence.");
        personIds = [personId];
        target = { type: 'person', id: personId };
      }
      await insertNotifications(
        tx,
        personIds.map((personId) => ({
          agencyId: viewer.agencyId,
          personId,
          kind: 'manager_message' as const,
          title: input.title,
          body: input.body,
          link: null,
        })),
      );
      await recordAuditEvent(tx, {
        accountId: viewer.accountId,
        action: 'notification.sent',
        targetType: target.type,
        targetId: target.id,
        ipAddress: evidence.ipAddress,
        userAgent: evidence.userAgent,
        details: { title: input.title, recipients: personIds.length },
      });
      return { recipients: personIds.length };
    });
  }
}
