import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canSee,
  DOCUMENT_FOLDERS,
  type DocumentFacts,
  type DocumentFolder,
  FIRST_VISIT_WINDOW_MS,
  isInForce,
  type LotPlace,
  openVisit,
  type PersonFacts,
  relationsTo,
  TENANT_SHARED_FOLDERS,
  VISIT_PAUSE_MS,
} from './document-audience.ts';

const TODAY = '2026-03-15';

// A small world, so that random people and documents often meet: two condominiums, three buildings, six lots.
const PLACES: LotPlace[] = [
  { lotId: 'l1', buildingId: 'b1', condominiumId: 'c1' },
  { lotId: 'l2', buildingId: 'b1', condominiumId: 'c1' },
  { lotId: 'l3', buildingId: 'b2', condominiumId: 'c1' },
  { lotId: 'l4', buildingId: null, condominiumId: 'c1' },
  { lotId: 'l5', buildingId: 'b3', condominiumId: 'c2' },
  { lotId: 'l6', buildingId: 'b3', condominiumId: 'c2' },
];
const PERSONS = ['p1', 'p2', 'p3'];
const folders = DOCUMENT_FOLDERS.map((entry) => entry.folder);
const ownersOnly: DocumentFolder[] = DOCUMENT_FOLDERS.filter((entry) => entry.ownersOnly).map((entry) => entry.folder);

const date = fc.constantFrom('2010-01-01', '2026-03-14', '2026-03-15', '2026-03-16', '2030-01-01');
const period = fc
  .record({ startDate: date, endDate: fc.option(date, { nil: null }) })
  .filter((p) => p.endDate === null || p.endDate > p.startDate);
const placed = fc.tuple(fc.constantFrom(...PLACES), period).map(([place, dates]) => ({ ...place, ...dates }));
const person = (personId: string) =>
  fc.record({
    personId: fc.constant(personId),
    ownerships: fc.array(placed, { maxLength: 3 }),
    mandates: fc.array(placed, { maxLength: 2 }),
    leases: fc.array(placed, { maxLength: 2 }),
    councils: fc.array(
      fc.tuple(fc.constantFrom('c1', 'c2'), period).map(([condominiumId, dates]) => ({ condominiumId, ...dates })),
      { maxLength: 2 },
    ),
  });
const anyPerson = fc.constantFrom(...PERSONS).chain(person);
const anyDocument: fc.Arbitrary<DocumentFacts> = fc
  .record({
    scope: fc.constantFrom('condominium', 'building', 'lot', 'person', 'council' as const),
    folder: fc.constantFrom(...folders),
    place: fc.constantFrom(...PLACES),
    personId: fc.constantFrom(...PERSONS),
    withdrawn: fc.boolean(),
  })
  .map(({ scope, folder, place, personId, withdrawn }) => ({
    scope,
    folder,
    condominiumId: scope === 'person' ? null : place.condominiumId,
    buildingId: scope === 'building' ? place.buildingId : null,
    lotId: scope === 'lot' ? place.lotId : null,
    personId: scope === 'person' ? personId : null,
    withdrawn,
  }))
  // A building-scoped document always names a building (the database's check).
  .filter((document) => document.scope !== 'building' || document.buildingId !== null);

const nobody = (personId: string): PersonFacts => ({ personId, ownerships: [], mandates: [], leases: [], councils: [] });

describe('the folders', () => {
  it('are the twelve of the schema, in display order, with French labels', () => {
    expect(folders).toHaveLength(12);
    expect(new Set(folders).size).toBe(12);
    expect(DOCUMENT_FOLDERS[0]).toEqual({ folder: 'reglement', label: 'Règlement de copropriété', ownersOnly: false });
    expect(ownersOnly).toEqual([
      'carnet_entretien',
      'contrats',
      'assemblees',
      'comptabilite',
      'appels_de_fonds',
      'conseil_syndical',
    ]);
  });

  it('open to tenants are never an owners-only folder', () => {
    for (const folder of TENANT_SHARED_FOLDERS) expect(ownersOnly).not.toContain(folder);
  });
});

