import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { multipartForm, requestFields, TINY_PNG, tinyPdf, VALID_PROOFS } from '../../../../test/support/proof-files.ts';
import { signIn } from '../../../../test/support/sessions.ts';
import { accountEmailChanges, accounts, auditEvents, outboxMessages } from '../../db/schema/index.ts';

describe("activation requests: the agency's queue", () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let agencyId: string;
  let staff: string;
  let otherStaff: string;
  let clientCookie: string;
  let address = 0;

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    agencyId = (await make.agency({ name: 'Agence du Centre', phone: '01 02 03 04 05' })).id;
    const otherAgencyId = (await make.agency()).id;
    staff = await signIn(t.app, (await make.staffMember(agencyId)).email);
    otherStaff = await signIn(t.app, (await make.staffMember(otherAgencyId)).email);
    const client = await make.client(agencyId);
    clientCookie = await signIn(t.app, client.reference);
  });
  afterAll(() => t.close());

  const submit = async (overrides: Record<string, string> = {}) => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/activation-requests',
      payload: multipartForm(requestFields(agencyId, overrides), VALID_PROOFS),
      remoteAddress: `198.51.100.${++address}`,
    });
    expect(response.statusCode).toBe(201);
    const { trackingToken } = response.json();
    const list = (await get('/api/staff/activation-requests', staff)).json().requests;
    const id = list.find((item: { email: string }) => item.email === (overrides.email ?? 'gerard.lemoine@example.fr')).id;
    return { id: id as string, trackingToken: trackingToken as string };
  };
  const get = (url: string, cookie?: string) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} });
  const post = (url: string, cookie: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, payload, remoteAddress: '192.0.2.200' });
  const track = async (token: string) => (await get(`/api/activation-requests/status?token=${token}`)).json();
  const emailsTo = (recipient: string) =>
    t.database.db.select().from(outboxMessages).where(eq(outboxMessages.recipient, recipient)).orderBy(outboxMessages.createdAt);

  it('lists the pending requests oldest first, with their age and count', async () => {
    const first = await submit({ email: 'premier@example.fr' });
    const second = await submit({ email: 'second@example.fr' });
    const { requests } = (await get('/api/staff/activation-requests?status=pending', staff)).json();
    const ids = requests.map((request: { id: string }) => request.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(requests[0]).toMatchObject({ status: 'pending', displayName: 'M. Gérard Lemoine', ageHours: 0 });
    expect((await get('/api/staff/activation-requests/count', staff)).json().pending).toBe(requests.length);
  });

  it('shows a request with its proofs, and serves each proof with its detected type, traced', async () => {
    const { id } = await submit({ email: 'preuves@example.fr' });
    const detail = (await get(`/api/staff/activation-requests/${id}`, staff)).json();
    expect(detail).toMatchObject({
      email: 'preuves@example.fr',
      phone: '01 43 77 12 34',
      lotNumberHint: '203',
      matchedPerson: null,
    });
    expect(detail.files.map((file: { kind: string; contentType: string }) => [file.kind, file.contentType])).toEqual([
      ['identity', 'application/pdf'],
      ['property', 'image/png'],
    ]);

    const pdf = await get(detail.files[0].url, staff);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(`inline; filename="carte d'identité.pdf"`);
    expect(pdf.headers['x-content-type-options']).toBe('nosniff');
    expect(pdf.headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(pdf.rawPayload.equals(tinyPdf('Carte'))).toBe(true);
    const png = await get(detail.files[1].url, staff);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.equals(TINY_PNG)).toBe(true);

    const traces = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'activation_request.proof_viewed'), eq(auditEvents.targetId, detail.files[0].id)));
    expect(traces).toHaveLength(1);
  });

  it("answers 404 to another agency's staff and to clients on every route, 401 without a session", async () => {
    const { id } = await submit({ email: 'ailleurs@example.fr' });
    const fileUrl = (await get(`/api/staff/activation-requests/${id}`, staff)).json().files[0].url;
    const person = await make.client(agencyId, { email: null });
    for (const cookie of [otherStaff, clientCookie]) {
      for (const url of [
        `/api/staff/activation-requests/${id}`,
        fileUrl,
        `/api/staff/activation-requests/${id}/candidates?query=Durand`,
      ]) {
        expect((await get(url, cookie)).statusCode, url).toBe(404);
      }
      expect(
        (await post(`/api/staff/activation-requests/${id}/approve`, cookie, { personId: person.person.id })).statusCode,
      ).toBe(404);
      expect((await post(`/api/staff/activation-requests/${id}/reject`, cookie, { reason: 'Pas chez nous' })).statusCode).toBe(
        404,
      );
    }
    const theirs = (await get('/api/staff/activation-requests', otherStaff)).json().requests;
    expect(theirs).toEqual([]);
    expect((await get('/api/staff/activation-requests/count', otherStaff)).json().pending).toBe(0);
    expect((await get('/api/staff/activation-requests')).statusCode).toBe(401);
    // The request is still waiting, untouched.
    expect((await get(`/api/staff/activation-requests/${id}`, staff)).json().status).toBe('pending');
  });

  it("searches the agency's clients by name, identifier or lot number, and no one else's", async () => {
    const { id } = await submit({ email: 'recherche@example.fr' });
    const { condominium, lots } = await make.condominium(agencyId, 2);
    const owner = await make.client(agencyId, {
      civility: 'MME',
      firstName: 'Hélène',
      lastName: 'Fontaine',
      reference: 'CO700101',
    });
    await make.ownership(owner.person.id, lots[1]?.id ?? '');
    const elsewhere = await make.client((await make.agency()).id, { lastName: 'Fontaine' });
    const search = async (query: string) =>
      (await get(`/api/staff/activation-requests/${id}/candidates?query=${encodeURIComponent(query)}`, staff)).json().candidates;

    const byName = await search('fontaine');
    expect(byName.map((candidate: { personId: string }) => candidate.personId)).toEqual([owner.person.id]);
    expect(byName[0]).toMatchObject({ displayName: 'Mme Hélène Fontaine', references: ['CO700101'], lots: ['102'] });
    expect((await search('C0700101')).map((candidate: { personId: string }) => candidate.personId)).toEqual([owner.person.id]);
    expect((await search('102')).map((candidate: { personId: string }) => candidate.personId)).toContain(owner.person.id);
    expect(JSON.stringify(await search('Fontaine'))).not.toContain(elsewhere.person.id);
    expect(condominium.agencyId).toBe(agencyId);
  });

  it('approves: the account without email takes the request’s, and gets the first-connection link', async () => {
    const { id, trackingToken } = await submit({ email: 'nouveau.client@example.fr' });
    const person = await make.client(agencyId, { firstName: 'Gérard', lastName: 'Lemoine', email: null });
    const response = await post(`/api/staff/activation-requests/${id}/approve`, staff, { personId: person.person.id });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      status: 'approved',
      matchedPerson: { id: person.person.id, displayName: 'M. Gérard Lemoine' },
      decidedBy: 'Claire Martin',
    });

    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, person.account.id));
    expect(account?.email).toBe('nouveau.client@example.fr');
    const [change] = await t.database.db
      .select()
      .from(accountEmailChanges)
      .where(eq(accountEmailChanges.accountId, person.account.id));
    expect(change).toMatchObject({ previousEmail: null, newEmail: 'nouveau.client@example.fr' });
    expect(change?.reason).toMatch(/^Demande d'accès du .* validée$/);

    const subjects = (await emailsTo('nouveau.client@example.fr')).map((email) => email.subject);
    expect(subjects).toEqual([
      "Nous avons bien reçu votre demande d'accès",
      'Bienvenue sur votre espace client',
      "Votre demande d'accès est acceptée",
    ]);
    const welcome = (await emailsTo('nouveau.client@example.fr'))[1];
    expect(welcome?.textBody).toContain('/mot-de-passe/nouveau?jeton=');
    expect(await track(trackingToken)).toMatchObject({ status: 'approved', rejectionReason: null });
  });

  it('keeps the email an account already has, sends the link there, and tells the requester where', async () => {
    const { id } = await submit({ email: 'autre.adresse@example.fr' });
    const person = await make.client(agencyId, { email: 'fiche@example.fr' });
    expect((await post(`/api/staff/activation-requests/${id}/approve`, staff, { personId: person.person.id })).statusCode).toBe(
      200,
    );
    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, person.account.id));
    expect(account?.email).toBe('fiche@example.fr');
    expect((await emailsTo('fiche@example.fr')).map((email) => email.subject)).toEqual(['Bienvenue sur votre espace client']);
    const decision = (await emailsTo('autre.adresse@example.fr')).at(-1);
    expect(decision?.subject).toBe("Votre demande d'accès est acceptée");
    expect(decision?.textBody).toContain('f•••@example.fr');
  });

  it('refuses to match a person of another agency, or an address another account uses', async () => {
    const { id } = await submit({ email: 'karim.haddad@example.fr' });
    const stranger = await make.client((await make.agency()).id, { email: null });
    const approveStranger = await post(`/api/staff/activation-requests/${id}/approve`, staff, { personId: stranger.person.id });
    expect(approveStranger.statusCode).toBe(404);

    await make.client(agencyId, { email: 'karim.haddad@example.fr' });
    const withoutEmail = await make.client(agencyId, { email: null });
    const taken = await post(`/api/staff/activation-requests/${id}/approve`, staff, { personId: withoutEmail.person.id });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('EMAIL_TAKEN');
    expect((await get(`/api/staff/activation-requests/${id}`, staff)).json().status).toBe('pending');
  });

  it('rejects with a reason, emailed in French; the reason is required', async () => {
    const { id, trackingToken } = await submit({ email: 'refus@example.fr' });
    const empty = await post(`/api/staff/activation-requests/${id}/reject`, staff, { reason: '  ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().details.fields[0]).toEqual({ field: 'reason', message: 'Indiquez le motif du refus.' });

    const reason = "La pièce d'identité est illisible.";
    const response = await post(`/api/staff/activation-requests/${id}/reject`, staff, { reason });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'rejected', rejectionReason: reason });
    const email = (await emailsTo('refus@example.fr')).at(-1);
    expect(email?.subject).toBe("Votre demande d'accès n'a pas pu être acceptée");
    expect(email?.textBody).toContain(`« ${reason} »`);
    expect(email?.textBody).toContain('01 02 03 04 05');
    expect(await track(trackingToken)).toMatchObject({ status: 'rejected', rejectionReason: reason });
    const listed = (await get('/api/staff/activation-requests?status=rejected', staff)).json().requests;
    expect(listed.map((request: { id: string }) => request.id)).toContain(id);
  });

  it('never decides a request twice', async () => {
    const { id } = await submit({ email: 'deux.fois@example.fr' });
    const person = await make.client(agencyId, { email: null });
    expect((await post(`/api/staff/activation-requests/${id}/reject`, staff, { reason: 'Doublon' })).statusCode).toBe(200);
    for (const [action, body] of [
      ['approve', { personId: person.person.id }],
      ['reject', { reason: 'Encore' }],
    ] as const) {
      const again = await post(`/api/staff/activation-requests/${id}/${action}`, staff, body);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({
        code: 'REQUEST_ALREADY_DECIDED',
        message: 'Cette demande a déjà été traitée : elle ne peut plus être modifiée.',
      });
    }
    const [account] = await t.database.db.select().from(accounts).where(eq(accounts.id, person.account.id));
    expect(account?.email).toBeNull();
  });
});
