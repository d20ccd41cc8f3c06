import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { homeFactories } from '../../../../test/support/home-factories.ts';
import { type CallAs, callAs } from '../../../../test/support/sessions.ts';
import { addDays, parisDate } from '../../../domain/calendar.ts';
import { scheduledEvents } from '../../db/schema/index.ts';
import { AgendaService } from './agenda.service.ts';

type Client = Awaited<ReturnType<ReturnType<typeof factories>['client']>>;

describe('"À venir": GET /api/agenda and the staff’s announced events', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let home: ReturnType<typeof homeFactories>;
  let call: CallAs;
  let agencyId: string;
  let managerEmail: string;
  let condominiumId: string;
  let building: { A: string; B: string };
  let coOwnerA: Client;
  let councillor: Client;
  let tenantB: Client;
  let leavingTenant: Client;
  let landlord: Client;
  let foreign: { condominiumId: string; eventId: string; managerEmail: string; buildingId: string };
  // Fixed for the service-level checks; HTTP checks use dates relative to the real today.
  const novemberMorning = new Date('2026-11-15T09:00:00Z');

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    home = homeFactories(t.database.db);
    call = callAs(t.app);
    const agency = await make.agency({ name: 'Cabinet Agenda', kind: 'mixed' });
    agencyId = agency.id;
    managerEmail = (await make.staffMember(agency.id)).email;
    const { condominium, lots } = await make.condominium(agency.id, 4, { name: 'Résidence du Parc' });
    condominiumId = condominium.id;
    const [lotA1, lotA2, lotB1, lotB2] = lots.map((lot) => lot.id) as [string, string, string, string];
    building = {
      A: (await home.building(condominiumId, 'Bâtiment A', [lotA1, lotA2])).id,
      B: (await home.building(condominiumId, 'Bâtiment B', [lotB1, lotB2])).id,
    };
    coOwnerA = await make.client(agency.id, { lastName: 'Aubry' });
    await make.ownership(coOwnerA.person.id, lotA1);
    const second = await make.condominium(agency.id, 1, { name: 'Les Acacias' });
    await make.ownership(coOwnerA.person.id, second.lots[0]?.id ?? '');

    councillor = await make.client(agency.id, { lastName: 'Conseil' });
    await make.ownership(councillor.person.id, lotA2);
    await make.councilMembership(councillor.person.id, condominiumId);

    landlord = await make.client(agency.id, { civility: 'SOCIETE', companyName: 'SCI Parc' });
    const { units } = await make.mandate(agency.id, landlord.person.id, [
      { lotId: lotB1, addressLine1: '2 allée du Parc', city: 'Créteil' },
      {},
    ]);
    const [unitB, otherUnit] = units.map((unit) => unit.id) as [string, string];
    tenantB = await make.client(agency.id, { lastName: 'Locataire' });
    await make.lease(unitB, [tenantB.person.id], { paymentDay: 5 });
    leavingTenant = await make.client(agency.id, { lastName: 'Partant' });
    await make.lease(otherUnit, [leavingTenant.person.id], { endDate: '2026-11-30' });

    const other = await make.agency({ name: 'Cabinet Voisin' });
    const otherCondominium = await make.condominium(other.id, 1);
    const otherEvent = await home.scheduledEvent(other.id, otherCondominium.condominium.id, {
      title: 'Événement d’une autre agence',
      startsOn: addDays(parisDate(new Date()), 3),
    });
    foreign = {
      condominiumId: otherCondominium.condominium.id,
      eventId: otherEvent.id,
      managerEmail: (await make.staffMember(other.id)).email,
      buildingId: (await home.building(otherCondominium.condominium.id, 'Bâtiment Z')).id,
    };
  });
  afterAll(() => t.close());

  const viewerOf = (client: Client) => ({
    kind: 'client' as const,
    accountId: client.account.id,
    sessionId: 'test',
    personId: client.person.id,
  });
  const titles = (items: { title: string }[]) => items.map((item) => item.title);

  describe('for the person (service, on 15 November 2026)', () => {
    beforeAll(async () => {
      const event = (title: string, startsOn: string, values: Partial<typeof scheduledEvents.$inferInsert> = {}) =>
        home.scheduledEvent(agencyId, condominiumId, { title, startsOn, ...values });
      await event('Assemblée générale annuelle', '2026-12-10', { kind: 'assemblee' });
      await event('Ravalement du bâtiment A', '2026-11-20', { buildingId: building.A, endsOn: '2027-01-15' });
      await event('Visite de l’ascenseur du bâtiment B', '2026-11-25', { kind: 'visite', buildingId: building.B });
      await event('Élagage en cours', '2026-11-01', { endsOn: '2026-11-18', kind: 'autre' });
      await event('Déjà passé', '2026-11-10');
      await event('Trop lointain', '2027-02-14');
    });

    it('gives a co-owner the events of the condominium and of their building, and the next provision of each condominium', async () => {
      const { items } = await new AgendaService(t.database.db).upcoming(viewerOf(coOwnerA), novemberMorning);
      expect(titles(items)).toEqual([
        'Élagage en cours',
        'Ravalement du bâtiment A',
        'Assemblée générale annuelle',
        'Appel de fonds du 1er trimestre 2027 — exigible le 1er janvier 2027',
        'Appel de fonds du 1er trimestre 2027 — exigible le 1er janvier 2027',
      ]);
      expect(
        items
          .slice(-2)
          .map((item) => item.condominiumName)
          .sort(),
      ).toEqual(['Les Acacias', 'Résidence du Parc']);
      expect(items[1]).toMatchObject({
        kind: 'travaux',
        startsOn: '2026-11-20',
        endsOn: '2027-01-15',
        condominiumName: 'Résidence du Parc',
        buildingName: 'Bâtiment A',
      });
      expect(items[3]).toMatchObject({ kind: 'appel_de_fonds', startsOn: '2027-01-01' });
    });

    it('gives a council member every building’s events', async () => {
      const { items } = await new AgendaService(t.database.db).upcoming(viewerOf(councillor), novemberMorning);
      expect(titles(items)).toContain('Visite de l’ascenseur du bâtiment B');
      expect(titles(items)).toContain('Ravalement du bâtiment A');
    });

    it('gives a tenant the events of their lot’s building and the next rent, but no call for funds', async () => {
      const { items } = await new AgendaService(t.database.db).upcoming(viewerOf(tenantB), novemberMorning);
      expect(titles(items)).toEqual([
        'Élagage en cours',
        'Visite de l’ascenseur du bâtiment B',
        'Loyer de décembre 2026 — échéance le 5 décembre',
        'Assemblée générale annuelle',
      ]);
      expect(items[2]).toMatchObject({ kind: 'loyer', startsOn: '2026-12-05', condominiumName: null });
      expect(items[2]?.description).toContain('2 allée du Parc, Créteil');
    });

    it('owes no rent after a lease ends, and shows a landlord nothing of their tenants’ due dates', async () => {
      expect((await new AgendaService(t.database.db).upcoming(viewerOf(leavingTenant), novemberMorning)).items).toEqual([]);
      expect((await new AgendaService(t.database.db).upcoming(viewerOf(landlord), novemberMorning)).items).toEqual([]);
    });
  });

  it('answers 401 without a session and 404 to staff', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/agenda' })).statusCode).toBe(401);
    expect((await call(managerEmail, 'GET', '/api/agenda')).statusCode).toBe(404);
  });

  describe('staff', () => {
    const soon = () => addDays(parisDate(new Date()), 7);

    it('list the agency’s condominiums and their buildings only', async () => {
      const response = await call(managerEmail, 'GET', '/api/staff/agenda/condominiums');
      expect(response.statusCode).toBe(200);
      const names = response.json().condominiums.map((condominium: { name: string }) => condominium.name);
      expect(names).toEqual(['Les Acacias', 'Résidence du Parc']);
      expect(response.json().condominiums[1].buildings.map((b: { name: string }) => b.name)).toEqual([
        'Bâtiment A',
        'Bâtiment B',
      ]);
      expect((await call(coOwnerA.reference, 'GET', '/api/staff/agenda/condominiums')).statusCode).toBe(404);
    });

    it('announce an event to one building: its co-owners see it, the other building’s do not; then withdraw it', async () => {
      const created = await call(managerEmail, 'POST', '/api/staff/scheduled-events', {
        condominiumId,
        buildingId: building.B,
        kind: 'travaux',
        title: 'Remplacement de la porte du hall B',
        description: 'Accès par la porte de service pendant deux jours.',
        startsOn: soon(),
        endsOn: addDays(soon(), 1),
      });
      expect(created.statusCode).toBe(201);
      const event = created.json();
      expect(event).toMatchObject({ buildingName: 'Bâtiment B', condominiumId, title: 'Remplacement de la porte du hall B' });

      const tenantAgenda = (await call(tenantB.reference, 'GET', '/api/agenda')).json();
      expect(titles(tenantAgenda.items)).toContain('Remplacement de la porte du hall B');
      const coOwnerAgenda = (await call(coOwnerA.reference, 'GET', '/api/agenda')).json();
      expect(titles(coOwnerAgenda.items)).not.toContain('Remplacement de la porte du hall B');
      expect(coOwnerAgenda.items.some((item: { kind: string }) => item.kind === 'appel_de_fonds')).toBe(true);

      const listed = (await call(managerEmail, 'GET', `/api/staff/scheduled-events?condominiumId=${condominiumId}`)).json();
      expect(titles(listed.events)).toContain('Remplacement de la porte du hall B');
      expect(titles(listed.events)).not.toContain('Événement d’une autre agence');

      const removed = await call(managerEmail, 'DELETE', `/api/staff/scheduled-events/${event.id}`);
      expect(removed.statusCode).toBe(204);
      expect(titles((await call(tenantB.reference, 'GET', '/api/agenda')).json().items)).not.toContain(
        'Remplacement de la porte du hall B',
      );
      expect((await call(managerEmail, 'DELETE', `/api/staff/scheduled-events/${event.id}`)).statusCode).toBe(404);
    });

    it('answer 404 for another agency’s condominium, building or event, and change nothing', async () => {
      const base = { kind: 'travaux', title: 'Intrusion', startsOn: soon() };
      expect(
        (await call(managerEmail, 'POST', '/api/staff/scheduled-events', { ...base, condominiumId: foreign.condominiumId }))
          .statusCode,
      ).toBe(404);
      const wrongBuilding = await call(managerEmail, 'POST', '/api/staff/scheduled-events', {
        ...base,
        condominiumId,
        buildingId: foreign.buildingId,
      });
      expect(wrongBuilding.statusCode).toBe(404);
      expect(
        (await call(managerEmail, 'GET', `/api/staff/scheduled-events?condominiumId=${foreign.condominiumId}`)).statusCode,
      ).toBe(404);
      expect((await call(managerEmail, 'DELETE', `/api/staff/scheduled-events/${foreign.eventId}`)).statusCode).toBe(404);
      const [kept] = await t.database.db.select().from(scheduledEvents).where(eq(scheduledEvents.id, foreign.eventId));
      expect(kept?.title).toBe('Événement d’une autre agence');
      expect((await t.database.db.select().from(scheduledEvents).where(eq(scheduledEvents.title, 'Intrusion'))).length).toBe(0);
      expect((await call(foreign.managerEmail, 'GET', '/api/staff/scheduled-events')).json().events).toMatchObject([
        { title: 'Événement d’une autre agence' },
      ]);
    });

    it('refuse an end before the start, an empty title or an unknown kind, in French', async () => {
      const response = await call(managerEmail, 'POST', '/api/staff/scheduled-events', {
        condominiumId,
        kind: 'travaux',
        title: 'Travaux',
        startsOn: '2026-12-10',
        endsOn: '2026-12-01',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().details.fields).toEqual([
        { field: 'endsOn', message: 'La date de fin ne peut pas précéder la date de début.' },
      ]);
      const empty = await call(managerEmail, 'POST', '/api/staff/scheduled-events', {
        condominiumId,
        kind: 'fête',
        title: ' ',
        startsOn: '10/12/2026',
      });
      expect(
        empty
          .json()
          .details.fields.map((field: { field: string }) => field.field)
          .sort(),
      ).toEqual(['kind', 'startsOn', 'title']);
      expect(empty.json().message).toContain("Saisissez l'intitulé de l'événement.");
    });
  });
});