describe('who sees a document', () => {
  it('a tenant, whatever else is true, never gets a shared document of an owners-only folder through the lease', () => {
    fc.assert(
      fc.property(anyPerson, anyDocument, (someone, document) => {
        const relations = relationsTo(someone, document, TODAY);
        if (ownersOnly.includes(document.folder)) expect(relations).not.toContain('tenant');
        const tenantOnly = { ...nobody(someone.personId), leases: someone.leases };
        if (document.scope !== 'person' && ownersOnly.includes(document.folder)) {
          expect(canSee(tenantOnly, document, TODAY)).toBe(false);
        }
      }),
    );
  });

  it('the addressee always sees their person document unless withdrawn, and nobody else does', () => {
    fc.assert(
      fc.property(anyPerson, anyDocument, (someone, document) => {
        fc.pre(document.scope === 'person');
        const visible = canSee(someone, document, TODAY);
        expect(visible).toBe(!document.withdrawn && document.personId === someone.personId);
      }),
    );
  });

  it('nobody without a relation in force today sees anything', () => {
    fc.assert(
      fc.property(anyPerson, anyDocument, (someone, document) => {
        fc.pre(document.scope !== 'person');
        const expired = (places: { startDate: string; endDate: string | null }[]) =>
          places.every((place) => !isInForce(place, TODAY));
        fc.pre(expired(someone.ownerships) && expired(someone.mandates) && expired(someone.leases) && expired(someone.councils));
        expect(canSee(someone, document, TODAY)).toBe(false);
      }),
    );
    expect(canSee(nobody('p1'), { ...baseDocument, scope: 'condominium' }, TODAY)).toBe(false);
  });

  it('people of another condominium never see a shared or council document', () => {
    fc.assert(
      fc.property(anyPerson, anyDocument, (someone, document) => {
        fc.pre(document.scope !== 'person');
        const elsewhere = (places: { condominiumId: string }[]) =>
          places.every((place) => place.condominiumId !== document.condominiumId);
        fc.pre(
          elsewhere(someone.ownerships) &&
            elsewhere(someone.mandates) &&
            elsewhere(someone.leases) &&
            elsewhere(someone.councils),
        );
        expect(canSee(someone, document, TODAY)).toBe(false);
      }),
    );
  });

  it('withdrawn: nobody', () => {
    fc.assert(
      fc.property(anyPerson, anyDocument, (someone, document) => {
        expect(canSee(someone, { ...document, withdrawn: true }, TODAY)).toBe(false);
      }),
    );
  });

  it('council documents: council members in force only, whatever they own', () => {
    fc.assert(
      fc.property(anyPerson, anyDocument, (someone, document) => {
        fc.pre(document.scope === 'council' && !document.withdrawn);
        const seated = someone.councils.some((seat) => seat.condominiumId === document.condominiumId && isInForce(seat, TODAY));
        expect(canSee(someone, document, TODAY)).toBe(seated);
      }),
    );
  });

  it('owners and landlords see every folder of what concerns their lots', () => {
    fc.assert(
      fc.property(anyPerson, anyDocument, (someone, document) => {
        fc.pre(['condominium', 'building', 'lot'].includes(document.scope) && !document.withdrawn);
        const holder = { ...nobody(someone.personId), ownerships: someone.ownerships };
        const landlord = { ...nobody(someone.personId), mandates: someone.ownerships };
        expect(canSee(landlord, document, TODAY)).toBe(canSee(holder, document, TODAY));
        for (const folder of folders) {
          expect(canSee(holder, { ...document, folder }, TODAY)).toBe(canSee(holder, document, TODAY));
        }
      }),
    );
  });

  it('matches a lot by scope: its condominium, its building, itself', () => {
    const owner: PersonFacts = { ...nobody('p1'), ownerships: [{ ...lotOne, startDate: '2015-03-01', endDate: null }] };
    const shared = { ...baseDocument, folder: 'comptabilite' as const };
    expect(canSee(owner, { ...shared, scope: 'condominium', condominiumId: 'c1' }, TODAY)).toBe(true);
    expect(canSee(owner, { ...shared, scope: 'condominium', condominiumId: 'c2' }, TODAY)).toBe(false);
    expect(canSee(owner, { ...shared, scope: 'building', condominiumId: 'c1', buildingId: 'b1' }, TODAY)).toBe(true);
    expect(canSee(owner, { ...shared, scope: 'building', condominiumId: 'c1', buildingId: 'b2' }, TODAY)).toBe(false);
    expect(canSee(owner, { ...shared, scope: 'lot', condominiumId: 'c1', lotId: 'l1' }, TODAY)).toBe(true);
    expect(canSee(owner, { ...shared, scope: 'lot', condominiumId: 'c1', lotId: 'l2' }, TODAY)).toBe(false);
    const tenant: PersonFacts = { ...nobody('p2'), leases: owner.ownerships };
    expect(canSee(tenant, { ...shared, scope: 'condominium', condominiumId: 'c1' }, TODAY)).toBe(false);
    expect(canSee(tenant, { ...shared, folder: 'reglement', scope: 'condominium', condominiumId: 'c1' }, TODAY)).toBe(true);
  });

  it('counts a relation from its first day to the day before its end date', () => {
    expect(isInForce({ startDate: TODAY, endDate: null }, TODAY)).toBe(true);
    expect(isInForce({ startDate: '2026-03-16', endDate: null }, TODAY)).toBe(false);
    expect(isInForce({ startDate: '2020-01-01', endDate: '2026-03-16' }, TODAY)).toBe(true);
    expect(isInForce({ startDate: '2020-01-01', endDate: TODAY }, TODAY)).toBe(false);
  });
});

