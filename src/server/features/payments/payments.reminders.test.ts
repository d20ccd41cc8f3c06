import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/app.ts';
import { type FakeSmtp, startSmtpServer } from '../../../../test/support/collections-factories.ts';
import { factories } from '../../../../test/support/factories.ts';
import { paymentFactories } from '../../../../test/support/payments-factories.ts';
import { type CallAs, callAs } from '../../../../test/support/sessions.ts';
import { addDays, parisDate } from '../../../domain/calendar.ts';
import { frenchDate } from '../../../domain/french-dates.ts';
import { formatEuros } from '../../../domain/money.ts';
import { outboxMessages, paymentReminders } from '../../db/schema/index.ts';
import { deliverPendingMessages } from '../../platform/messaging/delivery.ts';
import { smtpTransport } from '../../platform/messaging/email-transport.ts';
import { Outbox } from '../../platform/messaging/outbox.ts';
import { sendAutomaticReminders } from './payments.reminders.ts';
import type { OverdueAccountView } from './payments.schema.ts';

/** The text part of a message as sent over SMTP (quoted-printable, UTF-8), readable again. */
function textOf(raw: string): string {
  const body = raw
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\n\n');
  const joined = body.replace(/=\r?\n/g, '');
  const bytes = joined.replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('Overdue reminders: who is late, the email, no second reminder within 15 days, the daily job', () => {
  let t: TestApp;
  let smtp: FakeSmtp;
  let call: CallAs;
  let staff: string;
  let foreignStaff: string;
  let condominiumId: string;
  let leaseId: string;
  const today = parisDate(new Date());
  const oldCall = addDays(today, -120);
  const recentCall = addDays(today, -40);
  let allouard: { reference: string; email: string | null; person: { id: string } };
  let bernard: { reference: string; person: { id: string } };
  let durand: { reference: string; email: string | null; person: { id: string } };
  let haddad: { reference: string; person: { id: string } };

  const deliver = () =>
    deliverPendingMessages({
      db: t.database.db,
      email: smtpTransport(smtp.url),
      from: 'Palier <ne-pas-repondre@palier.example>',
      log: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });
  const overdue = async (identifier = staff) => {
    const response = await call(identifier, 'GET', '/api/staff/reminders');
    expect(response.statusCode).toBe(200);
    return (response.json() as { accounts: OverdueAccountView[] }).accounts;
  };

  beforeAll(async () => {
    // Not in demo mode: the reminders are pending, as in production, and delivered to the SMTP server.
    [t, smtp] = await Promise.all([createTestApp({ DEMO_MODE: 'false' }), startSmtpServer()]);
    const make = factories(t.database.db);
    const pay = paymentFactories(t.database.db);
    call = callAs(t.app);
    const agency = await make.agency({ name: 'Cabinet Alpha', kind: 'mixed' });
    staff = (await make.staffMember(agency.id)).email;
    const { condominium, lots } = await make.condominium(agency.id, 4, { name: 'Les Tilleuls' });
    condominiumId = condominium.id;
    allouard = await make.client(agency.id, { civility: 'M_ET_MME', lastName: 'Allouard', reference: 'CO100452' });
    bernard = await make.client(agency.id, { lastName: 'Bernard' });
    const colin = await make.client(agency.id, { lastName: 'Colin' });
    durand = await make.client(agency.id, { lastName: 'Durand' });
    for (const [index, person] of [allouard, bernard, colin, durand].entries())
      await make.ownership(person.person.id, lots[index]?.id ?? '');
    haddad = await make.client(agency.id, { lastName: 'Haddad', email: null });
    const landlord = await make.client(agency.id, { companyName: 'GERASCO', civility: 'SOCIETE' });
    const { units } = await make.mandate(agency.id, landlord.person.id, 1);
    const unitId = units[0]?.id ?? '';
    leaseId = (await make.lease(unitId, [haddad.person.id], { reference: 'BAIL-1001' })).id;
    await pay.bankAccount(agency.id, { condominiumId }, { holderName: 'SDC Les Tilleuls', iban: 'FR7630004000031234567890143' });

    // Allouard: two calls, the older one partly paid — 200 € of it and all of the second are due.
    await pay.coOwnerCall(condominiumId, allouard.person.id, 40_000, oldCall, 'Appel de fonds T3');
    await pay.coOwnerCall(condominiumId, allouard.person.id, 80_000, recentCall, 'Appel de fonds T4');
    const payment = await call(staff, 'POST', '/api/staff/payments', {
      personId: allouard.person.id,
      condominiumId,
      amountCents: 20_000,
      paidOn: addDays(oldCall, 10),
      method: 'virement',
    });
    expect(payment.statusCode).toBe(201);
    // Bernard's call is due 10 days ago: not late yet. Colin owes nothing.
    await pay.coOwnerCall(condominiumId, bernard.person.id, 50_000, addDays(today, -10));
    await pay.coOwnerCall(condominiumId, colin.person.id, 30_000, oldCall);
    await call(staff, 'POST', '/api/staff/payments', {
      personId: colin.person.id,
      condominiumId,
      amountCents: 30_000,
      paidOn: addDays(oldCall, 5),
      method: 'chèque',
    });
    // Haddad: a month's rent unpaid, no email address.
    await pay.rentCall(agency.id, {
      tenantId: haddad.person.id,
      landlordId: landlord.person.id,
      leaseId,
      managedUnitId: unitId,
      cents: 103_000,
      date: recentCall,
      label: 'Loyer',
    });

    const other = await make.agency({ name: 'Cabinet Bêta', kind: 'syndic' });
    foreignStaff = (await make.staffMember(other.id)).email;
    const foreign = await make.condominium(other.id, 1);
    const stranger = await make.client(other.id, { lastName: 'Étranger' });
    await make.ownership(stranger.person.id, foreign.lots[0]?.id ?? '');
    await pay.coOwnerCall(foreign.condominium.id, stranger.person.id, 9_900, oldCall);
  });

  afterAll(async () => Promise.all([t?.close(), smtp?.close()]));

  it('lists the overdue co-owners and tenants of the agency only, with what they owe since when', async () => {
    const accounts = await overdue();
    expect(accounts.map((account) => account.name).sort()).toEqual(['M. Jean Haddad', 'M. et Mme Allouard']);
    const first = accounts.find((account) => account.personId === allouard.person.id);
    expect(first).toMatchObject({
      reference: 'CO100452',
      hasEmail: true,
      owedCents: 100_000,
      overdueSince: oldCall,
      account: { kind: 'coOwner', condominiumId, label: 'Les Tilleuls' },
      lastReminder: null,
      mayRemind: true,
      unpaidCalls: [
        { date: oldCall, label: 'Appel de fonds T3', remainingCents: 20_000 },
        { date: recentCall, label: 'Appel de fonds T4', remainingCents: 80_000 },
      ],
    });
    expect(accounts.find((account) => account.personId === haddad.person.id)).toMatchObject({
      hasEmail: false,
      owedCents: 103_000,
      account: { kind: 'tenant', leaseId, label: 'BAIL-1001' },
    });
    expect((await overdue(foreignStaff)).map((account) => account.name)).toEqual(['M. Jean Étranger']);
    expect((await call(allouard.reference, 'GET', '/api/staff/reminders')).statusCode).toBe(404);
  });

  it('emails the reminder with each unpaid call, the total and how to pay, and records it', async () => {
    const response = await call(staff, 'POST', '/api/staff/reminders', {
      items: [{ personId: allouard.person.id, condominiumId }, { leaseId }],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      sent: 1,
      skipped: [{ personId: haddad.person.id, name: 'M. Jean Haddad', reason: 'no_email' }],
    });
    await deliver();
    const mails = smtp.received.filter((mail) => mail.to.includes(allouard.email ?? ''));
    expect(mails).toHaveLength(1);
    const text = textOf(mails[0]?.raw ?? '');
    expect(text).toContain('Bonjour M. et Mme Allouard');
    expect(text).toContain(
      `Appel de fonds T3 du ${frenchDate(oldCall)} : ${formatEuros(20_000)} restant dû sur ${formatEuros(40_000)}`,
    );
    expect(text).toContain(`Appel de fonds T4 du ${frenchDate(recentCall)} : ${formatEuros(80_000)} restant dû`);
    expect(text).toContain(`Total dû : ${formatEuros(100_000)}`);
    expect(text).toContain('IBAN FR76 3000 4000 0312 3456 7890 143');
    expect(text).toContain('référence CO100452');
    expect(text).toContain('Payer votre solde');
    // Nobody else's debt is in it.
    expect(text).not.toContain('Haddad');
    expect(text).not.toContain(formatEuros(103_000));

    const rows = await t.database.db.select().from(paymentReminders).where(eq(paymentReminders.personId, allouard.person.id));
    expect(rows).toEqual([expect.objectContaining({ amountCents: 100_000, overdueSince: oldCall, level: 1 })]);
    expect((await overdue()).find((account) => account.personId === allouard.person.id)).toMatchObject({
      lastReminder: { level: 1 },
      mayRemind: false,
    });
  });

  it('does not remind the same person again within 15 days', async () => {
    const response = await call(staff, 'POST', '/api/staff/reminders', { all: true });
    expect(response.statusCode).toBe(200);
    expect(response.json().sent).toBe(0);
    expect(response.json().skipped).toEqual(
      expect.arrayContaining([
        { personId: allouard.person.id, name: 'M. et Mme Allouard', reason: 'recent' },
        { personId: haddad.person.id, name: 'M. Jean Haddad', reason: 'no_email' },
      ]),
    );
    const rows = await t.database.db.select().from(paymentReminders).where(eq(paymentReminders.personId, allouard.person.id));
    expect(rows).toHaveLength(1);
    expect((await call(staff, 'POST', '/api/staff/reminders', {})).statusCode).toBe(400);
  });

  it('the daily job reminds whoever was not reminded for 30 days, once however often it runs', async () => {
    const pay = paymentFactories(t.database.db);
    await pay.coOwnerCall(condominiumId, durand.person.id, 12_345, recentCall, 'Appel de fonds T4');
    const outbox = new Outbox({ demoMode: false });
    const now = new Date();
    // Durand, and the other agency's overdue co-owner: the job goes through every agency.
    expect(await sendAutomaticReminders(t.database.db, outbox, t.config, now)).toEqual({ emails: 2 });
    expect(await sendAutomaticReminders(t.database.db, outbox, t.config, now)).toEqual({ emails: 0 });
    const toDurand = await t.database.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.recipient, durand.email ?? ''), eq(outboxMessages.channel, 'email')));
    expect(toDurand).toHaveLength(1);
    expect(toDurand[0]?.textBody).toContain(`Total dû : ${formatEuros(12_345)}`);
    const [durandReminder] = await t.database.db
      .select()
      .from(paymentReminders)
      .where(eq(paymentReminders.personId, durand.person.id));
    expect(durandReminder?.sentByStaffId).toBeNull();

    // A month later Allouard, Durand and the stranger are due again, and Bernard's call is now late too; Allouard's
    // second reminder says so.
    const later = new Date(now.getTime() + 31 * 86_400_000);
    expect(await sendAutomaticReminders(t.database.db, outbox, t.config, later)).toEqual({ emails: 4 });
    const [latest] = await t.database.db
      .select()
      .from(paymentReminders)
      .where(eq(paymentReminders.personId, allouard.person.id))
      .orderBy(desc(paymentReminders.sentAt));
    expect(latest?.level).toBe(2);
    const [mail] = await t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, allouard.email ?? ''))
      .orderBy(desc(outboxMessages.createdAt));
    expect(mail?.subject).toBe('Relance n° 2 : votre compte présente un solde impayé');
  });
});
