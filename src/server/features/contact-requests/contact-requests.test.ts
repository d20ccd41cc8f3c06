import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { sessions } from '../../../../test/support/sessions.ts';
import { contactRequests, outboxMessages, persons } from '../../db/schema/index.ts';

type Client = Awaited<ReturnType<ReturnType<typeof factories>['client']>>;

describe('"Contacter un conseiller": contact requests and their answers', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let cookieOf: (identifier: string) => Promise<string>;
  let agencyId: string;
  let claire: { email: string; id: string };
  let paul: { email: string; id: string };
  let coOwner: Client;
  let lotId: string;
  let tenant: Client;
  let unitId: string;
  let noEmail: Client;
  let foreignLotId: string;
  let foreignManagerEmail: string;
  let address = 0;

  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://portail.example' });
    make = factories(t.database.db);
    cookieOf = sessions(t.app);
    const agency = await make.agency({ name: 'Cabinet Contact', email: 'accueil@contact.example' });
    agencyId = agency.id;
    // Paul sorts before Martin: he is the agency's "first manager"; the condominium's is Claire.
    paul = await make.staffMember(agency.id, { firstName: 'Paul', lastName: 'Aubert' });
    claire = await make.staffMember(agency.id, { firstName: 'Claire', lastName: 'Martin' });
    await make.staffMember(agency.id, { firstName: 'Anne', lastName: 'Abadie', role: 'accountant' });
    const { lots } = await make.condominium(agency.id, 2, { managerId: claire.id, name: 'Résidence des Lilas' });
    coOwner = await make.client(agency.id, {
      civility: 'MME',
      firstName: 'Sophie',
      lastName: 'Bernard',
      email: 'sophie.bernard@example.fr',
      mobilePhone: '06 11 22 33 44',
      reference: 'CO777001',
    });
    lotId = lots[0]?.id ?? '';
    await make.ownership(coOwner.person.id, lotId);

    // A tenant of a unit whose mandate has no manager: the agency's first manager receives it.
    const landlord = await make.client(agency.id, { civility: 'SOCIETE', companyName: 'SCI Horizon' });
    const { units } = await make.mandate(agency.id, landlord.person.id, 1);
    unitId = units[0]?.id ?? '';
    tenant = await make.client(agency.id, { firstName: 'Lina', lastName: 'Haddad', email: 'lina@example.fr' });
    await make.lease(unitId, [tenant.person.id]);

    noEmail = await make.client(agency.id, { lastName: 'Sansmail', email: null, mobilePhone: '06 99 88 77 66' });
    await make.ownership(noEmail.person.id, lots[1]?.id ?? '');

    const other = await make.agency({ name: 'Cabinet Ailleurs' });
    foreignManagerEmail = (await make.staffMember(other.id)).email;
    foreignLotId = (await make.condominium(other.id, 1)).lots[0]?.id ?? '';
  });
  afterAll(() => t.close());

  // Each call from its own address: the per-address rate limit of the POST is tested on its own.
  const call = async (identifier: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      payload,
      headers: { cookie: await cookieOf(identifier) },
      remoteAddress: `10.0.0.${++address}`,
    });
  const emailsTo = (recipient: string) =>
    t.database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, recipient));

  const question = {
    subject: 'Fuite dans la cave',
    message: 'Bonjour, une fuite apparaît sous la canalisation de la cave C01 depuis hier soir.',
    replyChannel: 'email',
  };

  it('stores the request, emails the property’s manager and acknowledges it to the person', async () => {
    const response = await call(coOwner.reference, 'POST', '/api/contact-requests', { ...question, lotId });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ managerName: 'Claire Martin', agencyName: 'Cabinet Contact' });

    const [stored] = await t.database.db.select().from(contactRequests).where(eq(contactRequests.id, response.json().id));
    expect(stored).toMatchObject({
      agencyId,
      personId: coOwner.person.id,
      managerId: claire.id,
      subject: 'Fuite dans la cave',
      replyChannel: 'email',
      replyTo: 'sophie.bernard@example.fr',
      propertyLabel: 'Lot 101 · Résidence des Lilas',
      answeredAt: null,
    });

    const [toManager, ...more] = await emailsTo(claire.email);
    expect(more).toEqual([]);
    expect(toManager?.subject).toBe('Demande de contact : Fuite dans la cave');
    expect(toManager?.textBody).toContain('Mme Sophie Bernard (identifiant CO777001)');
    expect(toManager?.textBody).toContain('Bien concerné : Lot 101 · Résidence des Lilas');
    expect(toManager?.textBody).toContain('une fuite apparaît sous la canalisation');
    expect(toManager?.textBody).toContain('Email : sophie.bernard@example.fr');
    expect(toManager?.textBody).toContain('Téléphone : 06 11 22 33 44');
    expect(toManager?.textBody).toContain('https://portail.example/gestion/demandes-contact');
    expect(await emailsTo(paul.email)).toEqual([]);

    const [receipt] = await emailsTo('sophie.bernard@example.fr');
    expect(receipt?.subject).toBe('Votre demande a bien été transmise');
    expect(receipt?.textBody).toContain('transmise à Claire Martin, votre gestionnaire');
  });

  it('sends a request naming no property to the manager of what the person holds, else the agency’s first manager', async () => {
    const owned = await call(coOwner.reference, 'POST', '/api/contact-requests', { ...question, subject: 'Sans bien précisé' });
    expect(owned.json().managerName).toBe('Claire Martin');
    const rented = await call(tenant.reference, 'POST', '/api/contact-requests', {
      ...question,
      subject: 'Question de locataire',
      unitId,
    });
    expect(rented.statusCode).toBe(201);
    expect(rented.json().managerName).toBe('Paul Aubert');
    const [toPaul] = await emailsTo(paul.email);
    expect(toPaul?.subject).toBe('Demande de contact : Question de locataire');
  });

  it('answers by phone for a person without email, and sends that person nothing by email', async () => {
    const byEmail = await call(noEmail.reference, 'POST', '/api/contact-requests', question);
    expect(byEmail.statusCode).toBe(422);
    expect(byEmail.json()).toMatchObject({ code: 'CONTACT_CHANNEL_UNAVAILABLE' });
    expect(byEmail.json().message).toContain("n'a pas d'adresse email");

    const byPhone = await call(noEmail.reference, 'POST', '/api/contact-requests', {
      ...question,
      subject: 'Rappel souhaité',
      replyChannel: 'telephone',
    });
    expect(byPhone.statusCode).toBe(201);
    const [stored] = await t.database.db.select().from(contactRequests).where(eq(contactRequests.id, byPhone.json().id));
    expect(stored?.replyTo).toBe('06 99 88 77 66');
    const toManager = (await emailsTo(claire.email)).find((email) => email.subject === 'Demande de contact : Rappel souhaité');
    expect(toManager?.textBody).toContain('Souhaite une réponse par téléphone : 06 99 88 77 66');

    const phoneless = await make.client(agencyId, { lastName: 'Sanstel', mobilePhone: null });
    await t.database.db.update(persons).set({ landlinePhone: null }).where(eq(persons.id, phoneless.person.id));
    const noPhone = await call(phoneless.reference, 'POST', '/api/contact-requests', { ...question, replyChannel: 'telephone' });
    expect(noPhone.statusCode).toBe(422);
  });

  it('validates the form with French messages', async () => {
    const tooShort = await call(coOwner.reference, 'POST', '/api/contact-requests', { ...question, message: 'Aidez' });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().details.fields).toEqual([
      { field: 'message', message: 'Votre message est trop court (10 caractères au moins).' },
    ]);
    const long = await call(coOwner.reference, 'POST', '/api/contact-requests', { ...question, subject: 'x'.repeat(151) });
    expect(long.json().details.fields[0]).toEqual({
      field: 'subject',
      message: "L'objet est trop long (150 caractères au plus).",
    });
    const tooLong = await call(coOwner.reference, 'POST', '/api/contact-requests', { ...question, message: 'x'.repeat(5001) });
    expect(tooLong.json().details.fields[0].message).toBe('Votre message est trop long (5 000 caractères au plus).');
    const channel = await call(coOwner.reference, 'POST', '/api/contact-requests', { ...question, replyChannel: 'pigeon' });
    expect(channel.json().details.fields[0].field).toBe('replyChannel');
  });

  it('answers 404 for a property that is not the person’s, and for staff', async () => {
    const foreign = await call(coOwner.reference, 'POST', '/api/contact-requests', { ...question, lotId: foreignLotId });
    expect(foreign.statusCode).toBe(404);
    const notTheirs = await call(tenant.reference, 'POST', '/api/contact-requests', { ...question, lotId });
    expect(notTheirs.statusCode).toBe(404);
    expect((await call(claire.email, 'POST', '/api/contact-requests', question)).statusCode).toBe(404);
  });

  it('limits how many requests one address may send in a minute', async () => {
    const statuses: number[] = [];
    const cookie = await cookieOf(tenant.reference);
    for (let index = 0; index < 6; index++) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/contact-requests',
        payload: { ...question, message: 'court' },
        headers: { cookie },
        remoteAddress: '10.9.9.9',
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400, 429]);
  });

  describe('staff', () => {
    it('list the agency’s open requests, the oldest first, with a count for the menu', async () => {
      const list = await call(claire.email, 'GET', '/api/staff/contact-requests');
      expect(list.statusCode).toBe(200);
      const requests = list.json().requests;
      expect(requests.map((request: { subject: string }) => request.subject)).toEqual([
        'Fuite dans la cave',
        'Sans bien précisé',
        'Question de locataire',
        'Rappel souhaité',
      ]);
      expect(requests[0]).toMatchObject({
        status: 'open',
        displayName: 'Mme Sophie Bernard',
        email: 'sophie.bernard@example.fr',
        phone: '06 11 22 33 44',
        replyChannel: 'email',
        replyTo: 'sophie.bernard@example.fr',
        property: 'Lot 101 · Résidence des Lilas',
        managerName: 'Claire Martin',
        answer: null,
      });
      expect((await call(claire.email, 'GET', '/api/staff/contact-requests/count')).json()).toEqual({ open: 4 });
      // Another agency's staff see none of them.
      expect((await call(foreignManagerEmail, 'GET', '/api/staff/contact-requests')).json()).toEqual({ requests: [] });
      expect((await call(coOwner.reference, 'GET', '/api/staff/contact-requests')).statusCode).toBe(404);
    });

    it('answer: stored, emailed to the person and shown in their notifications; once only', async () => {
      const [request] = (await call(claire.email, 'GET', '/api/staff/contact-requests')).json().requests;
      const answer = 'Bonjour Madame, le plombier passera demain matin entre 9h et 11h.';
      const response = await call(claire.email, 'POST', `/api/staff/contact-requests/${request.id}/answer`, { answer });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ status: 'answered', answer, answeredBy: 'Claire Martin' });

      const toPerson = (await emailsTo('sophie.bernard@example.fr')).find((email) => email.subject?.startsWith('Réponse'));
      expect(toPerson?.subject).toBe('Réponse à votre demande : Fuite dans la cave');
      expect(toPerson?.textBody).toContain('Claire Martin a répondu à votre demande « Fuite dans la cave »');
      expect(toPerson?.textBody).toContain(answer);

      const bell = (await call(coOwner.reference, 'GET', '/api/notifications')).json();
      expect(bell.unreadCount).toBe(1);
      expect(bell.items[0]).toMatchObject({
        kind: 'contact_answer',
        title: 'Réponse à votre demande : Fuite dans la cave',
        body: answer,
      });

      const twice = await call(paul.email, 'POST', `/api/staff/contact-requests/${request.id}/answer`, { answer: 'Encore' });
      expect(twice.statusCode).toBe(409);
      expect(twice.json()).toMatchObject({ code: 'CONTACT_REQUEST_ANSWERED', message: 'Cette demande a déjà reçu une réponse.' });

      const answered = (await call(claire.email, 'GET', '/api/staff/contact-requests?status=answered')).json().requests;
      expect(answered.map((item: { id: string }) => item.id)).toEqual([request.id]);
      expect((await call(claire.email, 'GET', '/api/staff/contact-requests/count')).json()).toEqual({ open: 3 });
    });

    it('answer a person without email in the app only', async () => {
      const requests = (await call(claire.email, 'GET', '/api/staff/contact-requests')).json().requests;
      const phoneRequest = requests.find((request: { subject: string }) => request.subject === 'Rappel souhaité');
      const before = (await t.database.db.select().from(outboxMessages)).length;
      const response = await call(claire.email, 'POST', `/api/staff/contact-requests/${phoneRequest.id}/answer`, {
        answer: 'Je vous ai rappelé ce matin.',
      });
      expect(response.statusCode).toBe(200);
      expect((await t.database.db.select().from(outboxMessages)).length).toBe(before);
      const bell = (await call(noEmail.reference, 'GET', '/api/notifications')).json();
      expect(bell.items[0]).toMatchObject({ kind: 'contact_answer', body: 'Je vous ai rappelé ce matin.' });
    });

    it('answer 404 for another agency’s request, and nothing changes', async () => {
      const [request] = (await call(claire.email, 'GET', '/api/staff/contact-requests')).json().requests;
      const response = await call(foreignManagerEmail, 'POST', `/api/staff/contact-requests/${request.id}/answer`, {
        answer: 'Intrusion',
      });
      expect(response.statusCode).toBe(404);
      const [stored] = await t.database.db.select().from(contactRequests).where(eq(contactRequests.id, request.id));
      expect(stored?.answeredAt).toBeNull();
      const missing = await call(
        claire.email,
        'POST',
        '/api/staff/contact-requests/00000000-0000-4000-8000-000000000000/answer',
        {
          answer: 'Personne',
        },
      );
      expect(missing.statusCode).toBe(404);
    });
  });
});