describe('what is new since the last visit', () => {
  const at = (iso: string) => new Date(iso);

  it('on the very first visit, marks what was published in the last 30 days', () => {
    const now = at('2026-03-15T10:00:00Z');
    const visit = openVisit(undefined, now);
    expect(visit.newSince).toBeNull();
    expect(visit.threshold).toEqual(new Date(now.getTime() - FIRST_VISIT_WINDOW_MS));
    expect(visit.state).toEqual({ lastSeenAt: now, newSince: null });
  });

  it('after a pause, starts a new visit: new is what came after the previous one', () => {
    const previous = { lastSeenAt: at('2026-03-10T09:00:00Z'), newSince: at('2026-03-01T09:00:00Z') };
    const visit = openVisit(previous, at('2026-03-15T10:00:00Z'));
    expect(visit.newSince).toEqual(previous.lastSeenAt);
    expect(visit.threshold).toEqual(previous.lastSeenAt);
  });

  it('within a visit, keeps the marks and only moves the last seen time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: at('2020-01-01'), max: at('2030-01-01'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 3 * VISIT_PAUSE_MS }),
        fc.option(fc.date({ min: at('2019-01-01'), max: at('2020-01-01'), noInvalidDate: true }), { nil: null }),
        (lastSeenAt, elapsed, newSince) => {
          const now = new Date(lastSeenAt.getTime() + elapsed);
          const visit = openVisit({ lastSeenAt, newSince }, now);
          expect(visit.state.lastSeenAt).toEqual(now);
          expect(visit.newSince).toEqual(elapsed > VISIT_PAUSE_MS ? lastSeenAt : newSince);
          // Whatever happens, nothing published after the last look is ever hidden as "already seen".
          expect(visit.threshold.getTime()).toBeLessThanOrEqual(lastSeenAt.getTime());
        },
      ),
    );
  });
});

const lotOne = PLACES[0] as LotPlace;
const baseDocument: DocumentFacts = {
  scope: 'condominium',
  folder: 'reglement',
  condominiumId: 'c1',
  buildingId: null,
  lotId: null,
  personId: null,
  withdrawn: false,
};
