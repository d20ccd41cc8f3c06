import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { homeFactories } from '../../../../test/support/home-factories.ts';
import { type CallAs, callAs } from '../../../../test/support/sessions.ts';
import { auditEvents, notifications, personDetailChanges, persons } from '../../db/schema/index.ts';

describe('the notification bell and the manager’s notifications', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let home: ReturnType<typeof homeFactories>;
  let call: CallAs;
  let agencyId: string;
  let alice: Awaited<ReturnType<ReturnType<typeof factories>['client']>>;
  let bruno: Awaited<ReturnType<ReturnType<typeof factories>['client']>>;
  let managerEmail: string;

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    home = homeFactories(t.database.db);
    call = callAs(t.app);
    const agency = await make.agency({ name: 'Cabinet Cloche' });
    agencyId = agency.id;
    managerEmail = (await make.staffMember(agency.id)).email;
    alice = await make.client(agency.id, { civility: 'MME', firstName: 'Alice', lastName: 'Roux' });
    bruno = await make.client(agency.id, { firstName: 'Bruno', lastName: 'Petit' });
  });
  afterAll(() => t.close());

  it('needs a session, and is a client’s bell only: staff are answered 404', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
    const staff = await call(managerEmail, 'GET', '/api/notifications');
    expect(staff.statusCode).toBe(404);
    expect(staff.json().code).toBe('NOT_FOUND');
  });

  it('lists the person’s own notifications, newest first, with the unread count; reading one, then all', async () => {
    const older = await home.notification(agencyId, alice.person.id, {
      title: 'Assemblée générale le 12 juin',
      createdAt: new Date('2026-05-01T08:00:00Z'),
    });
    const newer = await home.notification(agencyId, alice.person.id, {
      kind: 'document',
      title: 'Nouveau document : Procès-verbal',
      link: '/documents',
      createdAt: new Date('2026-05-03T08:00:00Z'),
    });
    await home.notification(agencyId, alice.person.id, {
      title: 'Déjà lue',
      createdAt: new Date('2026-04-01T08:00:00Z'),
      readAt: new Date('2026-04-02T08:00:00Z'),
    });
    const brunos = await home.notification(agencyId, bruno.person.id, { title: 'Pour Bruno seulement' });

    const list = await call(alice.reference, 'GET', '/api/notifications');
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.unreadCount).toBe(2);
    expect(body.items.map((item: { title: string }) => item.title)).toEqual([
      'Nouveau document : Procès-verbal',
      'Assemblée générale le 12 juin',
      'Déjà lue',
    ]);
    expect(body.items[0]).toMatchObject({ id: newer.id, kind: 'document', link: '/documents', readAt: null });

    const limited = (await call(alice.reference, 'GET', '/api/notifications?limit=1')).json();
    expect(limited.items).toHaveLength(1);
    expect(limited.unreadCount).toBe(2);
    expect((await call(alice.reference, 'GET', '/api/notifications?limit=0')).statusCode).toBe(400);

    // Bruno's notification, whatever its id, is not Alice's to read: 404, and it stays unread.
    const foreign = await call(alice.reference, 'POST', `/api/notifications/${brunos.id}/read`);
    expect(foreign.statusCode).toBe(404);
    const [stillUnread] = await t.database.db.select().from(notifications).where(eq(notifications.id, brunos.id));
    expect(stillUnread?.readAt).toBeNull();

    const read = await call(alice.reference, 'POST', `/api/notifications/${older.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({ unreadCount: 1 });
    // Reading it again keeps the first reading time.
    const firstReading = (await t.database.db.select().from(notifications).where(eq(notifications.id, older.id)))[0]?.readAt;
    await call(alice.reference, 'POST', `/api/notifications/${older.id}/read`);
    const again = (await t.database.db.select().from(notifications).where(eq(notifications.id, older.id)))[0]?.readAt;
    expect(again).toEqual(firstReading);

    const all = await call(alice.reference, 'POST', '/api/notifications/read-all');
    expect(all.json()).toEqual({ unreadCount: 0 });
    expect((await call(alice.reference, 'GET', '/api/notifications')).json().unreadCount).toBe(0);
    // Bruno's bell is untouched by Alice's "Tout marquer comme lu".
    const brunoList = (await call(bruno.reference, 'GET', '/api/notifications')).json();
    expect(brunoList).toMatchObject({ unreadCount: 1, items: [{ title: 'Pour Bruno seulement' }] });
  });

  it('switches the daily digest off and on, and records the change in the person’s history', async () => {
    expect((await call(alice.reference, 'GET', '/api/me/notification-preferences')).json()).toEqual({
      digestEmail: true,
      hasEmail: true,
    });
    const off = await call(alice.reference, 'PATCH', '/api/me/notification-preferences', { digestEmail: false });
    expect(off.statusCode).toBe(200);
    expect(off.json()).toEqual({ digestEmail: false, hasEmail: true });
    const [person] = await t.database.db.select().from(persons).where(eq(persons.id, alice.person.id));
    expect(person?.notificationDigestEmail).toBe(false);
    const history = await t.database.db
      .select()
      .from(personDetailChanges)
      .where(eq(personDetailChanges.personId, alice.person.id));
    expect(history).toMatchObject([{ field: 'notificationDigestEmail', previousValue: 'true', newValue: 'false' }]);

    const invalid = await call(alice.reference, 'PATCH', '/api/me/notification-preferences', { digestEmail: 'non' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().details.fields[0].field).toBe('digestEmail');
    await call(alice.reference, 'PATCH', '/api/me/notification-preferences', { digestEmail: true });
    expect((await call(bruno.reference, 'GET', '/api/me/notification-preferences')).json().digestEmail).toBe(true);
    expect((await call(managerEmail, 'GET', '/api/me/notification-preferences')).statusCode).toBe(404);
  });

  describe('POST /api/staff/notifications', () => {
    it('reaches exactly the condominium’s current co-owners and council members, once each', async () => {
      const agency = await make.agency({ name: 'Cabinet Syndic' });
      const manager = await make.staffMember(agency.id);
      const { condominium, lots } = await make.condominium(agency.id, 4);
      const [lotA, lotB, lotC, lotD] = lots.map((lot) => lot.id) as [string, string, string, string];
      const owner = await make.client(agency.id, { lastName: 'Proprio' });
      await make.ownership(owner.person.id, lotA);
      await make.ownership(owner.person.id, lotB);
      await make.councilMembership(owner.person.id, condominium.id);
      const jointA = await make.client(agency.id, { lastName: 'Indivis' });
      const jointB = await make.client(agency.id, { lastName: 'Indivise' });
      await make.ownership(jointA.person.id, lotC, { kind: 'indivision' });
      await make.ownership(jointB.person.id, lotC, { kind: 'indivision', isRepresentative: false });
      const councilOnly = await make.client(agency.id, { lastName: 'Conseil' });
      await make.councilMembership(councilOnly.person.id, condominium.id);
      const seller = await make.client(agency.id, { lastName: 'Vendeur' });
      await make.ownership(seller.person.id, lotD, { endDate: '2024-01-01' });
      const formerCouncil = await make.client(agency.id, { lastName: 'Ancien' });
      await make.councilMembership(formerCouncil.person.id, condominium.id, { endDate: '2024-06-30' });
      const elsewhere = await make.condominium(agency.id, 1);
      const neighbour = await make.client(agency.id, { lastName: 'Voisin' });
      await make.ownership(neighbour.person.id, elsewhere.lots[0]?.id ?? '');

      const response = await call(manager.email, 'POST', '/api/staff/notifications', {
        condominiumId: condominium.id,
        title: 'Coupure d’eau jeudi',
        body: 'L’eau sera coupée jeudi de 9h à 12h pour des travaux sur la colonne.',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ recipients: 4 });

      const rows = await t.database.db.select().from(notifications).where(eq(notifications.title, 'Coupure d’eau jeudi'));
      expect(rows.map((row) => row.personId).sort()).toEqual(
        [owner, jointA, jointB, councilOnly].map((client) => client.person.id).sort(),
      );
      expect(rows.every((row) => row.kind === 'manager_message' && row.agencyId === agency.id)).toBe(true);

      const bell = (await call(councilOnly.reference, 'GET', '/api/notifications')).json();
      expect(bell).toMatchObject({
        unreadCount: 1,
        items: [{ kind: 'manager_message', title: 'Coupure d’eau jeudi', body: expect.stringContaining('9h à 12h') }],
      });
      const [audit] = await t.database.db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, 'notification.sent'), eq(auditEvents.targetId, condominium.id)));
      expect(audit?.details).toMatchObject({ recipients: 4 });
    });

    it('reaches one client of the agency', async () => {
      const manager = await make.staffMember(agencyId);
      const response = await call(manager.email, 'POST', '/api/staff/notifications', {
        personId: bruno.person.id,
        title: 'Votre attestation est prête',
        body: 'Elle est disponible à l’agence.',
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({ recipients: 1 });
      const titles = (await call(bruno.reference, 'GET', '/api/notifications'))
        .json()
        .items.map((i: { title: string }) => i.title);
      expect(titles).toContain('Votre attestation est prête');
    });

    it('answers 404 for another agency’s condominium or client, and writes nothing', async () => {
      const other = await make.agency({ name: 'Cabinet Autre' });
      const { condominium } = await make.condominium(other.id, 1);
      const foreignClient = await make.client(other.id);
      const before = (await t.database.db.select().from(notifications)).length;
      for (const target of [{ condominiumId: condominium.id }, { personId: foreignClient.person.id }]) {
        const response = await call(managerEmail, 'POST', '/api/staff/notifications', {
          ...target,
          title: 'Intrusion',
          body: 'Ne doit jamais arriver.',
        });
        expect(response.statusCode).toBe(404);
        expect(response.json().code).toBe('NOT_FOUND');
      }
      expect((await t.database.db.select().from(notifications)).length).toBe(before);
    });

    it('refuses a missing target, two targets, an empty title; and clients may not use it', async () => {
      const both = await call(managerEmail, 'POST', '/api/staff/notifications', {
        condominiumId: '00000000-0000-4000-8000-000000000000',
        personId: bruno.person.id,
        title: 'x',
        body: 'y',
      });
      expect(both.statusCode).toBe(400);
      expect(both.json().message).toContain('Choisissez soit une copropriété, soit un client.');
      const empty = await call(managerEmail, 'POST', '/api/staff/notifications', {
        personId: bruno.person.id,
        title: ' ',
        body: 'y',
      });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().details.fields).toEqual([{ field: 'title', message: 'Saisissez le titre de la notification.' }]);
      const client = await call(alice.reference, 'POST', '/api/staff/notifications', {
        personId: bruno.person.id,
        title: 'x',
        body: 'y',
      });
      expect(client.statusCode).toBe(404);
    });
  });
});
