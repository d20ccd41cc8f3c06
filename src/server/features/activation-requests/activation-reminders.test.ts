import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { activationRequests, outboxMessages } from '../../db/schema/index.ts';
import { ACTIVATION_REMINDERS_QUEUE, startJobs } from '../../platform/jobs.ts';
import { Outbox } from '../../platform/messaging/outbox.ts';
import { remindStaffOfWaitingRequests } from './activation-reminders.ts';

const HOUR = 3_600_000;

describe('reminders about activation requests waiting for more than 24 hours', () => {
  let t: TestApp;
  const now = new Date('2026-03-10T09:00:00Z');

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const remind = (at: Date) =>
    remindStaffOfWaitingRequests({ db: t.database.db, outbox: new Outbox({ demoMode: true }), config: t.config }, at);

  const request = async (agencyId: string, lastName: string, hoursAgo: number, status: 'pending' | 'rejected' = 'pending') => {
    const [row] = await t.database.db
      .insert(activationRequests)
      .values({
        agencyId,
        civility: 'MME',
        firstName: 'Lucie',
        lastName,
        email: `${lastName.toLowerCase()}@example.fr`,
        trackingTokenHash: randomUUID(),
        status,
        createdAt: new Date(now.getTime() - hoursAgo * HOUR),
      })
      .returning();
    if (!row) throw new Error('no row');
    return row.id;
  };
  const emailsTo = (recipients: string[]) =>
    t.database.db.select().from(outboxMessages).where(inArray(outboxMessages.recipient, recipients));
  const remindedAt = async (id: string) =>
    (await t.database.db.select().from(activationRequests).where(eq(activationRequests.id, id)))[0]?.staffRemindedAt;

  it("emails each manager of the agency once per request, after 24 hours only; other agencies' managers never", async () => {
    const make = factories(t.database.db);
    const agency = await make.agency({ name: 'Agence Rappel' });
    const managers = [
      await make.staffMember(agency.id, { firstName: 'Claire' }),
      await make.staffMember(agency.id, { firstName: 'Paul' }),
    ];
    const accountant = await make.staffMember(agency.id, { role: 'accountant' });
    const other = await make.agency();
    const otherManager = await make.staffMember(other.id);
    const managerEmails = managers.map((manager) => manager.email);

    const late = await request(agency.id, 'Tardif', 25);
    const recent = await request(agency.id, 'Recent', 23);
    const decided = await request(agency.id, 'Decide', 40, 'rejected');

    expect(await remind(now)).toMatchObject({ emails: 2 });
    const sent = await emailsTo(managerEmails);
    expect(sent.map((email) => email.recipient).sort()).toEqual([...managerEmails].sort());
    for (const email of sent) {
      expect(email.subject).toBe("Une demande d'accès attend depuis plus de 24 heures");
      expect(email.textBody).toContain('Mme Lucie Tardif, déposée le 09/03/2026 à 09:00 (il y a 25 heures)');
      expect(email.textBody).not.toContain('Recent');
      expect(email.textBody).toContain(`${t.config.publicUrl}/gestion/demandes-acces`);
    }
    expect(sent.find((email) => email.recipient === managers[1]?.email)?.textBody).toContain('Bonjour Paul,');
    expect(await emailsTo([accountant.email, otherManager.email])).toEqual([]);
    expect(await remindedAt(late)).toEqual(now);
    expect(await remindedAt(recent)).toBeNull();
    expect(await remindedAt(decided)).toBeNull();

    // The next run (the job runs every quarter of an hour) reminds no one about the same request again.
    const later = new Date(now.getTime() + 15 * 60_000);
    await remind(later);
    expect(await emailsTo(managerEmails)).toHaveLength(2);

    // Two hours later the second request has waited 25 hours in turn: one more reminder, about it alone.
    const afterwards = new Date(now.getTime() + 2 * HOUR);
    await remind(afterwards);
    const all = await emailsTo(managerEmails);
    expect(all).toHaveLength(4);
    expect(all.filter((email) => email.textBody.includes('Recent'))).toHaveLength(2);
    expect(all.filter((email) => email.textBody.includes('Tardif'))).toHaveLength(2);
    expect(await remindedAt(recent)).toEqual(afterwards);
  });

  it('reaches an agency without a manager at its own address, with every request in one email', async () => {
    const make = factories(t.database.db);
    const agency = await make.agency({ email: 'contact@sans-gestionnaire.example' });
    await request(agency.id, 'Premiere', 30);
    await request(agency.id, 'Seconde', 26);
    await remind(now);
    const [email, ...others] = await emailsTo(['contact@sans-gestionnaire.example']);
    expect(others).toEqual([]);
    expect(email?.subject).toBe("2 demandes d'accès attendent depuis plus de 24 heures");
    expect(email?.textBody).toContain('Premiere');
    expect(email?.textBody).toContain('Seconde');
  });

  it('runs as a pg-boss job scheduled every quarter of an hour', async () => {
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const jobs = await startJobs({ databaseUrl: t.database.url, config: t.config, db: t.database.db, log: silent });
    try {
      const schedules = await t.database.pool.query('select name, cron from pgboss.schedule where name = $1', [
        ACTIVATION_REMINDERS_QUEUE,
      ]);
      expect(schedules.rows).toEqual([{ name: ACTIVATION_REMINDERS_QUEUE, cron: '*/15 * * * *' }]);
    } finally {
      await jobs.stop();
    }
  });
});
