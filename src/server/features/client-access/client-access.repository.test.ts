import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { factories } from '../../../../test/support/factories.ts';
import { clientReferences } from '../../db/schema/index.ts';
import { countAgencyPersons, searchAgencyPersons } from './client-access.repository.ts';

describe('searchAgencyPersons', () => {
  let database: TestDatabase;
  let make: ReturnType<typeof factories>;
  let agencyId: string;
  let otherAgencyId: string;
  let lefevre: Awaited<ReturnType<ReturnType<typeof factories>['client']>>;
  let company: Awaited<ReturnType<ReturnType<typeof factories>['client']>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    make = factories(database.db);
    agencyId = (await make.agency()).id;
    otherAgencyId = (await make.agency()).id;
    lefevre = await make.client(agencyId, {
      civility: 'MME',
      firstName: 'Béatrice',
      lastName: 'Lefèvre',
      reference: 'C0100452',
    });
    // A fixed reference: a random one could contain "101" and be found by the lot-number searches below.
    company = await make.client(agencyId, {
      civility: 'SOCIETE',
      companyName: 'SCI Les Tilleuls',
      email: null,
      reference: 'CO200777',
    });
    await make.client(otherAgencyId, { civility: 'M', firstName: 'Bernard', lastName: 'Lefèvre' });
    const { lots } = await make.condominium(agencyId, 3);
    await make.ownership(lefevre.person.id, lots[1]?.id ?? '');
    await make.ownership(company.person.id, lots[2]?.id ?? '', { endDate: '2024-01-01' });
    const elsewhere = await make.condominium(otherAgencyId, 1);
    await make.ownership(company.person.id, elsewhere.lots[0]?.id ?? '');
  });
  afterAll(() => database.close());

  const search = (query: string) => searchAgencyPersons(database.db, agencyId, query);
  const namesFound = async (query: string) => (await search(query)).map((match) => match.displayName);

  it('finds a person by name whatever the case and the accents, only in the agency', async () => {
    expect(await namesFound('lefevre')).toEqual(['Mme Béatrice Lefèvre']);
    expect(await namesFound('LEFÈVRE')).toEqual(['Mme Béatrice Lefèvre']);
    expect(await namesFound('beatrice')).toEqual(['Mme Béatrice Lefèvre']);
    expect(await namesFound('Béatrice Lefevre')).toEqual(['Mme Béatrice Lefèvre']);
    expect(await namesFound('tilleuls')).toEqual(['SCI Les Tilleuls']);
    expect(await namesFound('Bernard')).toEqual([]);
  });

  it('describes each match with its references, email and lots owned today in the agency', async () => {
    const [match] = await search('lefevre');
    expect(match).toEqual({
      personId: lefevre.person.id,
      displayName: 'Mme Béatrice Lefèvre',
      references: ['C0100452'],
      email: lefevre.email,
      lots: ['102'],
    });
    const [sci] = await search('tilleuls');
    expect(sci).toMatchObject({ email: null, lots: [] });
  });

  it('finds a client reference typed with O for 0 and I for 1, or in part', async () => {
    expect(await namesFound('CO1OO452')).toEqual(['Mme Béatrice Lefèvre']);
    expect(await namesFound('c0100452')).toEqual(['Mme Béatrice Lefèvre']);
    expect(await namesFound('100452')).toEqual(['Mme Béatrice Lefèvre']);
  });

  it('finds the owner of a lot number today, not a former owner nor an owner elsewhere', async () => {
    expect(await namesFound('102')).toEqual(['Mme Béatrice Lefèvre']);
    expect(await namesFound('103')).toEqual([]);
    expect(await namesFound('101')).toEqual([]);
  });

  it('lists every client of the agency for an empty search, with a count for paging', async () => {
    expect(await namesFound('')).toEqual(['Mme Béatrice Lefèvre', 'SCI Les Tilleuls']);
    expect(await countAgencyPersons(database.db, agencyId, '')).toBe(2);
    expect(await searchAgencyPersons(database.db, agencyId, '', 1, 1)).toHaveLength(1);
    expect(await countAgencyPersons(database.db, agencyId, 'lefevre')).toBe(1);
  });

  it('treats % and _ as plain characters', async () => {
    expect(await namesFound('%')).toEqual([]);
    expect(await namesFound('_')).toEqual([]);
  });

  it('follows a transfer: found where a reference exists, no longer where it was removed', async () => {
    const moving = await make.client(agencyId, { firstName: 'Hugo', lastName: 'Transféré' });
    expect(await searchAgencyPersons(database.db, otherAgencyId, 'transfere')).toEqual([]);
    await database.db
      .insert(clientReferences)
      .values({ agencyId: otherAgencyId, personId: moving.person.id, reference: 'NX7788', canonical: 'NX7788' });
    expect((await searchAgencyPersons(database.db, otherAgencyId, 'transfere'))[0]?.references).toEqual(['NX7788']);
    await database.db.delete(clientReferences).where(eq(clientReferences.canonical, moving.reference));
    expect(await namesFound('transfere')).toEqual([]);
  });
});
