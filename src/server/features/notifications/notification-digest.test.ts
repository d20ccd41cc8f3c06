import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { homeFactories } from '../../../../test/support/home-factories.ts';
import { notifications, outboxMessages, persons } from '../../db/schema/index.ts';
import { NOTIFICATION_DIGEST_QUEUE, startJobs } from '../../platform/jobs.ts';
import { Outbox } from '../../platform/messaging/outbox.ts';
import { sendNotificationDigests } from './notification-digest.ts';

describe('the daily digest "Vos nouveautés sur Palier"', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let home: ReturnType<typeof homeFactories>;
  let agencyId: string;
  const morning = new Date('2026-05-04T05:00:00Z');

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://portail.example' });
    make = factories(t.database.db);
    home = homeFactories(t.database.db);
    agencyId = (await make.agency({ name: 'ImmoTest Syndic' })).id;
  });
  afterAll(() => t.close());

  const digest = (now: Date) => sendNotificationDigests(t.database.db, new Outbox({ demoMode: true }), t.config, now);
  const emailsTo = (recipient: string) =>
    t.database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, recipient));
  const emailedAt = async (ids: string[]) =>
    (await t.database.db.select().from(notifications).where(inArray(notifications.id, ids))).map((row) => row.emailedAt);
  const yesterday = (hour: number) => new Date(`2026-05-03T${String(hour).padStart(2, '0')}:00:00Z`);

  it('sends one email per person listing every new title with its link, then never again for the same ones', async () => {
    const reader = await make.client(agencyId, { email: 'lecteur@example.fr' });
    const first = await home.notification(agencyId, reader.person.id, {
      kind: 'document',
      title: 'Nouveau document : Procès-verbal de l’AG 2026',
      link: '/documents?document=abc',
      createdAt: yesterday(9),
    });
    const second = await home.notification(agencyId, reader.person.id, {
      title: 'Coupure d’eau jeudi',
      createdAt: yesterday(15),
    });
    // Already read in the app: the digest still lists it (it was never emailed).
    const third = await home.notification(agencyId, reader.person.id, {
      title: 'Assemblée générale le 12 juin',
      createdAt: yesterday(16),
      readAt: yesterday(17),
    });

    const result = await digest(morning);
    expect(result).toMatchObject({ emails: 1 });
    const [email, ...others] = await emailsTo('lecteur@example.fr');
    expect(others).toEqual([]);
    expect(email?.subject).toBe('Vos nouveautés sur Palier');
    expect(email?.agencyId).toBe(agencyId);
    expect(email?.textBody).toContain('Voici les 3 nouveautés');
    expect(email?.textBody).toContain(
      '• Nouveau document : Procès-verbal de l’AG 2026\n  https://portail.example/documents?document=abc',
    );
    expect(email?.textBody).toContain('• Coupure d’eau jeudi');
    expect(email?.textBody).toContain('• Assemblée générale le 12 juin');
    expect(email?.textBody).toContain('https://portail.example/profil');
    expect(email?.textBody).toContain('Pour ne plus le recevoir');
    expect(email?.htmlBody).toContain('Procès-verbal de l’AG 2026');
    expect(await emailedAt([first.id, second.id, third.id])).toEqual([morning, morning, morning]);

    // The next morning: nothing new, nothing sent; a new notification is sent alone.
    await digest(new Date('2026-05-05T05:00:00Z'));
    expect(await emailsTo('lecteur@example.fr')).toHaveLength(1);
    await home.notification(agencyId, reader.person.id, {
      title: 'Visite de l’ascensoriste',
      createdAt: new Date('2026-05-05T10:00:00Z'),
    });
    await digest(new Date('2026-05-06T05:00:00Z'));
    const emails = await emailsTo('lecteur@example.fr');
    expect(emails).toHaveLength(2);
    const latest = emails.find((message) => message.textBody.includes('Visite de l’ascensoriste'));
    expect(latest?.textBody).toContain('Voici la nouveauté');
    expect(latest?.textBody).not.toContain('Coupure d’eau');
  });

  it('emails no one who switched it off or has no address, but marks their notifications handled for good', async () => {
    const optedOut = await make.client(agencyId, { email: 'sans-resume@example.fr' });
    await t.database.db.update(persons).set({ notificationDigestEmail: false }).where(eq(persons.id, optedOut.person.id));
    const noEmail = await make.client(agencyId, { email: null });
    const quiet = await home.notification(agencyId, optedOut.person.id, { title: 'Silencieuse', createdAt: yesterday(8) });
    const unreachable = await home.notification(agencyId, noEmail.person.id, { title: 'Injoignable', createdAt: yesterday(8) });

    await digest(morning);
    expect(await emailsTo('sans-resume@example.fr')).toEqual([]);
    const everything = await t.database.db.select().from(outboxMessages);
    expect(
      everything.some((message) => message.textBody.includes('Silencieuse') || message.textBody.includes('Injoignable')),
    ).toBe(false);
    expect(await emailedAt([quiet.id, unreachable.id])).toEqual([morning, morning]);

    // Switching it back on never sends the backlog: only what is new from then on.
    await t.database.db.update(persons).set({ notificationDigestEmail: true }).where(eq(persons.id, optedOut.person.id));
    await home.notification(agencyId, optedOut.person.id, {
      title: 'Après réactivation',
      createdAt: new Date('2026-05-04T09:00:00Z'),
    });
    await digest(new Date('2026-05-05T05:00:00Z'));
    const [email, ...others] = await emailsTo('sans-resume@example.fr');
    expect(others).toEqual([]);
    expect(email?.textBody).toContain('Après réactivation');
    expect(email?.textBody).not.toContain('Silencieuse');
  });

  it('leaves for tomorrow a notification written after the run started', async () => {
    const late = await make.client(agencyId, { email: 'tardif@example.fr' });
    const afterRun = await home.notification(agencyId, late.person.id, {
      title: 'Après le passage',
      createdAt: new Date('2026-05-07T06:00:00Z'),
    });
    await digest(new Date('2026-05-07T05:00:00Z'));
    expect(await emailsTo('tardif@example.fr')).toEqual([]);
    expect(await emailedAt([afterRun.id])).toEqual([null]);
  });

  it('sends each person one email even when two workers run at the same moment', async () => {
    const recipients: string[] = [];
    for (let index = 0; index < 12; index++) {
      const client = await make.client(agencyId, { email: `concurrent-${index}@example.fr` });
      recipients.push(`concurrent-${index}@example.fr`);
      await home.notification(agencyId, client.person.id, {
        title: `Concurrence ${index}`,
        createdAt: new Date('2026-05-07T08:00:00Z'),
      });
      await home.notification(agencyId, client.person.id, {
        title: `Concurrence bis ${index}`,
        createdAt: new Date('2026-05-07T09:00:00Z'),
      });
    }
    const at = new Date('2026-05-08T05:00:00Z');
    const [a, b] = await Promise.all([digest(at), digest(at)]);
    // Between them the two runs handled each pending notification once (the 24 above and the late one).
    expect((a?.notifications ?? 0) + (b?.notifications ?? 0)).toBe(25);
    const sent = await t.database.db.select().from(outboxMessages).where(inArray(outboxMessages.recipient, recipients));
    expect(sent.map((message) => message.recipient).sort()).toEqual([...recipients].sort());
    for (const message of sent) expect(message.textBody).toContain('Voici les 2 nouveautés');
  });

  it('runs as a pg-boss job every day at 07:00, Paris time', async () => {
    const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
    const jobs = await startJobs({ databaseUrl: t.database.url, config: t.config, db: t.database.db, log: silent });
    try {
      const schedules = await t.database.pool.query('select name, cron, options from pgboss.schedule where name = $1', [
        NOTIFICATION_DIGEST_QUEUE,
      ]);
      expect(schedules.rows).toMatchObject([
        { name: NOTIFICATION_DIGEST_QUEUE, cron: '0 7 * * *', options: { tz: 'Europe/Paris' } },
      ]);
    } finally {
      await jobs.stop();
    }
  });
});
