import { readFile } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import {
  collectionScene,
  type FakeSmtp,
  nextCollectionDate,
  startSmtpServer,
} from '../../../../test/support/collections-factories.ts';
import { callAs } from '../../../../test/support/sessions.ts';
import { addDays, parisDate } from '../../../domain/calendar.ts';
import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { nextTargetBusinessDay } from '../../../domain/sepa-returns.ts';
import { directDebits, outboxMessages, sepaMandates } from '../../db/schema/index.ts';
import { deliverPendingMessages } from '../../platform/messaging/delivery.ts';
import { smtpTransport } from '../../platform/messaging/email-transport.ts';
import { Outbox } from '../../platform/messaging/outbox.ts';
import { preNotifyScheduledDebits } from './collections.notices.ts';
import type { RunDetail } from './collections.schema.ts';

const xsd = await readFile(new URL('../../../../test/standards/pain.008.001.02.xsd', import.meta.url), 'utf8');
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['PmtInf', 'DrctDbtTxInf'].includes(name),
});

interface ParsedGroup {
  PmtTpInf: { SeqTp: string };
  ReqdColltnDt: string;
  CtrlSum: string;
  DrctDbtTxInf: {
    PmtId: { EndToEndId: string };
    InstdAmt: { '#text': string; '@Ccy': string };
    DrctDbtTx: { MndtRltdInf: { MndtId: string } };
  }[];
}

