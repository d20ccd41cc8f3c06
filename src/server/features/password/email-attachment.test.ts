import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, sessionCookieFrom, type TestApp } from '../../../../test/support/app.ts';
import { factories, TEST_PASSWORD } from '../../../../test/support/factories.ts';
import { accounts, accountTokens, auditEvents, outboxMessages } from '../../db/schema/index.ts';
import { maskMobilePhone, reachableMobile } from './email-attachment.ts';

const NEW_PASSWORD = 'Quatre chevaux bleus dansent';
const NEEDS_AGENCY =
  "Pour protéger votre compte, votre agence doit vérifier votre identité avant d'enregistrer une adresse email. Faites une demande d'ouverture d'accès, avec une pièce d'identité.";

/**
 * Attaching an address to an account without one, unauthenticated: client references are printed on every
 * call for funds, so the link to the given mailbox must come with a code sent to the mobile on file.
 */
describe('giving an address to an account without one (forgotten password)', () => {
  let t: TestApp;
  let make: ReturnType<typeof factories>;
  let agency: Awaited<ReturnType<ReturnType<typeof factories>['agency']>>;
  let address = 0;
  const nextIp = () => `198.18.0.${(address++ % 250) + 1}`;

  beforeAll(async () => {
    t = await createTestApp();
    make = factories(t.database.db);
    agency = await make.agency({ name: 'ImmoCity Coulon', phone: '01 43 99 12 34', email: 'coulon@immocity.example' });
  });
  afterAll(() => t.close());

  const post = (url: string, payload: Record<string, unknown>, cookie?: string) =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress: nextIp(), headers: cookie ? { cookie } : {} });
  const messagesTo = (recipient: string) =>
    t.database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.recipient, recipient))
      .orderBy(desc(outboxMessages.createdAt));
  const accountOf = async (accountId: string) =>
    (await t.database.db.select().from(accounts).where(eq(accounts.id, accountId)))[0];
  const actionsOf = async (accountId: string) =>
    (await t.database.db.select().from(auditEvents).where(eq(auditEvents.accountId, accountId))).map((event) => event.action);

  /** A client without email, who gives `email`: the link from the mailbox, and the code from the phone. */
  const attach = async (email: string, mobilePhone: string | null = '06 12 34 56 78') => {
    const client = await make.client(agency.id, { email: null, mobilePhone });
    await t.database.db.update(accounts).set({ passwordHash: null }).where(eq(accounts.id, client.account.id));
    const answer = await post('/api/auth/password/forgotten/email', { identifier: client.reference, email });
    const [confirmation] = await messagesTo(email);
    const token = /\/email\/confirmer\?jeton=([\w-]+)/.exec(confirmation?.textBody ?? '')?.[1] ?? '';
    const [sms] = mobilePhone ? await messagesTo(mobilePhone) : [];
    const code = /code de vérification est (\d{6})\./.exec(sms?.textBody ?? '')?.[1] ?? '';
    return { client, answer, confirmation, token, sms, code };
  };
  const confirm = (token: string, smsCode?: string) =>
    post(
      '/api/auth/email/confirm',
      smsCode === undefined ? { token, continueToPassword: true } : { token, continueToPassword: true, smsCode },
    );
  const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  it('sends a link to the address and a code to the mobile on file, and keeps only hashes', async () => {
    const { client, answer, confirmation, sms, code, token } = await attach('marie.dupont@example.fr');
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({
      status: 'confirmation_sent',
      message:
        "Un email vient d'être envoyé à marie.dupont@example.fr, et un code par SMS au 06 •• •• •• 78. Ouvrez le lien de l'email, puis saisissez ce code pour confirmer votre adresse et créer votre mot de passe.",
      agency: null,
      email: 'marie.dupont@example.fr',
      phone: '06 •• •• •• 78',
    });
    expect(sms).toMatchObject({ channel: 'sms', agencyId: agency.id });
    expect(sms?.textBody).toBe(`Palier : votre code de vérification est ${code}. Il ne vous sera jamais demandé par téléphone.`);
    expect(code).toMatch(/^\d{6}$/);
    expect(confirmation?.textBody).toContain('un code à 6 chiffres vient de vous être envoyé par SMS au 06 •• •• •• 78');
    expect(confirmation?.textBody).not.toContain(code);

    const [row] = await t.database.db.select().from(accountTokens).where(eq(accountTokens.accountId, client.account.id));
    expect(row?.smsCodeHash).toMatch(/^[\w-]{43}$/);
    expect(JSON.stringify(row)).not.toContain(code);
    expect(JSON.stringify(row)).not.toContain(token);
    expect((await post('/api/auth/email/link', { token })).json()).toEqual({
      email: 'marie.dupont@example.fr',
      smsCodeRequired: true,
      phone: '06 •• •• •• 78',
      attemptsLeft: 5,
    });
  });

  it('refuses the link without the code or with a wrong one, counts the tries, then attaches with the right one', async () => {
    const { client, token, code } = await attach('paul.martin@example.fr');

    const withoutCode = await confirm(token);
    expect(withoutCode.statusCode).toBe(400);
    expect(withoutCode.json()).toMatchObject({
      code: 'SMS_CODE_REQUIRED',
      message: 'Saisissez le code à 6 chiffres reçu par SMS.',
      details: { attemptsLeft: 5 },
    });
    const wrong = await confirm(token, wrongCode(code));
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({
      code: 'SMS_CODE_WRONG',
      message: 'Code incorrect. Il vous reste 4 essais.',
      details: { attemptsLeft: 4, fields: [{ field: 'smsCode', message: 'Code incorrect. Il vous reste 4 essais.' }] },
    });
    expect((await post('/api/auth/email/link', { token })).json().attemptsLeft).toBe(4);
    expect((await confirm(token, '12345')).json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect((await accountOf(client.account.id))?.email).toBeNull();

    const confirmed = await confirm(token, code);
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json()).toMatchObject({ email: 'paul.martin@example.fr', passwordToken: expect.any(String) });
    expect((await accountOf(client.account.id))?.email).toBe('paul.martin@example.fr');
    const actions = await actionsOf(client.account.id);
    expect(actions.filter((action) => action === 'email.attach_sms_failed')).toHaveLength(1);
    expect(actions).toContain('email.attached_by_person');

    const created = await post('/api/auth/password', { token: confirmed.json().passwordToken, password: NEW_PASSWORD });
    expect(created.statusCode).toBe(200);
    expect(created.json()).toMatchObject({ kind: 'client' });
    expect((await confirm(token, code)).json().code).toBe('LINK_USED');
  });

  it('shows the agency the address attached by the person, in the client’s history', async () => {
    const { client, token, code } = await attach('lea.petit@example.fr');
    expect((await confirm(token, code)).statusCode).toBe(200);
    const staff = await make.staffMember(agency.id);
    const login = await post('/api/auth/login', { identifier: staff.email, password: TEST_PASSWORD });
    const page = await t.app.inject({
      method: 'GET',
      url: `/api/staff/clients/${client.person.id}`,
      headers: { cookie: sessionCookieFrom(login.headers['set-cookie']) },
    });
    expect(page.statusCode).toBe(200);
    expect(page.json().events.map((event: { action: string }) => event.action)).toContain('email.attached_by_person');
    expect(page.json().emailHistory).toMatchObject([
      { newEmail: 'lea.petit@example.fr', changedBy: 'client', reason: 'Confirmée depuis la boîte de réception et par code SMS' },
    ]);
  });

  it('burns the link after five wrong codes, even the right code then failing', async () => {
    const { client, token, code } = await attach('intrus.patient@example.fr');
    for (const left of [4, 3, 2, 1]) {
      expect((await confirm(token, wrongCode(code))).json().message).toBe(
        `Code incorrect. Il vous reste ${left} essai${left > 1 ? 's' : ''}.`,
      );
    }
    const fifth = await confirm(token, wrongCode(code));
    expect(fifth.statusCode).toBe(410);
    expect(fifth.json()).toMatchObject({ code: 'SMS_CODE_EXHAUSTED', message: "Trop d'essais : demandez un nouveau code." });
    for (const answer of [await confirm(token, code), await post('/api/auth/email/link', { token })]) {
      expect(answer.statusCode).toBe(410);
      expect(answer.json().code).toBe('SMS_CODE_EXHAUSTED');
    }
    expect((await accountOf(client.account.id))?.email).toBeNull();
    const [row] = await t.database.db.select().from(accountTokens).where(eq(accountTokens.accountId, client.account.id));
    expect(row).toMatchObject({ smsCodeAttempts: 5, usedAt: expect.any(Date) });
    expect((await actionsOf(client.account.id)).filter((action) => action === 'email.attach_sms_failed')).toHaveLength(5);
  });

  it('gives a burst of concurrent guesses no more than five tries', async () => {
    const { client, token, code } = await attach('rafale@example.fr');
    const guesses = Array.from({ length: 12 }, (_, index) => String((Number(code) + index + 1) % 1_000_000).padStart(6, '0'));
    const answers = await Promise.all(guesses.map((guess) => confirm(token, guess)));
    expect(answers.filter((answer) => answer.json().code === 'SMS_CODE_WRONG')).toHaveLength(4);
    expect(answers.filter((answer) => answer.json().code === 'SMS_CODE_EXHAUSTED')).toHaveLength(8);
    const [row] = await t.database.db
      .select()
      .from(accountTokens)
      .where(and(eq(accountTokens.accountId, client.account.id), eq(accountTokens.purpose, 'email_confirmation')));
    expect(row?.smsCodeAttempts).toBe(5);
    expect((await confirm(token, code)).json().code).toBe('SMS_CODE_EXHAUSTED');
  });

  it('sends nothing without a mobile on file, and sends the person to their agency', async () => {
    for (const mobilePhone of [null, '01 43 99 12 34']) {
      const { client, answer, confirmation } = await attach(`sans.mobile.${address}@example.fr`, mobilePhone);
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toMatchObject({
        status: 'needs_agency',
        message: NEEDS_AGENCY,
        email: null,
        phone: null,
        agency: { name: 'ImmoCity Coulon', phone: '01 43 99 12 34', email: 'coulon@immocity.example' },
      });
      expect(confirmation).toBeUndefined();
      const tokens = await t.database.db.select().from(accountTokens).where(eq(accountTokens.accountId, client.account.id));
      expect(tokens).toEqual([]);
      const sent = await t.database.db.select().from(outboxMessages).where(eq(outboxMessages.channel, 'sms'));
      expect(sent.map((message) => message.recipient)).not.toContain(mobilePhone ?? '');
      expect(await accountOf(client.account.id)).toMatchObject({ email: null, passwordHash: null });
      expect(await actionsOf(client.account.id)).toContain('email.attach_refused');
    }
  });

  it('masks the mobile and only texts numbers an SMS can reach', () => {
    expect(maskMobilePhone('06 12 34 56 78')).toBe('06 •• •• •• 78');
    expect(maskMobilePhone('+33 7 98 76 54 32')).toBe('07 •• •• •• 32');
    expect(maskMobilePhone('+44 7911 123456')).toBe('•• •• •• 56');
    expect(reachableMobile('07.98.76.54.32')).toBe('07.98.76.54.32');
    expect(reachableMobile('0033 6 12 34 56 78')).toBe('0033 6 12 34 56 78');
    expect(reachableMobile('+44 7911 123456')).toBe('+44 7911 123456');
    for (const unreachable of [null, '', '01 43 99 12 34', '+33 1 43 99 12 34', '12 34', 'inconnu']) {
      expect(reachableMobile(unreachable), String(unreachable)).toBeNull();
    }
  });
});
