import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { factories } from '../../../../test/support/factories.ts';
import { sepaMandateFactories } from '../../../../test/support/sepa-mandate-factories.ts';
import { nextAddress, sessions } from '../../../../test/support/sessions.ts';
import { addDays, parisDate } from '../../../domain/calendar.ts';
import { frenchCreditorIdentifier } from '../../../domain/sepa.ts';
import { auditEvents, directDebits, outboxMessages, personDetailChanges, persons, smsChallenges } from '../../db/schema/index.ts';
import type { DirectDebitOptions, Mandate } from './sepa-mandates.schema.ts';

const ICS = frenchCreditorIdentifier('123456');
const IBAN = 'FR76 3000 6000 0112 3456 7890 189';
const NEW_IBAN = 'FR14 2004 1010 0505 0001 3M02 606';
const REFUND_WORDING = 'Une demande de remboursement doit être présentée dans les 8 semaines suivant la date de débit';

interface Summary {
  summaryText: string;
  summaryHash: string;
  challengeId: string;
  sentTo: string;
  expiresAt: string;
  resendAfter: string;
}

describe('SEPA mandate signed with an SMS code', () => {
  let t: TestApp;
  let make: ReturnType<typeof sepaMandateFactories>;
  let cookieOf: (identifier: string) => Promise<string>;
  let condominiumId: string;
  let unpayableId: string;
  const owner = { reference: '', mobile: '06 12 34 56 78', email: '' };
  const neighbour = { reference: '', mobile: '07 98 76 54 32' };
  let noMobile = '';

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

  beforeAll(async () => {
    t = await createTestApp();
    const db = t.database.db;
    const base = factories(db);
    make = sepaMandateFactories(db);
    cookieOf = sessions(t.app);
    const agency = await base.agency({ name: 'Cabinet Alpha', kind: 'syndic' });
    const { condominium, lots } = await base.condominium(agency.id, 3, {
      name: 'Les Tilleuls',
      addressLine1: '100 avenue Anatole France',
      postalCode: '94000',
      city: 'Créteil',
    });
    condominiumId = condominium.id;
    const unpayable = await base.condominium(agency.id, 1, { name: 'Le Belvédère' });
    unpayableId = unpayable.condominium.id;
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
    noMobile = sansMobile.reference;
    await base.ownership(sansMobile.person.id, lots[2]?.id ?? '');
  });

  // One automatic mandate per account: each test starts without one.
  afterEach(async () => {
    const mandates: Mandate[] = (await call(owner.reference, 'GET', '/api/direct-debit/mandates')).json();
    for (const mandate of mandates.filter((item) => item.status === 'active'))
      await call(owner.reference, 'POST', `/api/direct-debit/mandates/${mandate.id}/revoke`);
  });

  afterAll(async () => {
    await t?.close();
  });

  it('lists the payable accounts with their balance, the unpayable one with its reason, and the person on file', async () => {
    const response = await call(owner.reference, 'GET', '/api/direct-debit/options');
    expect(response.statusCode).toBe(200);
    const options: DirectDebitOptions = response.json();
    expect(options.accounts).toEqual([
      expect.objectContaining({
        key: `coOwner:${unpayableId}`,
        payable: false,
        reason: expect.stringContaining('identifiant créancier'),
      }),
      expect.objectContaining({
        key: `coOwner:${condominiumId}`,
        payable: true,
        reason: null,
        balanceCents: -112_935,
        creditorIdentifier: ICS,
      }),
    ]);
    expect(options.person).toEqual({
      name: expect.stringContaining('Allouard'),
      address: '12 rue des Lilas\n94000 Créteil',
      mobile: '06 •• •• •• 78',
    });
    const refused = await call(
      owner.reference,
      'POST',
      '/api/direct-debit/summary',
      summaryBody({ accountKey: `coOwner:${unpayableId}` }),
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('DIRECT_DEBIT_UNAVAILABLE');
  });

  it('signs an automatic mandate with the code received by SMS and publishes its PDF', async () => {
    const summary = await summarise();
    expect(summary.sentTo).toBe('06 •• •• •• 78');
    expect(createHash('sha256').update(summary.summaryText).digest('hex')).toBe(summary.summaryHash);
    expect(summary.summaryText).toContain('Mandat de prélèvement SEPA');
    expect(summary.summaryText).toContain(`Identifiant créancier SEPA (ICS) : ${ICS}`);
    expect(summary.summaryText).toContain('Paiement récurrent');
    expect(summary.summaryText).toContain(
      'En signant ce formulaire de mandat, vous autorisez (A) Syndicat des copropriétaires Les Tilleuls à envoyer des instructions à votre banque',
    );
    expect(summary.summaryText).toContain(REFUND_WORDING);
    const reference = /\(RUM\) : (\S+)/.exec(summary.summaryText)?.[1] ?? '';
    expect(reference).toMatch(/^PAL-123456-\d{8}-[A-Z2-9]{8}$/);
    expect(new Date(summary.expiresAt).getTime() - Date.now()).toBeGreaterThan(9 * 60_000);

    const sms = await make.lastSms(owner.mobile);
    expect(sms.text).toBe(
      `Palier : votre code de signature est ${sms.code}. Il expire dans 10 minutes. Ne le communiquez à personne.`,
    );

    const signed = await call(owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code: sms.code,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const mandate: Mandate = signed.json();
    expect(mandate).toMatchObject({
      reference,
      mode: 'automatic',
      sequence: 'recurrent',
      status: 'active',
      signaturePlace: 'Créteil',
      scheduledDebits: [],
    });
    expect(mandate.ibanMasked).toBe('FR76 **** **** **** **** ***0 189');

    const file = await call(owner.reference, 'GET', `/api/documents/${mandate.documentId}/file`);
    expect(file.statusCode).toBe(200);
    const { text } = await extractText(new Uint8Array(file.rawPayload), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(reference);
    expect(flat).toContain(ICS);
    expect(flat).toContain(IBAN);
    expect(flat).toContain('8 semaines');
    expect((await call(neighbour.reference, 'GET', `/api/documents/${mandate.documentId}/file`)).statusCode).toBe(404);

    const [email] = await t.database.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.channel, 'email'), eq(outboxMessages.recipient, owner.email)));
    expect(email?.textBody).toContain(reference);
    const [audit] = await t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'sepa_mandate.signed'));
    expect(audit?.targetId).toBe(mandate.id);

    // The code has served: it signs nothing twice.
    const again = await call(owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code: sms.code,
    });
    expect(again.statusCode).toBe(410);
    const listed = await call(owner.reference, 'GET', '/api/direct-debit/mandates');
    expect(listed.json().map((item: Mandate) => item.id)).toContain(mandate.id);

    // A second automatic mandate for the same account would collect every call twice.
    const second = await call(owner.reference, 'POST', '/api/direct-debit/summary', summaryBody());
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('MANDATE_ALREADY_ACTIVE');
  });

  it('signs a one-off mandate for the balance, collected 14 days later', async () => {
    const summary = await summarise(owner.reference, { mode: 'manual' });
    expect(summary.summaryText).toContain('un prélèvement unique de 1\u202f129,35\u00a0€');
    expect(summary.summaryText).toContain('Paiement ponctuel');
    const { code } = await make.lastSms(owner.mobile);
    const signed = await call(owner.reference, 'POST', '/api/direct-debit/sign', { challengeId: summary.challengeId, code });
    expect(signed.statusCode, signed.body).toBe(200);
    const mandate: Mandate = signed.json();
    expect(mandate.sequence).toBe('one_off');
    expect(mandate.scheduledDebits).toEqual([
      { amountCents: 112_935, collectionDate: addDays(parisDate(new Date()), 14), status: 'scheduled', sequenceType: 'OOFF' },
    ]);

    const revoked = await call(owner.reference, 'POST', `/api/direct-debit/mandates/${mandate.id}/revoke`);
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', scheduledDebits: [] });
    expect(await t.database.db.select().from(directDebits).where(eq(directDebits.mandateId, mandate.id))).toEqual([]);
    const twice = await call(owner.reference, 'POST', `/api/direct-debit/mandates/${mandate.id}/revoke`);
    expect(twice.statusCode).toBe(409);
  });

  it('counts wrong codes and refuses the sixth attempt even with the right code', async () => {
    const summary = await summarise();
    const { code } = await make.lastSms(owner.mobile);
    const wrong = code === '0000' ? '1111' : '0000';
    for (let left = 4; left >= 1; left--) {
      const response = await call(owner.reference, 'POST', '/api/direct-debit/sign', {
        challengeId: summary.challengeId,
        code: wrong,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'SMS_CODE_WRONG',
        message: `Code incorrect. Il vous reste ${left} essai${left > 1 ? 's' : ''}.`,
      });
    }
    const fifth = await call(owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code: wrong,
    });
    expect(fifth.statusCode).toBe(410);
    const sixth = await call(owner.reference, 'POST', '/api/direct-debit/sign', { challengeId: summary.challengeId, code });
    expect(sixth.statusCode).toBe(410);
    expect(sixth.json().code).toBe('SMS_CHALLENGE_EXHAUSTED');
  });

  it('gives a burst of concurrent guesses no more than five tries', async () => {
    const summary = await summarise();
    const { code } = await make.lastSms(owner.mobile);
    const guesses = Array.from({ length: 10 }, (_, index) => String((Number(code) + 1 + index) % 10_000).padStart(4, '0'));
    const answers = await Promise.all(
      guesses.map((guess) =>
        call(owner.reference, 'POST', '/api/direct-debit/sign', { challengeId: summary.challengeId, code: guess }),
      ),
    );
    expect(answers.filter((answer) => answer.json().code === 'SMS_CODE_WRONG')).toHaveLength(4);
    const [row] = await t.database.db.select().from(smsChallenges).where(eq(smsChallenges.id, summary.challengeId));
    expect(row?.attempts).toBe(5);
  });

  it('refuses an expired code', async () => {
    const summary = await summarise();
    const { code } = await make.lastSms(owner.mobile);
    await t.database.db
      .update(smsChallenges)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(smsChallenges.id, summary.challengeId));
    const response = await call(owner.reference, 'POST', '/api/direct-debit/sign', { challengeId: summary.challengeId, code });
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ code: 'SMS_CODE_EXPIRED', message: 'Ce code a expiré : demandez-en un nouveau.' });
  });

  it('re-sends a code after 60 seconds only, three times at most, and only the latest code works', async () => {
    const summary = await summarise();
    const first = await make.lastSms(owner.mobile);
    const early = await call(owner.reference, 'POST', `/api/direct-debit/challenges/${summary.challengeId}/resend`);
    expect(early.statusCode).toBe(429);
    expect(early.json().message).toMatch(/^Vous pourrez demander un nouveau code dans (5\d|60) s\.$/);
    expect(early.json().details.retryAfterSeconds).toBeGreaterThan(50);

    const later = async () => {
      await t.database.db
        .update(smsChallenges)
        .set({ lastSentAt: new Date(Date.now() - 61_000) })
        .where(eq(smsChallenges.id, summary.challengeId));
      return call(owner.reference, 'POST', `/api/direct-debit/challenges/${summary.challengeId}/resend`);
    };
    const resent = await later();
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json().sentTo).toBe('06 •• •• •• 78');
    const second = await make.lastSms(owner.mobile);
    expect((await later()).statusCode).toBe(200);
    const third = await make.lastSms(owner.mobile);
    const fourth = await later();
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().code).toBe('SMS_SEND_LIMIT');

    for (const old of [first.code, second.code].filter((value) => value !== third.code)) {
      const refused = await call(owner.reference, 'POST', '/api/direct-debit/sign', {
        challengeId: summary.challengeId,
        code: old,
      });
      expect(refused.json().code).toBe('SMS_CODE_WRONG');
    }
    const signed = await call(owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code: third.code,
    });
    expect(signed.statusCode).toBe(200);
  });

  it('binds a code to its summary: the code of one summary does not sign another', async () => {
    const a = await summarise(owner.reference, { debtorName: 'Jean Allouard' });
    const codeA = (await make.lastSms(owner.mobile)).code;
    const b = await summarise(owner.reference, { debtorName: 'Marie Allouard' });
    const codeB = (await make.lastSms(owner.mobile)).code;
    expect(a.summaryHash).not.toBe(b.summaryHash);
    if (codeA !== codeB) {
      const crossed = await call(owner.reference, 'POST', '/api/direct-debit/sign', { challengeId: b.challengeId, code: codeA });
      expect(crossed.statusCode).toBe(400);
      expect(crossed.json().code).toBe('SMS_CODE_WRONG');
    }
    const signed = await call(owner.reference, 'POST', '/api/direct-debit/sign', { challengeId: b.challengeId, code: codeB });
    expect(signed.json().debtorName).toBe('Marie Allouard');
  });

  it('explains a wrong IBAN or BIC in French', async () => {
    const short = await call(owner.reference, 'POST', '/api/direct-debit/summary', summaryBody({ iban: 'FR76 3000 6000 0112' }));
    expect(short.statusCode).toBe(400);
    expect(short.json().details.fields).toEqual([
      { field: 'iban', message: "L'IBAN doit compter 27 caractères pour un compte français (16 saisis)." },
    ]);
    const key = await call(
      owner.reference,
      'POST',
      '/api/direct-debit/summary',
      summaryBody({ iban: 'FR76 3000 6000 0112 3456 7890 188' }),
    );
    expect(key.json().details.fields[0].message).toBe("La clé de contrôle de l'IBAN est incorrecte : vérifiez la saisie.");
    const bic = await call(owner.reference, 'POST', '/api/direct-debit/summary', summaryBody({ bic: 'AGRI' }));
    expect(bic.json().details.fields).toEqual([{ field: 'bic', message: 'Le BIC compte 8 ou 11 caractères (4 saisis).' }]);
    const noBic = await call(owner.reference, 'POST', '/api/direct-debit/summary', summaryBody({ bic: '' }));
    expect(noBic.statusCode).toBe(200);
    expect(noBic.json().summaryText).toContain('BIC : non renseigné');
  });

  it('asks for a mobile in the profile when there is none', async () => {
    const response = await call(noMobile, 'POST', '/api/direct-debit/summary', summaryBody());
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'SMS_NO_MOBILE', message: expect.stringContaining('Mon profil') });
  });

  it("answers 404 for another person's account, challenge or mandate", async () => {
    const summary = await summarise();
    const { code } = await make.lastSms(owner.mobile);
    const asNeighbour = (url: string, payload?: object) => call(neighbour.reference, 'POST', url, payload);
    expect((await asNeighbour('/api/direct-debit/sign', { challengeId: summary.challengeId, code })).statusCode).toBe(404);
    expect((await asNeighbour(`/api/direct-debit/challenges/${summary.challengeId}/resend`)).statusCode).toBe(404);
    const signed: Mandate = (
      await call(owner.reference, 'POST', '/api/direct-debit/sign', { challengeId: summary.challengeId, code })
    ).json();
    expect((await asNeighbour(`/api/direct-debit/mandates/${signed.id}/revoke`)).statusCode).toBe(404);
    expect(
      (await asNeighbour(`/api/direct-debit/mandates/${signed.id}/bank-details/summary`, { iban: NEW_IBAN })).statusCode,
    ).toBe(404);
    expect((await call(neighbour.reference, 'GET', '/api/direct-debit/mandates')).json()).toEqual([]);
    const foreignAccount = await call(
      noMobile,
      'POST',
      '/api/direct-debit/summary',
      summaryBody({ accountKey: `coOwner:${unpayableId}` }),
    );
    expect(foreignAccount.statusCode).toBe(404);
  });

  it('changes the debited account with a code, keeping the RUM', async () => {
    const summary = await summarise();
    const signed: Mandate = (
      await call(owner.reference, 'POST', '/api/direct-debit/sign', {
        challengeId: summary.challengeId,
        code: (await make.lastSms(owner.mobile)).code,
      })
    ).json();
    const change = await call(owner.reference, 'POST', `/api/direct-debit/mandates/${signed.id}/bank-details/summary`, {
      iban: NEW_IBAN,
    });
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({ sentTo: '06 •• •• •• 78', ibanMasked: 'FR14 **** **** **** **** ***2 606' });
    const { code } = await make.lastSms(owner.mobile);
    // A signature code does not confirm bank details, and the other way round.
    const crossed = await call(owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: change.json().challengeId,
      code,
    });
    expect(crossed.statusCode).toBe(404);
    const confirmed = await call(owner.reference, 'POST', `/api/direct-debit/mandates/${signed.id}/bank-details/confirm`, {
      challengeId: change.json().challengeId,
      code,
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      reference: signed.reference,
      ibanMasked: 'FR14 **** **** **** **** ***2 606',
      bic: null,
    });
    const [history] = await t.database.db.select().from(personDetailChanges).where(eq(personDetailChanges.field, 'mandateIban'));
    expect(history).toMatchObject({
      previousValue: 'FR76 **** **** **** **** ***0 189',
      newValue: 'FR14 **** **** **** **** ***2 606',
    });
    const emails = await t.database.db
      .select()
      .from(outboxMessages)
      .where(
        and(
          eq(outboxMessages.channel, 'email'),
          eq(outboxMessages.subject, 'Vos coordonnées bancaires de prélèvement ont été modifiées'),
        ),
      );
    expect(emails).toHaveLength(1);
    expect(emails[0]?.textBody).toContain(signed.reference);
  });
});