describe('collection runs', () => {
  let t: TestApp;
  let scene: Awaited<ReturnType<typeof collectionScene>>;
  let call: ReturnType<typeof callAs>;
  let smtp: FakeSmtp;
  const date = nextCollectionDate();
  let run: RunDetail;

  beforeAll(async () => {
    // Not in demo mode: the messages are pending, as in production, and delivered to the SMTP server below.
    [t, smtp] = await Promise.all([createTestApp({ DEMO_MODE: 'false' }), startSmtpServer()]);
    scene = await collectionScene(t.database.db);
    call = callAs(t.app);
    await scene.make.oneOffDebit(scene.bernardMandate.id, 25_000, addDays(parisDate(new Date()), 14));
  });
  afterAll(async () => Promise.all([t?.close(), smtp?.close()]));

  const emailsTo = async (to: string | null) =>
    t.database.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.recipient, to ?? ''), eq(outboxMessages.channel, 'email')));
  const balanceOf = async (reference: string) => {
    const overview = (await call(reference, 'GET', '/api/finance')).json();
    return overview.accounts.find((account: { kind: string }) => account.kind === 'coOwner').balanceCents as number;
  };
  const debitOf = (detail: RunDetail, debtorName: string) => {
    const debit = detail.debits.find((item) => item.debtorName === debtorName);
    if (!debit) throw new Error(`no debit of ${debtorName}`);
    return debit;
  };

  it('refuses a date too soon or not a business day, another agency’s account and clients', async () => {
    const tooSoon = await call(scene.manager.email, 'POST', '/api/staff/collections/runs', {
      bankAccountId: scene.account.id,
      collectionDate: nextTargetBusinessDay(addDays(parisDate(new Date()), 5)),
    });
    expect(tooSoon.statusCode).toBe(422);
    expect(tooSoon.json()).toMatchObject({ code: 'COLLECTION_DATE_TOO_SOON', message: expect.stringContaining('14 jours') });

    let saturday = addDays(parisDate(new Date()), 20);
    while (new Date(`${saturday}T12:00:00Z`).getUTCDay() !== 6) saturday = addDays(saturday, 1);
    const weekend = await call(scene.manager.email, 'POST', '/api/staff/collections/runs', {
      bankAccountId: scene.account.id,
      collectionDate: saturday,
    });
    expect(weekend.statusCode).toBe(422);
    expect(weekend.json().code).toBe('COLLECTION_DATE_NOT_BUSINESS_DAY');

    const foreign = await call(scene.outsider.email, 'POST', '/api/staff/collections/runs', {
      bankAccountId: scene.account.id,
      collectionDate: date,
    });
    expect(foreign.statusCode).toBe(404);
    const client = await call(scene.allouard.reference, 'POST', '/api/staff/collections/runs', {
      bankAccountId: scene.account.id,
      collectionDate: date,
    });
    expect(client.statusCode).toBe(404);
    expect((await call(scene.allouard.reference, 'GET', '/api/staff/collections/runs')).statusCode).toBe(404);
    // Nothing was written by the refusals.
    expect((await call(scene.manager.email, 'GET', '/api/staff/collections/runs')).json().runs).toEqual([]);
  });

  it('lists the agency’s accounts that can collect', async () => {
    const answer = (await call(scene.manager.email, 'GET', '/api/staff/collections/accounts')).json();
    expect(answer.accounts.map((account: { holderName: string }) => account.holderName).sort()).toEqual([
      'Cabinet Alpha Gérance',
      'Syndicat des copropriétaires Les Tilleuls',
    ]);
    expect(answer.accounts.every((account: { canCollect: boolean }) => account.canCollect)).toBe(true);
    expect((await call(scene.outsider.email, 'GET', '/api/staff/collections/accounts')).json().accounts).toEqual([]);
  });

  it('prepares a run with what automatic mandates owe and the waiting one-off, and pre-notifies each debtor', async () => {
    const response = await call(scene.manager.email, 'POST', '/api/staff/collections/runs', {
      bankAccountId: scene.account.id,
      collectionDate: date,
    });
    expect(response.statusCode, response.body).toBe(201);
    run = response.json();
    expect(run).toMatchObject({ collectionDate: date, status: 'prepared', debitCount: 2, totalCents: 137_935, added: 2 });
    const allouard = debitOf(run, 'M. et Mme Allouard');
    expect(allouard).toMatchObject({
      amountCents: 112_935,
      sequenceType: 'FRST',
      status: 'prenotified',
      mandateReference: scene.allouardMandate.mandateReference,
      clientReference: scene.allouard.reference,
      accountLabel: 'Les Tilleuls',
    });
    const quarter = Math.ceil(Number(date.slice(5, 7)) / 3);
    expect(allouard.remittanceInformation).toBe(`Appel de fonds T${quarter} ${date.slice(0, 4)} — ${scene.allouard.reference}`);
    expect(debitOf(run, 'Jean Bernard')).toMatchObject({ amountCents: 25_000, sequenceType: 'OOFF', collectionDate: date });
    expect(run.groups).toEqual([
      { sequenceType: 'FRST', count: 1, totalCents: 112_935 },
      { sequenceType: 'OOFF', count: 1, totalCents: 25_000 },
    ]);

    const [notice] = await emailsTo(scene.allouard.email);
    expect(notice?.subject).toContain(formatEuros(112_935));
    expect(notice?.textBody).toContain(`prélèvera ${formatEuros(112_935)}`);
    expect(notice?.textBody).toContain(`RUM) : ${scene.allouardMandate.mandateReference}`);
    expect(notice?.textBody).toMatch(/ICS\) : FR\d{2}ZZZ123456/);
    expect(notice?.textBody).toContain('Syndicat des copropriétaires Les Tilleuls');
    expect(await emailsTo(scene.bernard.email)).toHaveLength(1);
  });

  it('adds nothing when the same run is prepared again: nobody is collected twice', async () => {
    // Owed since the run was prepared: the debtor already has their collection in this file, so it waits.
    await scene.make.coOwnerDebt(scene.condominium.id, scene.allouard.person.id, 10_000, 'late-allouard');
    const again = await call(scene.manager.email, 'POST', '/api/staff/collections/runs', {
      bankAccountId: scene.account.id,
      collectionDate: date,
    });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ id: run.id, added: 0, debitCount: 2, totalCents: 137_935 });
    expect(await emailsTo(scene.allouard.email)).toHaveLength(1);
  });

  it('collects a tenant’s rent on the rental account', async () => {
    const response = await call(scene.manager.email, 'POST', '/api/staff/collections/runs', {
      bankAccountId: scene.rentalAccount.id,
      collectionDate: date,
    });
    expect(response.statusCode, response.body).toBe(201);
    const [debit] = response.json().debits;
    expect(debit).toMatchObject({ amountCents: 103_000, sequenceType: 'FRST', accountLabel: `Bail ${scene.lease.reference}` });
    expect(debit.remittanceInformation).toMatch(new RegExp(`^Loyer [a-zéû]+ ${date.slice(0, 4)} — ${scene.lease.reference}$`));
  });

  it('delivers the pre-notifications over SMTP', async () => {
    await deliverPendingMessages({
      db: t.database.db,
      email: smtpTransport(smtp.url),
      from: 'Palier <ne-pas-repondre@palier.example>',
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
    const mail = smtp.received.find((item) => item.to.includes(scene.allouard.email ?? ''));
    expect(mail?.raw).toContain(scene.allouardMandate.mandateReference);
  });

  it('gives the bank file, valid against the XSD, grouped by sequence type, and marks the run submitted', async () => {
    const url = `/api/staff/collections/runs/${run.id}/file?version=pain.008.001.02`;
    const response = await call(scene.manager.email, 'GET', url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const xml = response.body;
    const result = await validateXML({
      xml: [{ fileName: 'run.xml', contents: xml }],
      schema: { fileName: 'pain.008.001.02.xsd', contents: xsd },
    });
    expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
    const groups: ParsedGroup[] = parser.parse(xml).Document.CstmrDrctDbtInitn.PmtInf;
    const bySequence = Object.fromEntries(groups.map((group) => [group.PmtTpInf.SeqTp, group]));
    expect(Object.keys(bySequence).sort()).toEqual(['FRST', 'OOFF']);
    expect(bySequence.FRST?.DrctDbtTxInf[0]?.DrctDbtTx.MndtRltdInf.MndtId).toBe(scene.allouardMandate.mandateReference);
    expect(bySequence.FRST?.DrctDbtTxInf[0]?.InstdAmt['#text']).toBe('1129.35');
    expect(bySequence.OOFF?.DrctDbtTxInf[0]?.DrctDbtTx.MndtRltdInf.MndtId).toBe(scene.bernardMandate.mandateReference);
    expect(bySequence.OOFF?.CtrlSum).toBe('250.00');
    expect(groups.every((group) => group.ReqdColltnDt === date)).toBe(true);

    const again = await call(scene.manager.email, 'GET', url);
    expect(again.body).toBe(xml);
    const v08 = await call(scene.manager.email, 'GET', `/api/staff/collections/runs/${run.id}/file?version=pain.008.001.08`);
    expect(v08.statusCode).toBe(200);
    expect(v08.body).toContain('urn:iso:std:iso:20022:tech:xsd:pain.008.001.08');

    const detail: RunDetail = (await call(scene.manager.email, 'GET', `/api/staff/collections/runs/${run.id}`)).json();
    expect(detail.status).toBe('submitted');
    expect(detail.debits.map((debit) => debit.status)).toEqual(['submitted', 'submitted']);
    expect((await call(scene.outsider.email, 'GET', url)).statusCode).toBe(404);
    expect((await call(scene.outsider.email, 'GET', `/api/staff/collections/runs/${run.id}`)).statusCode).toBe(404);
  });

  it('settles the run: each debit paid and posted, the co-owner’s balance moves, twice changes nothing', async () => {
    expect(await balanceOf(scene.allouard.reference)).toBe(-122_935);
    const paidOn = date;
    const settled = await call(scene.manager.email, 'POST', `/api/staff/collections/runs/${run.id}/settle`, { paidOn });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(settled.json()).toMatchObject({ status: 'settled' });
    expect(settled.json().debits.map((debit: { status: string }) => debit.status)).toEqual(['paid', 'paid']);
    expect(await balanceOf(scene.allouard.reference)).toBe(-10_000);
    const twice = await call(scene.manager.email, 'POST', `/api/staff/collections/runs/${run.id}/settle`, { paidOn });
    expect(twice.statusCode).toBe(200);
    expect(await balanceOf(scene.allouard.reference)).toBe(-10_000);
    const [mandate] = await t.database.db.select().from(sepaMandates).where(eq(sepaMandates.id, scene.allouardMandate.id));
    expect(mandate?.lastCollectedOn).toBe(paidOn);
    const foreign = await call(scene.outsider.email, 'POST', `/api/staff/collections/runs/${run.id}/settle`, { paidOn });
    expect(foreign.statusCode).toBe(404);
  });

  it('records a return: reversed, the debtor emailed, the amount presented again 14 days later; twice changes nothing', async () => {
    const debit = debitOf(run, 'M. et Mme Allouard');
    const returnedOn = addDays(date, 3);
    const url = `/api/staff/collections/debits/${debit.id}/return`;
    expect((await call(scene.outsider.email, 'POST', url, { reasonCode: 'AM04', returnedOn })).statusCode).toBe(404);
    const response = await call(scene.manager.email, 'POST', url, { reasonCode: 'am04', returnedOn });
    expect(response.statusCode, response.body).toBe(200);
    const returned = debitOf(response.json(), 'M. et Mme Allouard');
    expect(returned).toMatchObject({ status: 'returned', returnReasonCode: 'AM04', returnReasonLabel: 'Provision insuffisante' });
    expect(returned.representedBy).toMatchObject({
      collectionDate: nextTargetBusinessDay(addDays(returnedOn, 14)),
      status: 'scheduled',
    });
    expect(await balanceOf(scene.allouard.reference)).toBe(-122_935);
    const [again] = await t.database.db
      .select()
      .from(directDebits)
      .where(eq(directDebits.id, returned.representedBy?.id ?? ''));
    expect(again).toMatchObject({ sequenceType: 'RCUR', amountCents: 112_935, representsDebitId: debit.id });
    const rejection = (await emailsTo(scene.allouard.email)).filter((mail) => mail.subject?.includes('rejeté'));
    expect(rejection).toHaveLength(1);
    expect(rejection[0]?.textBody).toContain(
      `Votre prélèvement du ${frenchDate(date)} de ${formatEuros(112_935)} a été rejeté : Provision insuffisante.`,
    );

    const twice = await call(scene.manager.email, 'POST', url, { reasonCode: 'AM04', returnedOn });
    expect(twice.statusCode).toBe(200);
    expect(debitOf(twice.json(), 'M. et Mme Allouard').representedBy?.id).toBe(returned.representedBy?.id);
    expect(await balanceOf(scene.allouard.reference)).toBe(-122_935);
    expect((await emailsTo(scene.allouard.email)).filter((mail) => mail.subject?.includes('rejeté'))).toHaveLength(1);

    // The waiting re-presentation is listed, and a run is not collected twice for it.
    const list = (await call(scene.manager.email, 'GET', '/api/staff/collections/runs')).json();
    expect(list.waiting.map((item: { id: string }) => item.id)).toContain(returned.representedBy?.id);
  });

  it('does not present again a refund request, and a closed account lapses the mandate', async () => {
    const bernard = debitOf(run, 'Jean Bernard');
    const response = await call(scene.manager.email, 'POST', `/api/staff/collections/debits/${bernard.id}/return`, {
      reasonCode: 'AC04',
      returnedOn: addDays(date, 2),
    });
    expect(response.statusCode, response.body).toBe(200);
    const returned = debitOf(response.json(), 'Jean Bernard');
    expect(returned).toMatchObject({ status: 'returned', returnReasonLabel: 'Compte clôturé', representedBy: null });
    const [mandate] = await t.database.db.select().from(sepaMandates).where(eq(sepaMandates.id, scene.bernardMandate.id));
    expect(mandate?.status).toBe('lapsed');
    const mail = (await emailsTo(scene.bernard.email)).find((item) => item.subject?.includes('rejeté'));
    expect(mail?.textBody).toContain('Compte clôturé');
    expect(mail?.textBody).toContain('ne sera pas présenté à nouveau');
  });

  it('refuses to return a debit never sent to the bank', async () => {
    const rental = (await call(scene.manager.email, 'GET', '/api/staff/collections/runs'))
      .json()
      .runs.find((item: { creditorAccountId: string }) => item.creditorAccountId === scene.rentalAccount.id);
    const detail: RunDetail = (await call(scene.manager.email, 'GET', `/api/staff/collections/runs/${rental.id}`)).json();
    const [debit] = detail.debits;
    const response = await call(scene.manager.email, 'POST', `/api/staff/collections/debits/${debit?.id}/return`, {
      reasonCode: 'AM04',
      returnedOn: date,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('DIRECT_DEBIT_NOT_SUBMITTED');
    const settle = await call(scene.manager.email, 'POST', `/api/staff/collections/runs/${rental.id}/settle`, { paidOn: date });
    expect(settle.statusCode).toBe(409);
  });

  it('collects RCUR on the next run, with the re-presentation and what became due', async () => {
    await scene.make.coOwnerDebt(scene.condominium.id, scene.allouard.person.id, 40_000, 'T1-allouard');
    const later = nextTargetBusinessDay(addDays(date, 30));
    const response = await call(scene.manager.email, 'POST', '/api/staff/collections/runs', {
      bankAccountId: scene.account.id,
      collectionDate: later,
    });
    expect(response.statusCode, response.body).toBe(201);
    const next: RunDetail = response.json();
    // The re-presentation (1 129,35 €) joins the run; what became due since (100 € + 400 €) is a new collection.
    expect(next.debits.map((debit) => [debit.amountCents, debit.sequenceType]).sort()).toEqual([
      [112_935, 'RCUR'],
      [50_000, 'RCUR'],
    ]);
  });

  it('leaves a revoked mandate’s debit out of the bank file, and says so', async () => {
    const rental = (await call(scene.manager.email, 'GET', '/api/staff/collections/runs'))
      .json()
      .runs.find((item: { creditorAccountId: string }) => item.creditorAccountId === scene.rentalAccount.id);
    // Revoked at the bank while its collection was in the run (a revocation in Palier removes it from the run).
    await t.database.db
      .update(sepaMandates)
      .set({ status: 'revoked', revokedAt: new Date('2026-11-20T10:00:00Z') })
      .where(eq(sepaMandates.id, scene.tenantMandate.id));
    const detail: RunDetail = (await call(scene.manager.email, 'GET', `/api/staff/collections/runs/${rental.id}`)).json();
    expect(detail.excludedCount).toBe(1);
    expect(detail.groups).toEqual([]);
    expect(detail.debits[0]?.excludedReason).toBe('Mandat révoqué le 20 novembre 2026 : non transmis à la banque.');
    const file = await call(scene.manager.email, 'GET', `/api/staff/collections/runs/${rental.id}/file`);
    expect(file.statusCode).toBe(422);
    expect(file.json().code).toBe('COLLECTION_RUN_EMPTY');
    const after: RunDetail = (await call(scene.manager.email, 'GET', `/api/staff/collections/runs/${rental.id}`)).json();
    expect(after.status).toBe('prepared');
  });

  it('the daily job pre-notifies a scheduled debit within 14 days once', async () => {
    const [mandate] = await t.database.db
      .update(sepaMandates)
      .set({ status: 'active' })
      .where(eq(sepaMandates.id, scene.bernardMandate.id))
      .returning();
    const debit = await scene.make.oneOffDebit(mandate?.id ?? '', 9_900, addDays(parisDate(new Date()), 10));
    const outbox = new Outbox({ demoMode: false });
    const before = (await emailsTo(scene.bernard.email)).length;
    expect((await preNotifyScheduledDebits(t.database.db, outbox, new Date())).emails).toBe(1);
    expect((await preNotifyScheduledDebits(t.database.db, outbox, new Date())).emails).toBe(0);
    const mails = await emailsTo(scene.bernard.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails.some((mail) => mail.textBody.includes(`prélèvera ${formatEuros(9_900)}`))).toBe(true);
    const [row] = await t.database.db.select().from(directDebits).where(eq(directDebits.id, debit.id));
    expect(row?.status).toBe('prenotified');
    expect(row?.prenotifiedAt).not.toBeNull();
  });
});
