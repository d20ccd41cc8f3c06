import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { addDays, parisDate } from '../../src/domain/calendar.ts';
import { frenchCreditorIdentifier } from '../../src/domain/sepa.ts';
import { nextTargetBusinessDay } from '../../src/domain/sepa-returns.ts';
import type { Database } from '../../src/server/db/client.ts';
import { bankAccounts, directDebits, sepaMandates } from '../../src/server/db/schema/index.ts';
import { condominiumLedger, postEntry, rentalLedger } from '../../src/server/features/ledger/ledger.repository.ts';
import { postCoOwnerDebt } from './debt-factories.ts';
import { factories } from './factories.ts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

/** Builders for the collection tests: creditor accounts, signed mandates, debts and waiting one-off debits. */
export function collectionFactories(db: Database) {
  return {
    async creditorAccount(ledgerId: string, agencyId: string, values: { holderName: string; nationalId: string }) {
      const [row] = await db
        .insert(bankAccounts)
        .values({
          agencyId,
          ledgerId,
          holderName: values.holderName,
          iban: 'FR7630006000011234567890189',
          bic: 'AGRIFRPP',
          creditorId: frenchCreditorIdentifier(values.nationalId),
        })
        .returning();
      if (!row) throw new Error('no bank account');
      return row;
    },

    /** A mandate as the signature leaves it (the signature itself is sepa-mandates' business). */
    async mandate(values: {
      agencyId: string;
      creditorAccountId: string;
      personId: string;
      condominiumId?: string;
      leaseId?: string;
      mode: 'automatic' | 'manual';
      debtorName: string;
    }) {
      const [row] = await db
        .insert(sepaMandates)
        .values({
          agencyId: values.agencyId,
          creditorAccountId: values.creditorAccountId,
          personId: values.personId,
          condominiumId: values.condominiumId ?? null,
          leaseId: values.leaseId ?? null,
          mandateReference: `PAL-123456-20261001-${unique().slice(-8)}`,
          sequence: values.mode === 'automatic' ? 'recurrent' : 'one_off',
          mode: values.mode,
          debtorName: values.debtorName,
          debtorAddress: '12 rue des Lilas\n94000 Créteil',
          iban: 'FR1420041010050500013M02606',
          bic: 'PSSTFRPPPAR',
          signedAt: new Date('2026-10-01T10:00:00Z'),
          signaturePlace: 'Créteil',
          signatureEvidence: { test: true },
        })
        .returning();
      if (!row) throw new Error('no mandate');
      return row;
    },

    /** The one-off collection a manual mandate schedules at signature. */
    async oneOffDebit(mandateId: string, amountCents: number, collectionDate: string) {
      const [row] = await db
        .insert(directDebits)
        .values({
          mandateId,
          amountCents,
          collectionDate,
          sequenceType: 'OOFF',
          endToEndId: `PAL-${unique()}`,
          remittanceInformation: 'Charges Les Tilleuls',
          status: 'scheduled',
        })
        .returning();
      if (!row) throw new Error('no direct debit');
      return row;
    },

    /** A call for funds owed by a co-owner: debit 4501 / credit 701. */
    async coOwnerDebt(condominiumId: string, personId: string, cents: number, externalId: string) {
      await postCoOwnerDebt(db, condominiumId, personId, cents, externalId);
    },

    /** A rent call owed by a tenant: debit 411 (tenant, lease, unit) / credit 4671 (landlord). */
    async rentDebt(
      agencyId: string,
      values: { tenantId: string; landlordId: string; leaseId: string; managedUnitId: string; cents: number; externalId: string },
    ) {
      await db.transaction(async (tx) => {
        const ledgerId = await rentalLedger(tx, agencyId);
        await postEntry(
          tx,
          {
            ledgerId,
            journal: 'LO',
            entryDate: '2026-11-01',
            label: 'Loyer novembre 2026',
            source: 'palier',
            externalId: values.externalId,
          },
          [
            {
              accountCode: '411',
              personId: values.tenantId,
              leaseId: values.leaseId,
              managedUnitId: values.managedUnitId,
              debitCents: values.cents,
              creditCents: 0,
            },
            {
              accountCode: '4671',
              personId: values.landlordId,
              managedUnitId: values.managedUnitId,
              label: 'Loyer',
              debitCents: 0,
              creditCents: values.cents,
            },
          ],
        );
      });
    },
  };
}

