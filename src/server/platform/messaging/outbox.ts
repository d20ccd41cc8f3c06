import type { Executor } from '../../db/client.ts';
import { insertOutboxMessage, listRecentOutboxMessages, type OutboxMessageRow } from './outbox.repository.ts';

export interface OutgoingEmail {
  agencyId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface OutgoingSms {
  agencyId?: string | null;
  /** French mobile number as entered, e.g. "06 12 34 56 78". */
  to: string;
  text: string;
}

/**
 * Emails and SMS are written to the outbox inside the caller's transaction (pass the transaction as `db`),
 * then delivered after commit. In demo mode they are kept, never sent, and listed on the demo outbox page.
 */
export class Outbox {
  /**
   * `afterQueued` runs right after each insert, before the caller's transaction commits: it may only ask for
   * a delivery run later (`Jobs.notifyQueued`), never send.
   */
  constructor(private readonly options: { demoMode: boolean; afterQueued?: () => void }) {}

  async queueEmail(db: Executor, email: OutgoingEmail): Promise<string> {
    return this.queue(db, {
      agencyId: email.agencyId ?? null,
      channel: 'email',
      recipient: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html ?? null,
    });
  }

  async queueSms(db: Executor, sms: OutgoingSms): Promise<string> {
    return this.queue(db, {
      agencyId: sms.agencyId ?? null,
      channel: 'sms',
      recipient: sms.to,
      subject: null,
      textBody: sms.text,
      htmlBody: null,
    });
  }

  listRecent(db: Executor, limit = 200): Promise<OutboxMessageRow[]> {
    return listRecentOutboxMessages(db, limit);
  }

  private async queue(db: Executor, message: Omit<Parameters<typeof insertOutboxMessage>[1], 'status'>): Promise<string> {
    const id = await insertOutboxMessage(db, { ...message, status: this.options.demoMode ? 'kept' : 'pending' });
    this.options.afterQueued?.();
    return id;
  }
}
