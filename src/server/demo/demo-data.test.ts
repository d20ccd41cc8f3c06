import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { canonicalClientReference } from '../../domain/client-reference.ts';
import { verifyPassword } from '../platform/passwords.ts';
import { localFolderStorage } from '../platform/storage/local-folder-storage.ts';
import { demoAccounts, demoPassword, hasDemoData, loadDemoData } from './demo-data.ts';

/** The rental status as the product defines it (see managed_units in schema/rentals.ts). */
const unitStatus = `
  case
    when exists (
      select 1 from leases l
      where l.managed_unit_id = u.id and l.start_date <= current_date and (l.end_date is null or l.end_date >= current_date)
    ) then 'loue'
    when u.is_being_let then 'mise_en_location'
    else 'vacant'
  end`;

describe('demo data', () => {
  let database: TestDatabase;
  const folder = mkdtempSync(path.join(os.tmpdir(), 'palier-demo-'));
  const storage = localFolderStorage(folder);
  const query = async <Row>(text: string, values: unknown[] = []): Promise<Row[]> =>
    (await database.pool.query(text, values)).rows as Row[];

  beforeAll(async () => {
    database = await createTestDatabase();
    expect(await hasDemoData(database.db)).toBe(false);
    await loadDemoData(database.db, storage);
  });
  afterAll(async () => {
    await database?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('opens every advertised demo account with the demo password', async () => {
    expect(demoAccounts.map((account) => account.identifier)).toEqual([
      'CO100452',
      'CO100417',
      'BA200028',
      'LO300115',
      'gestion@immocity.example',
    ]);
    for (const { identifier } of demoAccounts) {
      const rows = identifier.includes('@')
        ? await query<{ password_hash: string }>(
            `select a.password_hash from accounts a
             join staff_members s on s.id = a.staff_member_id
             join agencies g on g.id = s.agency_id
             where lower(a.email) = lower($1) and s.role = 'manager' and g.name = 'ImmoCity Coulon'`,
            [identifier],
          )
        : await query<{ password_hash: string }>(
            `select a.password_hash from client_references r join accounts a on a.person_id = r.person_id
             where r.canonical = $1`,
            [canonicalClientReference(identifier)],
          );
      expect(rows, identifier).toHaveLength(1);
      expect(await verifyPassword(rows[0]?.password_hash, demoPassword), identifier).toBe(true);
    }
  });

  it('gives M. et Mme Allouard exactly 4 lots in the Créteil condominium', async () => {
    const lots = await query<{ number: string; civility: string; condominium: string }>(
      `select l.number, p.civility, c.name as condominium
       from client_references r
       join persons p on p.id = r.person_id
       join ownerships o on o.person_id = p.id and o.end_date is null
       join lots l on l.id = o.lot_id
       join condominiums c on c.id = l.condominium_id
       where r.reference = 'CO100452'`,
    );
    expect(lots).toHaveLength(4);
    expect(new Set(lots.map((lot) => lot.civility))).toEqual(new Set(['M_ET_MME']));
    expect(new Set(lots.map((lot) => lot.condominium))).toEqual(new Set(['Copropriété du 100 avenue Anatole France']));
  });

  it('shares the general key in exactly 10 000 tantièmes over every lot, and the lift over apartments only', async () => {
    const [general] = await query<{ total: number; lots: number; all_lots: number }>(
      `select sum(s.shares)::int as total, count(*)::int as lots,
              (select count(*)::int from lots where condominium_id = k.condominium_id) as all_lots
       from allocation_keys k join lot_shares s on s.allocation_key_id = k.id
       where k.code = 'GEN' and k.is_general
       group by k.condominium_id`,
    );
    expect(general?.total).toBe(10_000);
    expect(general?.lots).toBe(general?.all_lots);

    const liftKinds = await query<{ kind: string; shares: number }>(
      `select l.kind, sum(s.shares)::int as shares
       from allocation_keys k join lot_shares s on s.allocation_key_id = k.id join lots l on l.id = s.lot_id
       where k.code = 'ASC' group by l.kind`,
    );
    expect(liftKinds).toEqual([{ kind: 'appartement', shares: 1_000 }]);
  });

  it('names one representative for the lot held in indivision, and keeps a past owner', async () => {
    const joint = await query<{ representatives: number; owners: number }>(
      `select count(*) filter (where is_representative)::int as representatives, count(*)::int as owners
       from ownerships where kind = 'indivision' and end_date is null group by lot_id`,
    );
    expect(joint).toEqual([{ representatives: 1, owners: 2 }]);
    const [sold] = await query<{ count: number }>('select count(*)::int as count from ownerships where end_date is not null');
    expect(sold?.count).toBeGreaterThan(0);
  });

  it('makes CO100417 a council member of a council that has a president', async () => {
    const roles = await query<{ reference: string | null; role: string }>(
      `select r.reference, m.role from council_memberships m
       left join client_references r on r.person_id = m.person_id
       where m.end_date is null`,
    );
    expect(roles).toContainEqual({ reference: 'CO100417', role: 'member' });
    expect(roles.filter((row) => row.role === 'president')).toHaveLength(1);
  });

  it("manages GERASCO's 28 units, some let, some being let, some vacant", async () => {
    const statuses = await query<{ status: string; units: number }>(
      `select ${unitStatus} as status, count(*)::int as units
       from client_references r
       join management_mandates m on m.landlord_id = r.person_id
       join managed_units u on u.mandate_id = m.id
       where r.reference = 'BA200028'
       group by 1 order by 1`,
    );
    expect(statuses.reduce((total, row) => total + row.units, 0)).toBe(28);
    expect(statuses.map((row) => row.status)).toEqual(['loue', 'mise_en_location', 'vacant']);
    expect(statuses.every((row) => row.units > 0)).toBe(true);

    const [unsigned] = await query<{ count: number }>(
      `select count(*)::int as count from leases l
       where not exists (select 1 from lease_tenants t where t.lease_id = l.id)`,
    );
    expect(unsigned?.count).toBe(0);
  });

  it('lets LO300115 rent a GERASCO unit under a running lease', async () => {
    const leases = await query<{ address: string; landlord: string; rent: number; deposit: number }>(
      `select u.address_line1 as address, landlord.company_name as landlord,
              l.monthly_rent_cents as rent, l.deposit_cents as deposit
       from client_references r
       join lease_tenants t on t.person_id = r.person_id
       join leases l on l.id = t.lease_id
       join managed_units u on u.id = l.managed_unit_id
       join management_mandates m on m.id = u.mandate_id
       join persons landlord on landlord.id = m.landlord_id
       where r.reference = 'LO300115'
         and l.start_date <= current_date and (l.end_date is null or l.end_date >= current_date)`,
    );
    expect(leases).toHaveLength(1);
    expect(leases[0]).toMatchObject({ address: '20 rue de Chambéry', landlord: 'GERASCO' });
    expect(leases[0]?.deposit).toBe(leases[0]?.rent);
  });

  it('stores every client reference in its canonical form, never twice', async () => {
    const references = await query<{ reference: string; canonical: string }>(
      'select reference, canonical from client_references',
    );
    expect(references.length).toBeGreaterThan(50);
    for (const { reference, canonical } of references) expect(canonical).toBe(canonicalClientReference(reference));
    expect(new Set(references.map((row) => row.canonical)).size).toBe(references.length);
  });

  it('gives every client a login, a few of them without email', async () => {
    const [counts] = await query<{ persons: number; accounts: number; without_email: number }>(
      `select (select count(*)::int from persons) as persons,
              (select count(*)::int from accounts where person_id is not null) as accounts,
              (select count(*)::int from accounts where person_id is not null and email is null) as without_email`,
    );
    expect(counts?.accounts).toBe(counts?.persons);
    expect(counts?.without_email).toBeGreaterThan(0);
  });

  it('refuses to load the demo a second time', async () => {
    expect(await hasDemoData(database.db)).toBe(true);
    const [before] = await query<{ count: number }>('select count(*)::int as count from persons');
    await expect(loadDemoData(database.db, storage)).rejects.toMatchObject({ code: 'CONFLICT' });
    const [after] = await query<{ count: number }>('select count(*)::int as count from persons');
    expect(after?.count).toBe(before?.count);
  });

  it('creates the same people on every load', async () => {
    const other = await createTestDatabase();
    try {
      await loadDemoData(other.db, storage);
      const people = 'select civility, first_name, last_name, company_name, mobile_phone from persons order by 1, 2, 3, 4, 5';
      expect((await other.pool.query(people)).rows).toEqual(await query(people));
    } finally {
      await other.close();
    }
  });
});
