import { and, type Column, eq, type SQL } from 'drizzle-orm';
import { clientReferences, persons } from './schema/index.ts';

/*
 * The columns of a person that letters, notices and lists read, selected the same way everywhere so that
 * `displayName` (civility, names or company) and the postal block always get the same fields.
 */

/** What `displayName` needs. */
export const personNameColumns = {
  civility: persons.civility,
  firstName: persons.firstName,
  lastName: persons.lastName,
  companyName: persons.companyName,
};

/** The postal address printed under the name. */
export const personAddressColumns = {
  addressLine1: persons.addressLine1,
  addressLine2: persons.addressLine2,
  postalCode: persons.postalCode,
  city: persons.city,
};

/** Join condition for the person's client reference at one agency (a left join: none when not its client). */
export function clientReferenceAt(agencyId: string | Column | SQL): SQL | undefined {
  return and(eq(clientReferences.personId, persons.id), eq(clientReferences.agencyId, agencyId));
}
