import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/database.ts';
import { documentFactories } from '../../../../test/support/document-factories.ts';
import { factories } from '../../../../test/support/factories.ts';
import {
  canSee,
  DOCUMENT_FOLDERS,
  type DocumentFacts,
  type DocumentFolder,
  type DocumentScope,
  type PersonFacts,
} from '../../../domain/document-audience.ts';
import { documents, managedUnits } from '../../db/schema/index.ts';
import type { FileStorage } from '../../platform/storage/file-storage.ts';
import { personsWhoCanSee, visibleDocumentsCondition } from './documents.repository.ts';

const TODAY = '2026-03-15';
const DATES = ['2010-01-01', '2026-03-14', TODAY, '2026-03-16'];

/**
 * The SQL condition and the domain rule are two writings of one rule: on a varied world — random people with
 * every kind of relation, begun or ended around today, and a document of every scope and folder — they must
 * give exactly the same answer for every person and every document, both ways round.
 */
describe('visibleDocumentsCondition is the domain rule, in SQL', () => {
  let database: TestDatabase;
  const persons: PersonFacts[] = [];
  const docs: (DocumentFacts & { id: string })[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const { db } = database;
    const make = factories(db);
    // Documents here are rows only: no byte is ever read.
    const place = documentFactories(db, null as unknown as FileStorage);
    const agency = await make.agency();
    const lotsByCondominium: { lotId: string; buildingId: string | null; condominiumId: string }[] = [];
    for (let index = 0; index < 2; index++) {
      const { condominium } = await make.condominium(agency.id, 0);
      const first = await place.building(condominium.id, 'Bâtiment A');
      const second = await place.building(condominium.id, 'Bâtiment B');
      for (const [number, building] of [
        ['1', first.id],
        ['2', first.id],
        ['3', second.id],
        ['4', null],
      ] as const) {
        const lot = await place.lot(condominium.id, number, building);
        lotsByCondominium.push({ lotId: lot.id, buildingId: building, condominiumId: condominium.id });
      }
    }
    const condominiumIds = [...new Set(lotsByCondominium.map((lot) => lot.condominiumId))];

    const period = fc
      .record({ startDate: fc.constantFrom(...DATES), endDate: fc.option(fc.constantFrom(...DATES), { nil: null }) })
      .filter((dates) => dates.endDate === null || dates.endDate > dates.startDate);
    const placed = fc.tuple(fc.constantFrom(...lotsByCondominium), period).map(([lot, dates]) => ({ ...lot, ...dates }));
    const relations = fc.record({
      ownerships: fc.array(placed, { maxLength: 2 }),
      mandates: fc.array(placed, { maxLength: 2 }),
      leases: fc.array(placed, { maxLength: 2 }),
      councils: fc.array(
        fc.tuple(fc.constantFrom(...condominiumIds), period).map(([condominiumId, dates]) => ({ condominiumId, ...dates })),
        { maxLength: 1 },
      ),
    });
    for (const drawn of fc.sample(relations, { numRuns: 14, seed: 20260315 })) {
      const { person } = await make.client(agency.id);
      for (const ownership of drawn.ownerships) await make.ownership(person.id, ownership.lotId, dates(ownership));
      for (const mandate of drawn.mandates) {
        const { units } = await make.mandate(agency.id, person.id, 1, dates(mandate));
        await db
          .update(managedUnits)
          .set({ lotId: mandate.lotId })
          .where(eq(managedUnits.id, units[0]?.id ?? ''));
      }
      for (const lease of drawn.leases) {
        const landlord = await make.client(agency.id);
        const { units } = await make.mandate(agency.id, landlord.person.id, 1);
        await db
          .update(managedUnits)
          .set({ lotId: lease.lotId })
          .where(eq(managedUnits.id, units[0]?.id ?? ''));
        await make.lease(units[0]?.id ?? '', [person.id], dates(lease));
      }
      for (const seat of drawn.councils) await make.councilMembership(person.id, seat.condominiumId, dates(seat));
      persons.push({ personId: person.id, ...drawn });
    }

    // Landlords made for the leases are people too: they must get exactly what the rule gives them.
    const folders: DocumentFolder[] = ['reglement', 'comptabilite', 'bail', 'conseil_syndical', 'vie_immeuble'];
    const [lot1, , lot3] = lotsByCondominium;
    const targets: Omit<DocumentFacts, 'folder' | 'withdrawn'>[] = [];
    for (const lot of [lot1, lot3, lotsByCondominium[5]]) {
      if (!lot) continue;
      const base = { condominiumId: lot.condominiumId, buildingId: null, lotId: null, personId: null };
      targets.push({ ...base, scope: 'condominium' }, { ...base, scope: 'council' }, { ...base, scope: 'lot', lotId: lot.lotId });
      if (lot.buildingId) targets.push({ ...base, scope: 'building', buildingId: lot.buildingId });
    }
    for (const person of persons.slice(0, 3)) {
      targets.push({ scope: 'person', condominiumId: null, buildingId: null, lotId: null, personId: person.personId });
    }
    for (const target of targets) {
      for (const folder of folders) {
        for (const withdrawn of [false, true]) {
          if (withdrawn && folder !== 'reglement') continue;
          const [row] = await db
            .insert(documents)
            .values({
              agencyId: agency.id,
              ...target,
              folder,
              kind: 'Test',
              title: `${target.scope} ${folder}`,
              year: 2026,
              withdrawnAt: withdrawn ? new Date() : null,
            })
            .returning({ id: documents.id });
          docs.push({ ...target, folder, withdrawn, id: row?.id ?? '' });
        }
      }
    }
  }, 120_000);
  afterAll(() => database.close());

  it('covers every kind of relation and scope (the world is varied enough to mean something)', () => {
    const scopes = new Set(docs.map((doc) => doc.scope));
    expect([...scopes].sort()).toEqual(['building', 'condominium', 'council', 'lot', 'person'] satisfies DocumentScope[]);
    const seen = docs.flatMap((doc) => persons.filter((person) => canSee(person, doc, TODAY)));
    expect(seen.length).toBeGreaterThan(20);
    expect(persons.some((person) => person.leases.length > 0 && docs.some((doc) => canSee(person, doc, TODAY)))).toBe(true);
    expect(DOCUMENT_FOLDERS.length).toBe(12);
  });

  it('lets each person read exactly the documents the domain rule gives them', async () => {
    for (const person of persons) {
      const rows = await database.db
        .select({ id: documents.id })
        .from(documents)
        .where(visibleDocumentsCondition(person.personId, TODAY));
      const expected = docs.filter((doc) => canSee(person, doc, TODAY)).map((doc) => doc.id);
      expect(rows.map((row) => row.id).sort()).toEqual(expected.sort());
    }
  });

  it('finds, for the notifications, exactly the people the domain rule names', async () => {
    const pairs = await personsWhoCanSee(
      database.db,
      docs.map((doc) => doc.id),
      TODAY,
    );
    const known = new Set(persons.map((person) => person.personId));
    const found = pairs
      .filter((pair) => known.has(pair.personId))
      .map((pair) => `${pair.personId}/${pair.documentId}`)
      .sort();
    const expected = persons
      .flatMap((person) => docs.filter((doc) => canSee(person, doc, TODAY)).map((doc) => `${person.personId}/${doc.id}`))
      .sort();
    expect(found).toEqual(expected);
  });
});

function dates(period: { startDate: string; endDate: string | null }) {
  return { startDate: period.startDate, endDate: period.endDate };
}
