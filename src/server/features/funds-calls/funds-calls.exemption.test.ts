import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { signIn } from '../../../../test/support/sessions.ts';
import { allocationKeys, fundsCallLines, ledgerEntries, ledgerLines } from '../../db/schema/index.ts';

/**
 * Art. 14-2-1 II: a works fund below 5 % of the budget, or none, when the condominium is dispensed — by a
 * unanimous decision if it has fewer than 10 lots, or while its DTG shows no works for ten years.
 */
describe('staff: works-fund exemption', () => {
  let t: TestApp;
  let staff: string;
  let small: { id: string; keyId: string };
  let large: { id: string; keyId: string };

  const put = (condominiumId: string, year: number, payload: object) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/staff/condominiums/${condominiumId}/budgets/${year}`,
      headers: { cookie: staff },
      payload,
    });
  const budget = (keyId: string, worksFundCents: number, exemption: object = {}) => ({
    votedOn: '2026-06-11',
    worksFundCents,
    ...exemption,
    lines: [{ allocationKeyId: keyId, accountCode: '614', label: 'Entretien', amountCents: 1_000_000 }],
  });
  const problemOf = (response: { json(): { details: { fields: { field: string; message: string }[] } } }) =>
    response.json().details.fields[0] ?? { field: '', message: '' };

  beforeAll(async () => {
    t = await createTestApp();
    const { db } = t.database;
    const make = factories(db);
    const agency = await make.agency();
    staff = await signIn(t.app, (await make.staffMember(agency.id)).email);
    const keyOf = async (condominiumId: string) =>
      (await db.select().from(allocationKeys).where(eq(allocationKeys.condominiumId, condominiumId)))[0]?.id ?? '';
    const nine = await make.condominium(agency.id, 9);
    const ten = await make.condominium(agency.id, 10);
    small = { id: nine.condominium.id, keyId: await keyOf(nine.condominium.id) };
    large = { id: ten.condominium.id, keyId: await keyOf(ten.condominium.id) };
    for (const [index, lot] of nine.lots.entries()) {
      const owner = await make.client(agency.id, { lastName: `Nine${index}` });
      await make.ownership(owner.person.id, lot.id);
    }
  });
  afterAll(() => t.close());

  it('keeps the 5 % floor without an exemption, and asks for the reason of one', async () => {
    const refused = await put(small.id, 2027, budget(small.keyId, 0));
    expect(refused.statusCode).toBe(400);
    expect(problemOf(refused)).toMatchObject({ field: 'worksFundCents' });
    expect(problemOf(refused).message).toContain("Le fonds de travaux doit être d'au moins 5 % du budget");

    const noReason = await put(small.id, 2027, budget(small.keyId, 0, { worksFundExempt: true }));
    expect(noReason.statusCode).toBe(400);
    expect(problemOf(noReason)).toMatchObject({ field: 'worksFundExemptionReason' });
    expect(problemOf(noReason).message).toContain('Indiquez le motif de la dispense');

    const unknown = await put(
      small.id,
      2027,
      budget(small.keyId, 0, { worksFundExempt: true, worksFundExemptionReason: 'parce que' }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(problemOf(unknown).field).toBe('worksFundExemptionReason');
  });

  it('accepts no works fund for a condominium of 9 lots exempted by unanimity', async () => {
    const response = await put(
      small.id,
      2027,
      budget(small.keyId, 0, { worksFundExempt: true, worksFundExemptionReason: 'unanimous_under_10_lots' }),
    );
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.condominium.lotCount).toBe(9);
    expect(body.budget).toMatchObject({
      worksFundCents: 0,
      worksFundExempt: true,
      worksFundExemptionReason: 'unanimous_under_10_lots',
      minimumWorksFundCents: 50_000,
    });
    // A quarter calls the provisions only.
    expect(body.quarters[0].totalCents).toBe(250_000);
  });

  it('refuses the unanimity reason from 10 lots on, but accepts a DTG without works', async () => {
    const unanimity = await put(
      large.id,
      2027,
      budget(large.keyId, 10_000, { worksFundExempt: true, worksFundExemptionReason: 'unanimous_under_10_lots' }),
    );
    expect(unanimity.statusCode).toBe(400);
    expect(problemOf(unanimity)).toMatchObject({ field: 'worksFundExemptionReason' });
    expect(problemOf(unanimity).message).toContain('réservée aux copropriétés de moins de 10 lots ; celle-ci en compte 10');

    const dtg = await put(
      large.id,
      2027,
      budget(large.keyId, 10_000, { worksFundExempt: true, worksFundExemptionReason: 'dtg_no_works' }),
    );
    expect(dtg.statusCode).toBe(200);
    expect(dtg.json().budget).toMatchObject({ worksFundCents: 10_000, worksFundExemptionReason: 'dtg_no_works' });

    // Lifting the exemption brings the floor back.
    const lifted = await put(large.id, 2027, budget(large.keyId, 10_000));
    expect(lifted.statusCode).toBe(400);
    expect(problemOf(lifted).field).toBe('worksFundCents');
    const stored = await t.app.inject({
      method: 'GET',
      url: `/api/staff/condominiums/${large.id}/budgets/2027`,
      headers: { cookie: staff },
    });
    expect(stored.json().budget.worksFundExempt).toBe(true);
  });

  it('issues a quarter of an exempted condominium with no works-fund line nor entry', async () => {
    const issued = await t.app.inject({
      method: 'POST',
      url: `/api/staff/condominiums/${small.id}/funds-calls`,
      headers: { cookie: staff },
      payload: { year: 2027, quarter: 1 },
    });
    expect(issued.statusCode).toBe(201);
    expect(issued.json()).toMatchObject({ totalCents: 250_000, coOwnerCount: 9 });
    const { db } = t.database;
    const lines = await db.select().from(fundsCallLines).where(eq(fundsCallLines.fundsCallId, issued.json().id));
    expect(lines).toHaveLength(9);
    expect(lines.every((line) => line.allocationKeyId !== null)).toBe(true);
    const [worksFund] = await db
      .select({ count: sql<number>`count(*)::int` })
      .from(ledgerLines)
      .innerJoin(ledgerEntries, eq(ledgerEntries.id, ledgerLines.entryId))
      .where(sql`${ledgerLines.accountCode} in ('4505', '105')`);
    expect(worksFund?.count).toBe(0);
  });
});
