import { and, asc, type Column, count, eq, exists, gt, inArray, isNull, like, lte, or, type SQL, sql } from 'drizzle-orm';
import { parisDate } from '../../../domain/calendar.ts';
import { canonicalClientReference } from '../../../domain/client-reference.ts';
import { displayName } from '../../../domain/person-name.ts';
import { ACCENTED, searchTerms, UNACCENTED } from '../../../domain/search-folding.ts';
import type { Executor } from '../../db/client.ts';
import { accounts, clientReferences, condominiums, lots, ownerships, persons } from '../../db/schema/index.ts';

/** In force on `today`: started on or before it, and not yet ended (the end date is the first day without it). */
const inForce = (start: Column, end: Column, today: string) => and(lte(start, today), or(isNull(end), gt(end, today)));

/** The SQL side of `foldForSearch`: lower case, accents removed, with the very same table. */
const folded = (column: Column | SQL) => sql`translate(lower(${column}), ${ACCENTED}, ${UNACCENTED})`;

const escapeLike = (term: string) => term.replace(/[\\%_]/g, (character) => `\\${character}`);
const containing = (term: string) => `%${escapeLike(term)}%`;

/** The person holds a client reference in the agency: this is what "a client of the agency" means. */
const holdsReferenceIn = (db: Executor, agencyId: string, extra?: SQL) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(clientReferences)
      .where(and(eq(clientReferences.personId, persons.id), eq(clientReferences.agencyId, agencyId), extra)),
  );

/** One word of the search matches a name, one of the agency's references, or a lot owned there today. */
function termMatches(db: Executor, agencyId: string, term: string, today: string): SQL {
  const pattern = containing(term);
  const canonical = canonicalClientReference(term);
  const byReference = or(
    like(folded(clientReferences.reference), pattern),
    canonical.length > 0 ? like(clientReferences.canonical, containing(canonical)) : undefined,
  );
  const byLot = exists(
    db
      .select({ one: sql`1` })
      .from(ownerships)
      .innerJoin(lots, eq(lots.id, ownerships.lotId))
      .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
      .where(
        and(
          eq(ownerships.personId, persons.id),
          eq(condominiums.agencyId, agencyId),
          inForce(ownerships.startDate, ownerships.endDate, today),
          // A lot number is matched whole: "12" must not bring every owner of lots 112, 120 and 212.
          eq(folded(lots.number), term),
        ),
      ),
  );
  return or(
    like(folded(persons.lastName), pattern),
    like(folded(persons.firstName), pattern),
    like(folded(persons.companyName), pattern),
    holdsReferenceIn(db, agencyId, byReference),
    byLot,
  ) as SQL;
}

function agencyPersonsWhere(db: Executor, agencyId: string, query: string, today: string) {
  return and(holdsReferenceIn(db, agencyId), ...searchTerms(query).map((term) => termMatches(db, agencyId, term, today)));
}

export interface AgencyPersonMatch {
  personId: string;
  displayName: string;
  references: string[];
  email: string | null;
  lots: string[];
}

/**
 * Persons holding a client reference in the agency, matched word by word (case and accents ignored) on
 * their names, their references in that agency (also in canonical form, so "CO1OO452" finds "C0100452")
 * or the number of a lot they own today in the agency's condominiums. Nothing of another agency shows.
 */
export async function searchAgencyPersons(
  db: Executor,
  agencyId: string,
  query: string,
  limit = 20,
  offset = 0,
): Promise<AgencyPersonMatch[]> {
  const today = parisDate(new Date());
  const rows = await db
    .select({
      personId: persons.id,
      civility: persons.civility,
      firstName: persons.firstName,
      lastName: persons.lastName,
      companyName: persons.companyName,
      email: accounts.email,
    })
    .from(persons)
    .leftJoin(accounts, eq(accounts.personId, persons.id))
    .where(agencyPersonsWhere(db, agencyId, query, today))
    .orderBy(asc(folded(sql`coalesce(${persons.lastName}, ${persons.companyName})`)), asc(persons.firstName), asc(persons.id))
    .limit(limit)
    .offset(offset);
  if (rows.length === 0) return [];

  const personIds = rows.map((row) => row.personId);
  const [references, ownedLots] = await Promise.all([
    db
      .select({ personId: clientReferences.personId, reference: clientReferences.reference })
      .from(clientReferences)
      .where(and(inArray(clientReferences.personId, personIds), eq(clientReferences.agencyId, agencyId)))
      .orderBy(clientReferences.reference),
    listOwnedLotNumbers(db, agencyId, personIds, today),
  ]);
  return rows.map((row) => ({
    personId: row.personId,
    displayName: displayName(row),
    references: references.filter((reference) => reference.personId === row.personId).map((reference) => reference.reference),
    email: row.email,
    lots: ownedLots.filter((lot) => lot.personId === row.personId).map((lot) => lot.number),
  }));
}

export async function countAgencyPersons(db: Executor, agencyId: string, query: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(persons)
    .where(agencyPersonsWhere(db, agencyId, query, parisDate(new Date())));
  return row?.total ?? 0;
}

/** The numbers of the lots these persons own today in the agency's condominiums. */
export async function listOwnedLotNumbers(db: Executor, agencyId: string, personIds: string[], today: string) {
  if (personIds.length === 0) return [];
  return db
    .selectDistinct({ personId: ownerships.personId, number: lots.number })
    .from(ownerships)
    .innerJoin(lots, eq(lots.id, ownerships.lotId))
    .innerJoin(condominiums, eq(condominiums.id, lots.condominiumId))
    .where(
      and(
        inArray(ownerships.personId, personIds),
        eq(condominiums.agencyId, agencyId),
        inForce(ownerships.startDate, ownerships.endDate, today),
      ),
    )
    .orderBy(lots.number);
}