/** A collection date the rules accept today: 3 weeks ahead, on a TARGET2 business day. */
export function nextCollectionDate(now = new Date(), days = 21): string {
  return nextTargetBusinessDay(addDays(parisDate(now), days));
}

/**
 * Two agencies: Cabinet Alpha (a condominium with its bank account; M. et Mme Allouard owe 1 129,35 € under an
 * automatic mandate, M. Bernard signed a manual one-off mandate for 250 €; a tenant of its rental side owes a
 * month of rent under an automatic mandate), and Cabinet Bêta with its own manager.
 */
export async function collectionScene(db: Database) {
  const base = factories(db);
  const make = collectionFactories(db);
  const agency = await base.agency({ name: 'Cabinet Alpha', kind: 'syndic' });
  const manager = await base.staffMember(agency.id);
  const other = await base.agency({ name: 'Cabinet Bêta', kind: 'syndic' });
  const outsider = await base.staffMember(other.id);

  const { condominium, lots } = await base.condominium(agency.id, 3, { name: 'Les Tilleuls' });
  const account = await make.creditorAccount(await condominiumLedger(db, condominium.id), agency.id, {
    holderName: 'Syndicat des copropriétaires Les Tilleuls',
    nationalId: '123456',
  });
  const allouard = await base.client(agency.id, { civility: 'M_ET_MME', lastName: 'Allouard', reference: `CO${unique()}` });
  await base.ownership(allouard.person.id, lots[0]?.id ?? '');
  await make.coOwnerDebt(condominium.id, allouard.person.id, 112_935, 'T4-allouard');
  const allouardMandate = await make.mandate({
    agencyId: agency.id,
    creditorAccountId: account.id,
    personId: allouard.person.id,
    condominiumId: condominium.id,
    mode: 'automatic',
    debtorName: 'M. et Mme Allouard',
  });

  const bernard = await base.client(agency.id, { lastName: 'Bernard' });
  await base.ownership(bernard.person.id, lots[1]?.id ?? '');
  await make.coOwnerDebt(condominium.id, bernard.person.id, 25_000, 'T4-bernard');
  const bernardMandate = await make.mandate({
    agencyId: agency.id,
    creditorAccountId: account.id,
    personId: bernard.person.id,
    condominiumId: condominium.id,
    mode: 'manual',
    debtorName: 'Jean Bernard',
  });

  // Rental side of the same agency: one ledger, its own bank account.
  const landlord = await base.client(agency.id, { lastName: 'Gerasco' });
  const { units } = await base.mandate(agency.id, landlord.person.id, 1);
  const unit = units[0];
  if (!unit) throw new Error('no unit');
  const tenant = await base.client(agency.id, { lastName: 'Locataire' });
  const lease = await base.lease(unit.id, [tenant.person.id], { reference: `BAIL-${unique()}` });
  const rentalAccount = await make.creditorAccount(await rentalLedger(db, agency.id), agency.id, {
    holderName: 'Cabinet Alpha Gérance',
    nationalId: '654321',
  });
  await make.rentDebt(agency.id, {
    tenantId: tenant.person.id,
    landlordId: landlord.person.id,
    leaseId: lease.id,
    managedUnitId: unit.id,
    cents: 103_000,
    externalId: 'rent-2026-11',
  });
  const tenantMandate = await make.mandate({
    agencyId: agency.id,
    creditorAccountId: rentalAccount.id,
    personId: tenant.person.id,
    leaseId: lease.id,
    mode: 'automatic',
    debtorName: 'Paul Locataire',
  });

  return {
    make,
    agency,
    manager,
    other,
    outsider,
    condominium,
    account,
    rentalAccount,
    allouard,
    allouardMandate,
    bernard,
    bernardMandate,
    tenant,
    lease,
    tenantMandate,
  };
}

export interface FakeSmtp {
  url: string;
  received: { to: string[]; raw: string }[];
  close(): Promise<void>;
}

/** An SMTP server on a free local port that keeps what it receives, standing in for the agency's provider. */
export async function startSmtpServer(): Promise<FakeSmtp> {
  const received: FakeSmtp['received'] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  server.listen(0, '127.0.0.1');
  await once(server.server, 'listening');
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
