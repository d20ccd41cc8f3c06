import { and, desc, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { frenchCreditorIdentifier } from '../../src/domain/sepa.ts';
import type { Database } from '../../src/server/db/client.ts';
import { bankAccounts, outboxMessages, persons } from '../../src/server/db/schema/index.ts';
import { condominiumLedger } from '../../src/server/features/ledger/ledger.repository.ts';
import { createTestApp, type TestApp } from './app.ts';
import { postCoOwnerDebt } from './debt-factories.ts';
import { factories } from './factories.ts';
import { nextAddress, sessions } from './sessions.ts';

/** Builders for the SEPA mandate tests: a condominium's creditor account and a co-owner's debt. */
export function sepaMandateFactories(db: Database) {
  return {
    /** The syndicate's bank account in its ledger; `creditorId` null leaves it unable to collect. */
    async creditorAccount(condominiumId: string, agencyId: string, values: { holderName: string; creditorId: string | null }) {
      const ledgerId = await condominiumLedger(db, condominiumId);
      const [row] = await db
        .insert(bankAccounts)
        .values({
          agencyId,
          ledgerId,
          holderName: values.holderName,
          iban: 'FR7630006000011234567890189',
          bic: 'AGRIFRPP',
          creditorId: values.creditorId,
        })
        .returning();
      return row;
    },

    /** A call for funds owed by the person: debit 4501 (person) / credit 701. */
    async debt(condominiumId: string, personId: string, cents: number, externalId: string) {
      await postCoOwnerDebt(db, condominiumId, personId, cents, externalId);
    },

    /** The last SMS sent to a number, read as the person reads their phone. */
    async lastSms(to: string): Promise<{ text: string; code: string }> {
      const [row] = await db
        .select({ text: outboxMessages.textBody })
        .from(outboxMessages)
        .where(and(eq(outboxMessages.channel, 'sms'), eq(outboxMessages.recipient, to)))
        .orderBy(desc(outboxMessages.createdAt))
        .limit(1);
      const code = /code de signature est (\d{4})/.exec(row?.text ?? '')?.[1];
      if (!row || !code) throw new Error(`no signature code sent to ${to}`);
      return { text: row.text, code };
    },
  };
}

export const ICS = frenchCreditorIdentifier('123456');
export const IBAN = 'FR76 3000 6000 0112 3456 7890 189';
export const NEW_IBAN = 'FR14 2004 1010 0505 0001 3M02 606';

export interface Summary {
  summaryText: string;
  summaryHash: string;
  challengeId: string;
  sentTo: string;
  expiresAt: string;
  resendAfter: string;
}

/**
 * The scene of the SEPA mandate tests: Les Tilleuls (payable, ICS set) and Le Belvédère (no ICS) at Cabinet
 * Alpha; M. Allouard owes 1 129,35 € at Les Tilleuls and owns in both, Bernard and Sans (no mobile) own at
 * Les Tilleuls only. With the calls the tests make as one of them.
 */
export async function sepaMandateScene(t: TestApp) {
  const db = t.database.db;
  const base = factories(db);
  const make = sepaMandateFactories(db);
  const cookieOf = sessions(t.app);
  const owner = { reference: '', mobile: '06 12 34 56 78', email: '' };
  const neighbour = { reference: '', mobile: '07 98 76 54 32' };

  const agency = await base.agency({ name: 'Cabinet Alpha', kind: 'syndic' });
  const manager = await base.staffMember(agency.id, { role: 'manager' });
  const { condominium, lots } = await base.condominium(agency.id, 3, {
    name: 'Les Tilleuls',
    managerId: manager.id,
    addressLine1: '100 avenue Anatole France',
    postalCode: '94000',
    city: 'Créteil',
  });
  const condominiumId = condominium.id;
  const unpayable = await base.condominium(agency.id, 1, { name: 'Le Belvédère' });
  const unpayableId = unpayable.condominium.id;
  await make.creditorAccount(condominiumId, agency.id, {
    holderName: 'Syndicat des copropriétaires Les Tilleuls',
    creditorId: ICS,
  });
  await make.creditorAccount(unpayableId, agency.id, { holderName: 'SDC Le Belvédère', creditorId: null });

  const allouard = await base.client(agency.id, { lastName: 'Allouard', mobilePhone: owner.mobile });
  await db
    .update(persons)
    .set({ addressLine1: '12 rue des Lilas', postalCode: '94000', city: 'Créteil' })
    .where(eq(persons.id, allouard.person.id));
  owner.reference = allouard.reference;
  owner.email = allouard.email ?? '';
  await base.ownership(allouard.person.id, lots[0]?.id ?? '');
  await base.ownership(allouard.person.id, unpayable.lots[0]?.id ?? '');
  await make.debt(condominiumId, allouard.person.id, 112_935, 'T4-allouard');

  const bernard = await base.client(agency.id, { lastName: 'Bernard', mobilePhone: neighbour.mobile });
  neighbour.reference = bernard.reference;
  await base.ownership(bernard.person.id, lots[1]?.id ?? '');

  const sansMobile = await base.client(agency.id, { lastName: 'Sans', mobilePhone: null });
  const noMobile = sansMobile.reference;
  await base.ownership(sansMobile.person.id, lots[2]?.id ?? '');

  // A new address per request: the SMS routes are rate limited per address, which their own tests do not test.
  const call = async (who: string, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url,
      ...(payload ? { payload } : {}),
      headers: { cookie: await cookieOf(who) },
      remoteAddress: nextAddress(),
    });

  const summaryBody = (overrides: object = {}) => ({
    accountKey: `coOwner:${condominiumId}`,
    mode: 'automatic',
    debtorName: 'M. et Mme Allouard',
    address: '12 rue des Lilas\n94000 Créteil',
    iban: IBAN,
    bic: 'AGRIFRPP',
    ...overrides,
  });

  async function summarise(who = owner.reference, overrides: object = {}): Promise<Summary> {
    const response = await call(who, 'POST', '/api/direct-debit/summary', summaryBody(overrides));
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  /** Revokes the owner's active mandates: one automatic mandate per account, so each test starts without one. */
  async function revokeAll(): Promise<void> {
    const mandates: { id: string; status: string }[] = (await call(owner.reference, 'GET', '/api/direct-debit/mandates')).json();
    for (const mandate of mandates.filter((item) => item.status === 'active'))
      await call(owner.reference, 'POST', `/api/direct-debit/mandates/${mandate.id}/revoke`);
  }

  return {
    make,
    owner,
    neighbour,
    noMobile,
    condominiumId,
    unpayableId,
    managerEmail: manager.email,
    call,
    summaryBody,
    summarise,
    revokeAll,
  };
}

/**
 * A test app with the scene, for the describe block that calls this: built once, the owner's active mandates
 * revoked after each test, closed at the end.
 */
export function sepaMandateSuite() {
  let app: TestApp | undefined;
  let built: Awaited<ReturnType<typeof sepaMandateScene>> | undefined;
  beforeAll(async () => {
    app = await createTestApp();
    built = await sepaMandateScene(app);
  });
  afterEach(async () => {
    await built?.revokeAll();
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    get t() {
      if (!app) throw new Error('the app is created in beforeAll');
      return app;
    },
    get scene() {
      if (!built) throw new Error('the scene is built in beforeAll');
      return built;
    },
  };
}
