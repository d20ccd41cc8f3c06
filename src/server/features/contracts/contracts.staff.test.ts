import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { profileFactories } from '../../../../test/support/profile-factories.ts';
import { signIn } from '../../../../test/support/sessions.ts';
import { parisDate } from '../../../domain/calendar.ts';
import { auditEvents, documents } from '../../db/schema/index.ts';

const daysFromToday = (days: number) => parisDate(new Date(Date.now() + days * 86_400_000));

describe('staff: a condominium’s contracts (/api/staff/condominiums/:id/contracts)', () => {
  let t: TestApp;
  let staff: string;
  let otherStaff: string;
  let client: string;
  let condominiumId: string;
  let otherCondominiumId: string;
  let documentId: string;
  let foreignDocumentId: string;
  let createdId: string;
  let lotId: string;

  const call = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, cookie: string, payload?: Record<string, unknown>) =>
    t.app.inject({ method, url, headers: { cookie }, ...(payload ? { payload } : {}) });
  const fieldsOf = (body: { details?: { fields?: { field: string; message: string }[] } }) =>
    Object.fromEntries((body.details?.fields ?? []).map((problem) => [problem.field, problem.message]));
  const lift = {
    kind: 'ascenseur',
    title: 'Entretien complet de l’ascenseur',
    supplierName: 'Ascenseurs Durand',
    supplierPhone: '+33 1 43 99 12 34',
    supplierEmail: 'contact@ascenseurs-durand.example',
    contractNumber: 'ASC-2026-001',
    startDate: '2026-01-01',
    yearlyAmountCents: 312_456,
  };

  beforeAll(async () => {
    t = await createTestApp();
    const make = factories(t.database.db);
    const agency = await make.agency({ name: 'Cabinet Coulon' });
    const other = await make.agency({ name: 'Cabinet Voisin' });
    staff = await signIn(t.app, (await make.staffMember(agency.id)).email);
    otherStaff = await signIn(t.app, (await make.staffMember(other.id)).email);
    const { condominium, lots } = await make.condominium(agency.id, 1);
    condominiumId = condominium.id;
    const owner = await make.client(agency.id);
    lotId = lots[0]?.id ?? '';
    await make.ownership(owner.person.id, lotId);
    client = await signIn(t.app, owner.reference);
    const elsewhere = await make.condominium(other.id, 1);
    otherCondominiumId = elsewhere.condominium.id;
    await profileFactories(t.database.db).contract(otherCondominiumId, { title: 'Contrat du voisin' });
    const base = { folder: 'contrats' as const, kind: 'Contrat', year: 2026, scope: 'condominium' as const };
    const [mine, theirs] = await t.database.db
      .insert(documents)
      .values([
        { ...base, agencyId: agency.id, condominiumId, title: 'Contrat ascenseur signé' },
        { ...base, agencyId: other.id, condominiumId: otherCondominiumId, title: 'Autre' },
      ])
      .returning();
    documentId = mine?.id ?? '';
    foreignDocumentId = theirs?.id ?? '';
  });
  afterAll(() => t.close());

  it("lists the agency's condominiums to choose from, and none of another agency", async () => {
    const response = await call('GET', '/api/staff/contracts/condominiums', staff);
    expect(response.statusCode).toBe(200);
    expect(response.json().condominiums.map((condominium: { id: string }) => condominium.id)).toEqual([condominiumId]);
  });

  it('records a contract, normalising the phone, with an audit event; co-owners see it at once', async () => {
    const response = await call('POST', `/api/staff/condominiums/${condominiumId}/contracts`, staff, { ...lift, documentId });
    expect(response.statusCode).toBe(201);
    const created = response.json();
    createdId = created.id;
    expect(created).toMatchObject({
      kindLabel: 'Ascenseur',
      supplier: { name: 'Ascenseurs Durand', phone: '01 43 99 12 34', email: 'contact@ascenseurs-durand.example' },
      endDate: null,
      tacitRenewal: true,
      status: 'en_cours',
      yearlyAmountCents: 312_456,
      documentId,
    });
    const list = (await call('GET', `/api/staff/condominiums/${condominiumId}/contracts`, staff)).json();
    expect(list.contracts.map((contract: { id: string }) => contract.id)).toEqual([createdId]);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'contract.created'), eq(auditEvents.targetId, createdId)));
    expect(events).toHaveLength(1);
    const seen = (await call('GET', `/api/properties/lots/${lotId}/contracts`, client)).json();
    expect(seen.contracts).toEqual([created]);
  });

  it('names each invalid field in French', async () => {
    const response = await call('POST', `/api/staff/condominiums/${condominiumId}/contracts`, staff, {
      kind: 'piscine',
      title: '',
      supplierName: 'X',
      supplierPhone: '12 34',
      supplierEmail: 'pas-une-adresse',
      startDate: '01/01/2026',
      yearlyAmountCents: 12.5,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response.json())).toEqual({
      kind: 'Choisissez le type de contrat.',
      title: 'Indiquez l’objet du contrat.',
      supplierPhone: 'Saisissez un numéro de téléphone français, par exemple 01 43 99 12 34.',
      supplierEmail: 'Cette adresse email n’est pas valide.',
      startDate: 'Indiquez la date de début (AAAA-MM-JJ).',
      yearlyAmountCents: 'Le montant est en centimes : un nombre entier.',
    });
    const backwards = await call('POST', `/api/staff/condominiums/${condominiumId}/contracts`, staff, {
      ...lift,
      endDate: '2025-12-31',
    });
    expect(fieldsOf(backwards.json())).toEqual({ endDate: 'La date de fin ne peut pas précéder la date de début.' });
    const foreignDocument = await call('POST', `/api/staff/condominiums/${condominiumId}/contracts`, staff, {
      ...lift,
      documentId: foreignDocumentId,
    });
    expect(fieldsOf(foreignDocument.json())).toEqual({ documentId: 'Ce document n’est pas publié pour cette copropriété.' });
  });

  it('ends a contract with an end date, which co-owners then see as ended', async () => {
    const response = await call('PATCH', `/api/staff/condominiums/${condominiumId}/contracts/${createdId}`, staff, {
      endDate: daysFromToday(-30),
      yearlyAmountCents: 300_000,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ endDate: daysFromToday(-30), tacitRenewal: false, yearlyAmountCents: 300_000 });
    expect(response.json().title).toBe(lift.title);
    const before = await call('PATCH', `/api/staff/condominiums/${condominiumId}/contracts/${createdId}`, staff, {
      startDate: daysFromToday(1),
    });
    expect(fieldsOf(before.json())).toEqual({ endDate: 'La date de fin ne peut pas précéder la date de début.' });
    // Ended less than a year ago: still on the co-owners' tab, as ended.
    const seen = (await call('GET', `/api/properties/lots/${lotId}/contracts`, client)).json();
    expect(seen.contracts).toEqual([expect.objectContaining({ id: createdId, status: 'termine', endDate: daysFromToday(-30) })]);
  });

  it("answers 404 for another agency's condominium or contract, and to clients", async () => {
    const [foreignContract] = (await call('GET', `/api/staff/condominiums/${otherCondominiumId}/contracts`, otherStaff)).json()
      .contracts;
    const attempts: [string, string, string][] = [
      ['GET', `/api/staff/condominiums/${otherCondominiumId}/contracts`, staff],
      ['POST', `/api/staff/condominiums/${otherCondominiumId}/contracts`, staff],
      ['PATCH', `/api/staff/condominiums/${condominiumId}/contracts/${createdId}`, otherStaff],
      ['PATCH', `/api/staff/condominiums/${otherCondominiumId}/contracts/${foreignContract.id}`, staff],
      ['PATCH', `/api/staff/condominiums/${condominiumId}/contracts/${foreignContract.id}`, staff],
      ['DELETE', `/api/staff/condominiums/${condominiumId}/contracts/${createdId}`, otherStaff],
      ['GET', `/api/staff/condominiums/${condominiumId}/contracts`, client],
      ['GET', '/api/staff/contracts/condominiums', client],
    ];
    for (const [method, url, cookie] of attempts) {
      const payload = method === 'POST' ? lift : method === 'PATCH' ? { title: 'Piraté' } : undefined;
      const response = await call(method as 'GET', url, cookie, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const untouched = (await call('GET', `/api/staff/condominiums/${otherCondominiumId}/contracts`, otherStaff)).json();
    expect(untouched.contracts[0].title).toBe('Contrat du voisin');
  });

  it('deletes a contract recorded by mistake', async () => {
    const response = await call('DELETE', `/api/staff/condominiums/${condominiumId}/contracts/${createdId}`, staff);
    expect(response.statusCode).toBe(204);
    expect((await call('GET', `/api/staff/condominiums/${condominiumId}/contracts`, staff)).json().contracts).toEqual([]);
    expect((await call('DELETE', `/api/staff/condominiums/${condominiumId}/contracts/${createdId}`, staff)).statusCode).toBe(404);
  });
});
