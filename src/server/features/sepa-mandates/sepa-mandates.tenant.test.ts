import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { RENTAL_ICS, rentFactories } from '../../../../test/support/rent-factories.ts';
import { IBAN, sepaMandateFactories } from '../../../../test/support/sepa-mandate-factories.ts';
import { type CallAs, nextAddress, sessions } from '../../../../test/support/sessions.ts';
import { addDays, parisDate } from '../../../domain/calendar.ts';
import { directDebits, sepaMandates } from '../../db/schema/index.ts';
import { postEntry, rentalLedger } from '../ledger/ledger.repository.ts';
import type { FinanceOverview } from '../ledger/ledger.schema.ts';
import type { DirectDebitOptions, Mandate } from './sepa-mandates.schema.ts';

describe('SEPA mandate of a tenant: the agency collects the rent for its landlords', () => {
  let t: TestApp;
  let call: CallAs;
  let tenant: { reference: string; person: { id: string } };
  let coTenant: { reference: string; person: { id: string } };
  let stranger: { reference: string };
  let leaseId: string;
  let unpayableLeaseId: string;
  const mobile = '06 11 22 33 44';

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const make = factories(db);
    const rent = rentFactories(db);
    const cookieOf = sessions(t.app);
    call = async (who, method, url, payload) =>
      t.app.inject({
        method,
        url,
        ...(payload ? { payload } : {}),
        headers: { cookie: await cookieOf(who) },
        remoteAddress: nextAddress(),
      });
    const agency = await make.agency({
      name: 'Gérance Suffren',
      kind: 'rental',
      addressLine1: '69 avenue de Suffren',
      postalCode: '75007',
      city: 'Paris',
    });
    await rent.rentalBankAccount(agency.id, RENTAL_ICS);
    const landlord = await make.client(agency.id, { civility: 'SOCIETE', companyName: 'GERASCO' });
    const { units } = await make.mandate(agency.id, landlord.person.id, [
      { reference: 'GER-01', addressLine1: '20 rue de Chambéry', postalCode: '75015', city: 'Paris' },
    ]);
    tenant = await make.client(agency.id, { firstName: 'Léa', lastName: 'Haddad', mobilePhone: mobile });
    coTenant = await make.client(agency.id, { firstName: 'Marc', lastName: 'Petit', mobilePhone: '06 55 44 33 22' });
    stranger = await make.client(agency.id, { lastName: 'Roy', mobilePhone: '06 99 88 77 66' });
    const lease = await make.lease(units[0]?.id ?? '', [tenant.person.id, coTenant.person.id], {
      startDate: '2024-01-01',
    });
    leaseId = lease.id;
    // The tenant owes one month (rent call debit 411 / credit 4671).
    await db.transaction(async (tx) => {
      const ledgerId = await rentalLedger(tx, agency.id);
      await postEntry(
        tx,
        {
          ledgerId,
          journal: 'LO',
          entryDate: '2026-11-01',
          label: 'Loyer novembre 2026',
          source: 'palier',
          externalId: 'call-nov',
        },
        [
          { accountCode: '411', personId: tenant.person.id, leaseId, managedUnitId: units[0]?.id, debitCents: 103_000 },
          { accountCode: '4671', personId: landlord.person.id, managedUnitId: units[0]?.id, label: 'Loyer', creditCents: 95_000 },
          {
            accountCode: '4671',
            personId: landlord.person.id,
            managedUnitId: units[0]?.id,
            label: 'Provision sur charges',
            creditCents: 8_000,
          },
        ],
      );
    });
    // A lease at an agency without an ICS: listed, not payable.
    const other = await make.agency({ name: 'Sans ICS', kind: 'rental' });
    await rent.rentalBankAccount(other.id, null);
    const otherUnits = await make.mandate(other.id, (await make.client(other.id)).person.id, 1);
    const otherTenantRef = await make.client(other.id, { mobilePhone: '06 10 10 10 10' });
    unpayableLeaseId = (await make.lease(otherUnits.units[0]?.id ?? '', [otherTenantRef.person.id])).id;
    stranger = { reference: otherTenantRef.reference };
  });

  afterAll(async () => {
    await t.close();
  });

  const summaryBody = (overrides: object = {}) => ({
    accountKey: `tenant:${leaseId}`,
    mode: 'manual',
    debtorName: 'Léa Haddad',
    address: '20 rue de Chambéry\n75015 Paris',
    iban: IBAN,
    bic: 'AGRIFRPP',
    ...overrides,
  });

  it('lists the lease as payable with its balance and the agency as creditor; an agency without ICS is not payable', async () => {
    const options: DirectDebitOptions = (await call(tenant.reference, 'GET', '/api/direct-debit/options')).json();
    expect(options.accounts).toEqual([
      expect.objectContaining({
        key: `tenant:${leaseId}`,
        payable: true,
        reason: null,
        balanceCents: -103_000,
        creditorName: 'Gérance Suffren, pour le compte de ses mandants',
        creditorIdentifier: RENTAL_ICS,
      }),
    ]);
    const elsewhere: DirectDebitOptions = (await call(stranger.reference, 'GET', '/api/direct-debit/options')).json();
    expect(elsewhere.accounts).toEqual([
      expect.objectContaining({ key: `tenant:${unpayableLeaseId}`, payable: false, reason: expect.stringContaining('l’agence') }),
    ]);
    // Someone else's lease is not an account of theirs.
    const refused = await call(stranger.reference, 'POST', '/api/direct-debit/summary', summaryBody());
    expect(refused.statusCode).toBe(404);
  });

  it('signs a one-off mandate for the lease: the text names the agency for its landlords, the balance is collected at D+14', async () => {
    const summary = await call(tenant.reference, 'POST', '/api/direct-debit/summary', summaryBody());
    expect(summary.statusCode, summary.body).toBe(200);
    const { summaryText, challengeId } = summary.json() as { summaryText: string; challengeId: string };
    expect(summaryText).toContain('Créancier : Gérance Suffren, pour le compte de ses mandants');
    expect(summaryText).toContain('Adresse du créancier : 69 avenue de Suffren, 75007 Paris');
    expect(summaryText).toContain(
      'Loyers et charges de Location GER-01, 20 rue de Chambéry, 75015 Paris : un prélèvement unique de',
    );
    expect(summaryText).toContain(
      'vous autorisez (A) Gérance Suffren, pour le compte de ses mandants à envoyer des instructions',
    );

    const sms = await sepaMandateFactories(t.database.db).lastSms(mobile);
    const signed = await call(tenant.reference, 'POST', '/api/direct-debit/sign', { challengeId, code: sms.code });
    expect(signed.statusCode, signed.body).toBe(200);
    const mandate: Mandate = signed.json();
    expect(mandate).toMatchObject({
      accountKey: `tenant:${leaseId}`,
      mode: 'manual',
      sequence: 'one_off',
      scheduledDebits: [
        { amountCents: 103_000, sequenceType: 'OOFF', status: 'scheduled', collectionDate: addDays(parisDate(new Date()), 14) },
      ],
    });
    const [row] = await t.database.db.select().from(sepaMandates).where(eq(sepaMandates.id, mandate.id));
    expect(row).toMatchObject({ leaseId, condominiumId: null });
    const [debit] = await t.database.db.select().from(directDebits).where(eq(directDebits.mandateId, mandate.id));
    expect(debit?.remittanceInformation).toContain('Loyer');
    // The mandate's PDF is in the tenant's documents.
    expect((await call(tenant.reference, 'GET', `/api/documents/${mandate.documentId}/file`)).statusCode).toBe(200);

    // The lease's account shows the direct debit in progress, to both co-tenants.
    for (const who of [tenant.reference, coTenant.reference]) {
      const overview: FinanceOverview = (await call(who, 'GET', '/api/finance')).json();
      expect(overview.accounts.find((account) => account.key === `tenant:${leaseId}`)?.directDebitInProgress).toBe(true);
    }
  });

  it('refuses a second automatic mandate for the same lease', async () => {
    const first = await call(tenant.reference, 'POST', '/api/direct-debit/summary', summaryBody({ mode: 'automatic' }));
    const { challengeId } = first.json() as { challengeId: string };
    const sms = await sepaMandateFactories(t.database.db).lastSms(mobile);
    expect((await call(tenant.reference, 'POST', '/api/direct-debit/sign', { challengeId, code: sms.code })).statusCode).toBe(
      200,
    );
    const second = await call(tenant.reference, 'POST', '/api/direct-debit/summary', summaryBody({ mode: 'automatic' }));
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('MANDATE_ALREADY_ACTIVE');
  });
});
