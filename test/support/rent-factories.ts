import { frenchCreditorIdentifier } from '../../src/domain/sepa.ts';
import type { Database } from '../../src/server/db/client.ts';
import { bankAccounts } from '../../src/server/db/schema/index.ts';
import { postEntry, rentalLedger } from '../../src/server/features/ledger/ledger.repository.ts';
import { factories } from './factories.ts';

export const RENTAL_ICS = frenchCreditorIdentifier('654321');

/**
 * A rental agency with its manager, a landlord, two units: one let to two co-tenants, one to a single tenant;
 * and a second agency with its own manager, lease and tenant (for what another agency must never reach).
 */
export async function rentScene(db: Database) {
  const make = factories(db);
  const agency = await make.agency({
    name: 'Gérance Suffren',
    kind: 'rental',
    addressLine1: '69 avenue de Suffren',
    postalCode: '75007',
    city: 'Paris',
  });
  const staff = await make.staffMember(agency.id);
  const landlord = await make.client(agency.id, { civility: 'SOCIETE', companyName: 'GERASCO' });
  const { mandate, units } = await make.mandate(agency.id, landlord.person.id, [
    { addressLine1: '20 rue de Chambéry', postalCode: '75015', city: 'Paris' },
    { addressLine1: '5 rue Cler', postalCode: '75007', city: 'Paris' },
  ]);
  const coTenantA = await make.client(agency.id, { firstName: 'Léa', lastName: 'Haddad' });
  const coTenantB = await make.client(agency.id, { firstName: 'Marc', lastName: 'Petit' });
  const shared = await make.lease(units[0]?.id ?? '', [coTenantA.person.id, coTenantB.person.id], {
    startDate: '2024-01-01',
    monthlyRentCents: 120_000,
    monthlyChargesCents: 15_000,
    paymentDay: 5,
  });
  const single = await make.client(agency.id, { firstName: 'Nina', lastName: 'Roy' });
  const other = await make.lease(units[1]?.id ?? '', [single.person.id], {
    startDate: '2025-06-01',
    monthlyRentCents: 80_000,
    monthlyChargesCents: 6_000,
  });

  const foreignAgency = await make.agency({ name: 'Autre gérance', kind: 'rental' });
  const foreignStaff = await make.staffMember(foreignAgency.id);
  const foreignLandlord = await make.client(foreignAgency.id);
  const foreignMandate = await make.mandate(foreignAgency.id, foreignLandlord.person.id, 1);
  const foreignTenant = await make.client(foreignAgency.id);
  const foreignLease = await make.lease(foreignMandate.units[0]?.id ?? '', [foreignTenant.person.id], {
    startDate: '2024-01-01',
  });

  return {
    make,
    agency,
    staff,
    landlord,
    mandate,
    units,
    coTenantA,
    coTenantB,
    shared,
    single,
    other,
    foreignAgency,
    foreignStaff,
    foreignTenant,
    foreignLease,
  };
}

export function rentFactories(db: Database) {
  return {
    /** The agency's rental bank account; `creditorId` null leaves it unable to collect by direct debit. */
    async rentalBankAccount(agencyId: string, creditorId: string | null = RENTAL_ICS) {
      const ledgerId = await rentalLedger(db, agencyId);
      const [row] = await db
        .insert(bankAccounts)
        .values({
          agencyId,
          ledgerId,
          holderName: 'Gérance Suffren — compte mandant',
          iban: 'FR7630006000011234567890189',
          bic: 'AGRIFRPP',
          creditorId,
        })
        .returning();
      return row;
    },

    /** A tenant's payment received at the bank: debit 512 / credit 411 (tenant, lease, unit). */
    async payment(
      agencyId: string,
      lease: { id: string; managedUnitId: string },
      personId: string,
      cents: number,
      date: string,
      externalId: string,
    ) {
      return db.transaction(async (tx) => {
        const ledgerId = await rentalLedger(tx, agencyId);
        return postEntry(
          tx,
          { ledgerId, journal: 'BQ', entryDate: date, label: 'Virement locataire', source: 'palier', externalId },
          [
            { accountCode: '512', debitCents: cents },
            {
              accountCode: '411',
              personId,
              leaseId: lease.id,
              managedUnitId: lease.managedUnitId,
              label: 'Règlement loyer',
              creditCents: cents,
            },
          ],
        );
      });
    },
  };
}
