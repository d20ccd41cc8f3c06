import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bankStatementImports,
  bankTransactions,
  buildingContracts,
  collectionRuns,
  directDebits,
  managedUnits,
  supplierInvoices,
} from '../src/server/db/schema/index.ts';
import { localFolderStorage } from '../src/server/platform/storage/local-folder-storage.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { collectionFactories } from './support/collections-factories.ts';
import { documentFactories, pdfWithText } from './support/document-factories.ts';
import { factories } from './support/factories.ts';
import { paymentFactories } from './support/payments-factories.ts';
import { multipartForm } from './support/proof-files.ts';
import { sessions } from './support/sessions.ts';

/**
 * "No one sees what is not theirs", proven from the outside on every property and document route: each
 * route that names a lot, unit, document, version, condominium or contract is called with the ids of
 * someone else's things, by a neighbour in the same condominium, an owner of another condominium of the same
 * agency, a client of another agency, a tenant (owners' things) and staff of another agency. Every answer is
 * 404. The list of routes is read from the OpenAPI description, so a new route without its probe fails here.
 */
describe('isolation of properties and documents', () => {
  let t: TestApp;
  interface Probe {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    payload?: InjectOptions['payload'];
    /** Open to every co-owner of the condominium, so not a neighbour's business to be refused. */
    condominiumWide?: boolean;
  }
  const probes = new Map<string, Probe[]>();
  const intruders: Record<string, string> = {};
  let staffIntruder = '';
  let cookieOf: (identifier: string) => Promise<string>;

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const make = factories(db);
    const docs = documentFactories(db, localFolderStorage(path.join(t.config.dataDir, 'files')));

    const agency = await make.agency({ kind: 'mixed' });
    const { condominium, lots } = await make.condominium(agency.id, 2);
    const [victimLot, neighbourLot] = lots;
    if (!victimLot || !neighbourLot) throw new Error('lots missing');
    const building = await docs.building(condominium.id, 'Bâtiment A');
    const victim = await make.client(agency.id);
    await make.ownership(victim.person.id, victimLot.id);
    await make.councilMembership(victim.person.id, condominium.id);
    const neighbour = await make.client(agency.id);
    await make.ownership(neighbour.person.id, neighbourLot.id);

    const other = await make.condominium(agency.id, 1);
    const otherOwner = await make.client(agency.id);
    await make.ownership(otherOwner.person.id, other.lots[0]?.id ?? '');

    const landlord = await make.client(agency.id);
    const { units } = await make.mandate(agency.id, landlord.person.id, 1);
    const unit = units[0];
    if (!unit) throw new Error('unit missing');
    const tenant = await make.client(agency.id);
    await make.lease(unit.id, [tenant.person.id]);
    // The tenant also rents a unit that is a lot of the condominium: tenants see its shared life, not its accounts.
    const { units: lotUnits } = await make.mandate(agency.id, victim.person.id, 1);
    const rentedLot = lotUnits[0]?.id ?? '';
    await db.update(managedUnits).set({ lotId: victimLot.id }).where(eq(managedUnits.id, rentedLot));
    await make.lease(rentedLot, [tenant.person.id]);

    const foreignAgency = await make.agency();
    const foreignStaff = await make.staffMember(foreignAgency.id);
    const foreigner = await make.client(foreignAgency.id);
    const foreign = await make.condominium(foreignAgency.id, 1);
    await make.ownership(foreigner.person.id, foreign.lots[0]?.id ?? '');

    const inCondominium = { agencyId: agency.id, condominiumId: condominium.id };
    const accounts = await docs.document({ ...inCondominium, scope: 'condominium', folder: 'comptabilite' });
    const ofLot = await docs.document({ ...inCondominium, scope: 'lot', folder: 'diagnostics', lotId: victimLot.id });
    const ofBuilding = await docs.document({ ...inCondominium, scope: 'building', folder: 'reglement', buildingId: building.id });
    const rules = await docs.document({ ...inCondominium, scope: 'condominium', folder: 'reglement' });
    const ofCouncil = await docs.document({ ...inCondominium, scope: 'council', folder: 'conseil_syndical' });
    const personal = await docs.document({
      agencyId: agency.id,
      scope: 'person',
      folder: 'personnel',
      personId: victim.person.id,
    });
    const lease = await docs.document({
      agencyId: agency.id,
      scope: 'person',
      folder: 'bail',
      personId: tenant.person.id,
      managedUnitId: unit.id,
    });
    const [contract] = await db
      .insert(buildingContracts)
      .values({
        condominiumId: condominium.id,
        kind: 'ascenseur',
        title: 'Entretien ascenseur',
        supplierName: 'Ascenseurs du Val',
        startDate: '2024-01-01',
        yearlyAmountCents: 250_000,
      })
      .returning();
    cookieOf = sessions(t.app);
    const staffCookie = await cookieOf((await make.staffMember(agency.id)).email);
    const created = await t.app.inject({
      method: 'GET',
      url: `/api/staff/documents/${accounts.id}`,
      headers: { cookie: staffCookie },
    });
    const versionId = created.json().versions[0].id as string;

    Object.assign(intruders, {
      neighbour: neighbour.reference,
      otherCondominium: otherOwner.reference,
      otherAgency: foreigner.reference,
    });
    staffIntruder = foreignStaff.email;

    const documentProbes = (id: string, condominiumWide = id === accounts.id) => [
      { method: 'GET' as const, url: `/api/documents/${id}`, condominiumWide },
      { method: 'GET' as const, url: `/api/documents/${id}/file`, condominiumWide },
      { method: 'GET' as const, url: `/api/documents/${id}/file?disposition=inline`, condominiumWide },
    ];
    const everyDocument = [accounts, ofLot, ofBuilding, ofCouncil, personal, lease].map((document) => document.id);
    probes.set(
      '/api/documents/{id}',
      everyDocument.flatMap((id) => documentProbes(id).slice(0, 1)),
    );
    probes.set(
      '/api/documents/{id}/file',
      everyDocument.flatMap((id) => documentProbes(id).slice(1)),
    );
    probes.set('/api/documents', [
      { method: 'GET', url: `/api/documents?lotId=${victimLot.id}` },
      { method: 'GET', url: `/api/documents?unitId=${unit.id}` },
    ]);
    probes.set('/api/properties/lots/{lotId}', [{ method: 'GET', url: `/api/properties/lots/${victimLot.id}` }]);
    probes.set('/api/properties/lots/{lotId}/contracts', [
      { method: 'GET', url: `/api/properties/lots/${victimLot.id}/contracts` },
    ]);
    probes.set('/api/properties/units/{unitId}', [{ method: 'GET', url: `/api/properties/units/${unit.id}` }]);
    probes.set('/api/properties/units/{unitId}/contracts', [
      { method: 'GET', url: `/api/properties/units/${unit.id}/contracts` },
    ]);
    probes.set('/api/staff/documents/{id}', [{ method: 'GET', url: `/api/staff/documents/${accounts.id}` }]);
    probes.set('/api/staff/documents/{id}/versions/{versionId}/file', [
      { method: 'GET', url: `/api/staff/documents/${accounts.id}/versions/${versionId}/file` },
    ]);
    probes.set('/api/staff/documents/{id}/withdraw', [
      { method: 'POST', url: `/api/staff/documents/${accounts.id}/withdraw`, payload: { reason: 'Document publié par erreur' } },
    ]);
    probes.set('/api/staff/documents/{id}/versions', [
      {
        method: 'POST',
        url: `/api/staff/documents/${accounts.id}/versions`,
        payload: multipartForm({ note: 'Version pirate' }, [{ field: 'file', name: 'v2.pdf', bytes: await pdfWithText('v2') }]),
      },
    ]);
    probes.set('/api/staff/condominiums/{condominiumId}/contracts', [
      { method: 'GET', url: `/api/staff/condominiums/${condominium.id}/contracts` },
    ]);
    probes.set('/api/staff/condominiums/{condominiumId}/contracts/{contractId}', [
      {
        method: 'PATCH',
        url: `/api/staff/condominiums/${condominium.id}/contracts/${contract?.id}`,
        payload: { title: 'Détourné' },
      },
      { method: 'DELETE', url: `/api/staff/condominiums/${condominium.id}/contracts/${contract?.id}` },
    ]);
    // The council's space: its members and the agency's staff only (the victim sits on the council).
    for (const path of ['', '/budget', '/trial-balance', '/expenses', '/bank-orders', '/invoices', '/spending-by-month'])
      probes.set(`/api/council/condominiums/{condominiumId}${path}`, [
        { method: 'GET', url: `/api/council/condominiums/${condominium.id}${path}` },
      ]);
    probes.set('/api/council/condominiums/{condominiumId}/exports/{report}', [
      { method: 'GET', url: `/api/council/condominiums/${condominium.id}/exports/budget?format=pdf` },
    ]);
    const [invoice] = await db
      .insert(supplierInvoices)
      .values({
        condominiumId: condominium.id,
        supplierName: 'Ascenseurs du Val',
        invoiceNumber: 'F-1',
        invoiceDate: '2026-01-15',
        label: 'Entretien',
        accountCode: '614',
        amountCents: 10_000,
      })
      .returning();
    probes.set('/api/staff/condominiums/{condominiumId}/invoices', [
      {
        method: 'POST',
        url: `/api/staff/condominiums/${condominium.id}/invoices`,
        payload: multipartForm({ supplierName: 'Pirate', invoiceNumber: 'P-1' }, [
          { field: 'file', name: 'f.pdf', bytes: await pdfWithText('Facture') },
        ]),
      },
    ]);
    probes.set('/api/staff/invoices/{invoiceId}/pay', [
      { method: 'POST', url: `/api/staff/invoices/${invoice?.id}/pay`, payload: { paidOn: '2026-02-01' } },
    ]);
    probes.set('/api/staff/documents/targets', [
      { method: 'GET', url: `/api/staff/documents/targets?condominiumId=${condominium.id}` },
      { method: 'GET', url: `/api/staff/documents/targets?personId=${victim.person.id}` },
    ]);
    // The agency's bank account and a line of its statement to review: another agency's staff reach neither.
    const bankAccount = await paymentFactories(db).bankAccount(
      agency.id,
      { condominiumId: condominium.id },
      {
        holderName: 'SDC',
        iban: 'FR7630004000031234567890143',
      },
    );
    const [statement] = await db
      .insert(bankStatementImports)
      .values({ bankAccountId: bankAccount.id, format: 'csv' })
      .returning();
    const [bankLine] = await db
      .insert(bankTransactions)
      .values({
        importId: statement?.id ?? '',
        bankAccountId: bankAccount.id,
        externalId: 'isolation-1',
        bookingDate: '2026-11-02',
        amountCents: 4_500,
      })
      .returning();
    probes.set('/api/staff/bank-accounts/{id}/transactions', [
      { method: 'GET', url: `/api/staff/bank-accounts/${bankAccount.id}/transactions` },
    ]);
    probes.set('/api/staff/bank-accounts/{id}/client-accounts', [
      { method: 'GET', url: `/api/staff/bank-accounts/${bankAccount.id}/client-accounts?q=a` },
    ]);
    probes.set('/api/staff/bank-accounts/{id}/statements', [
      {
        method: 'POST',
        url: `/api/staff/bank-accounts/${bankAccount.id}/statements`,
        payload: multipartForm({}, [
          { field: 'file', name: 'releve.csv', bytes: Buffer.from('Date;Libellé;Montant\n02/11/2026;VIR;1,00') },
        ]),
      },
    ]);
    probes.set('/api/staff/bank-transactions/{id}/assign', [
      {
        method: 'POST',
        url: `/api/staff/bank-transactions/${bankLine?.id}/assign`,
        payload: { personId: victim.person.id, condominiumId: condominium.id },
      },
    ]);
    probes.set('/api/staff/bank-transactions/{id}/ignore', [
      { method: 'POST', url: `/api/staff/bank-transactions/${bankLine?.id}/ignore` },
    ]);

    // A collection run of the agency and one of its direct debits: another agency's staff reach neither.
    const collections = collectionFactories(db);
    const directDebitMandate = await collections.mandate({
      agencyId: agency.id,
      creditorAccountId: bankAccount.id,
      personId: victim.person.id,
      condominiumId: condominium.id,
      mode: 'manual',
      debtorName: 'Victime',
    });
    const [collectionRun] = await db
      .insert(collectionRuns)
      .values({
        agencyId: agency.id,
        creditorAccountId: bankAccount.id,
        collectionDate: '2026-12-15',
        messageId: 'PAL-RUN-ISOLATION',
      })
      .returning();
    const collected = await collections.oneOffDebit(directDebitMandate.id, 1_000, '2026-12-15');
    await db
      .update(directDebits)
      .set({ collectionRunId: collectionRun?.id ?? null, status: 'submitted' })
      .where(eq(directDebits.id, collected.id));
    probes.set('/api/staff/collections/runs/{runId}', [
      { method: 'GET', url: `/api/staff/collections/runs/${collectionRun?.id}` },
    ]);
    probes.set('/api/staff/collections/runs/{runId}/file', [
      { method: 'GET', url: `/api/staff/collections/runs/${collectionRun?.id}/file?version=pain.008.001.02` },
    ]);
    probes.set('/api/staff/collections/runs/{runId}/settle', [
      { method: 'POST', url: `/api/staff/collections/runs/${collectionRun?.id}/settle`, payload: { paidOn: '2026-12-15' } },
    ]);
    probes.set('/api/staff/collections/debits/{debitId}/return', [
      {
        method: 'POST',
        url: `/api/staff/collections/debits/${collected.id}/return`,
        payload: { reasonCode: 'AM04', returnedOn: '2026-12-18' },
      },
    ]);

    // The tenant may open the building's rules through the lot they rent, never the accounts nor the council's.
    intruders.tenant = tenant.reference;
    allowed.push(
      { who: 'tenant', url: `/api/documents/${rules.id}/file` },
      { who: 'neighbour', url: `/api/documents/${accounts.id}/file` },
    );
    tenantProbes.push(
      ...documentProbes(accounts.id),
      ...documentProbes(ofCouncil.id),
      ...documentProbes(personal.id),
      { method: 'GET', url: `/api/council/condominiums/${condominium.id}/budget` },
      { method: 'GET', url: `/api/properties/lots/${victimLot.id}` },
      { method: 'GET', url: `/api/properties/lots/${victimLot.id}/contracts` },
    );
  });
  afterAll(() => t.close());

  const tenantProbes: Probe[] = [];
  /** Controls: the same people do reach what is theirs, so each 404 above is a refusal, not a broken world. */
  const allowed: { who: string; url: string }[] = [];

  it('lets the same people open what the condominium shares with them', async () => {
    for (const { who, url } of allowed) {
      const response = await t.app.inject({ method: 'GET', url, headers: { cookie: await cookieOf(intruders[who] ?? '') } });
      expect(response.statusCode, `${who} ${url}`).toBe(200);
    }
  });

  it('has a probe for every property and document route that names something', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as { paths: Record<string, unknown> };
    const named = Object.keys(spec.paths).filter(
      (route) =>
        /^\/api\/(properties|documents|staff\/documents|staff\/condominiums\/\{condominiumId\}\/(contracts|invoices)|council\/condominiums\/|staff\/invoices|staff\/bank-(accounts|transactions)\/|staff\/collections\/)/.test(
          route,
        ) &&
        (route.includes('{') || route === '/api/documents' || route === '/api/staff/documents/targets'),
    );
    expect(named.sort()).toEqual([...probes.keys()].sort());
  });

  it.each(['neighbour', 'otherCondominium', 'otherAgency'])(
    'answers 404 to %s on every client route about someone else’s things',
    async (who) => {
      const cookie = await cookieOf(intruders[who] ?? '');
      for (const [route, calls] of probes) {
        if (route.startsWith('/api/staff/')) continue;
        for (const { condominiumWide, ...call } of calls) {
          if (condominiumWide && who === 'neighbour') continue;
          const response = await t.app.inject({ ...call, headers: { cookie } });
          expect(response.statusCode, `${call.method} ${call.url} (${route})`).toBe(404);
        }
      }
    },
  );

  it('answers 404 to a tenant on the owners’ and the council’s things of the condominium they live in', async () => {
    const cookie = await cookieOf(intruders.tenant ?? '');
    for (const { condominiumWide: _, ...call } of tenantProbes) {
      const response = await t.app.inject({ ...call, headers: { cookie } });
      expect(response.statusCode, `${call.method} ${call.url}`).toBe(404);
    }
  });

  it('answers 404 to staff of another agency on every staff route about the agency’s documents and contracts', async () => {
    const cookie = await cookieOf(staffIntruder);
    for (const [route, calls] of probes) {
      if (!route.startsWith('/api/staff/')) continue;
      for (const { condominiumWide: _, ...call } of calls) {
        const response = await t.app.inject({ ...call, headers: { cookie } });
        expect(response.statusCode, `${call.method} ${call.url}`).toBe(404);
      }
    }
  });
});
