import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { extractText } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { IBAN, ICS, NEW_IBAN, sepaMandateSuite } from '../../../../test/support/sepa-mandate-factories.ts';
import { auditEvents, outboxMessages, smsChallenges } from '../../db/schema/index.ts';
import type { DirectDebitOptions, Mandate } from './sepa-mandates.schema.ts';

const REFUND_WORDING = 'Une demande de remboursement doit être présentée dans les 8 semaines suivant la date de débit';

describe('SEPA mandate signed with an SMS code', () => {
  const suite = sepaMandateSuite();

  it('lists the payable accounts with their balance, the unpayable one with its reason, and the person on file', async () => {
    const response = await suite.scene.call(suite.scene.owner.reference, 'GET', '/api/direct-debit/options');
    expect(response.statusCode).toBe(200);
    const options: DirectDebitOptions = response.json();
    expect(options.accounts).toEqual([
      expect.objectContaining({
        key: `coOwner:${suite.scene.unpayableId}`,
        payable: false,
        reason: expect.stringContaining('identifiant créancier'),
      }),
      expect.objectContaining({
        key: `coOwner:${suite.scene.condominiumId}`,
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
    const refused = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      '/api/direct-debit/summary',
      suite.scene.summaryBody({ accountKey: `coOwner:${suite.scene.unpayableId}` }),
    );
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('DIRECT_DEBIT_UNAVAILABLE');
  });

  it('signs an automatic mandate with the code received by SMS and publishes its PDF', async () => {
    const summary = await suite.scene.summarise();
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

    const sms = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    expect(sms.text).toBe(
      `Palier : votre code de signature est ${sms.code}. Il expire dans 10 minutes. Ne le communiquez à personne.`,
    );

    const signed = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
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

    const file = await suite.scene.call(suite.scene.owner.reference, 'GET', `/api/documents/${mandate.documentId}/file`);
    expect(file.statusCode).toBe(200);
    const { text } = await extractText(new Uint8Array(file.rawPayload), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(reference);
    expect(flat).toContain(ICS);
    expect(flat).toContain(IBAN);
    expect(flat).toContain('8 semaines');
    expect(
      (await suite.scene.call(suite.scene.neighbour.reference, 'GET', `/api/documents/${mandate.documentId}/file`)).statusCode,
    ).toBe(404);

    const [email] = await suite.t.database.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.channel, 'email'), eq(outboxMessages.recipient, suite.scene.owner.email)));
    expect(email?.textBody).toContain(reference);
    const [audit] = await suite.t.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'sepa_mandate.signed'));
    expect(audit?.targetId).toBe(mandate.id);

    // The code has served: it signs nothing twice.
    const again = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code: sms.code,
    });
    expect(again.statusCode).toBe(410);
    const listed = await suite.scene.call(suite.scene.owner.reference, 'GET', '/api/direct-debit/mandates');
    expect(listed.json().map((item: Mandate) => item.id)).toContain(mandate.id);

    // A second automatic mandate for the same account would collect every suite.scene.call twice.
    const second = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      '/api/direct-debit/summary',
      suite.scene.summaryBody(),
    );
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('MANDATE_ALREADY_ACTIVE');
  });

  it('counts wrong codes and refuses the sixth attempt even with the right code', async () => {
    const summary = await suite.scene.summarise();
    const { code } = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    const wrong = code === '0000' ? '1111' : '0000';
    for (let left = 4; left >= 1; left--) {
      const response = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
        challengeId: summary.challengeId,
        code: wrong,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'SMS_CODE_WRONG',
        message: `Code incorrect. Il vous reste ${left} essai${left > 1 ? 's' : ''}.`,
      });
    }
    const fifth = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code: wrong,
    });
    expect(fifth.statusCode).toBe(410);
    const sixth = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code,
    });
    expect(sixth.statusCode).toBe(410);
    expect(sixth.json().code).toBe('SMS_CHALLENGE_EXHAUSTED');
  });

  it('gives a burst of concurrent guesses no more than five tries', async () => {
    const summary = await suite.scene.summarise();
    const { code } = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    const guesses = Array.from({ length: 10 }, (_, index) => String((Number(code) + 1 + index) % 10_000).padStart(4, '0'));
    const answers = await Promise.all(
      guesses.map((guess) =>
        suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
          challengeId: summary.challengeId,
          code: guess,
        }),
      ),
    );
    expect(answers.filter((answer) => answer.json().code === 'SMS_CODE_WRONG')).toHaveLength(4);
    const [row] = await suite.t.database.db.select().from(smsChallenges).where(eq(smsChallenges.id, summary.challengeId));
    expect(row?.attempts).toBe(5);
  });

  it('refuses an expired code', async () => {
    const summary = await suite.scene.summarise();
    const { code } = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    await suite.t.database.db
      .update(smsChallenges)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(smsChallenges.id, summary.challengeId));
    const response = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code,
    });
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ code: 'SMS_CODE_EXPIRED', message: 'Ce code a expiré : demandez-en un nouveau.' });
  });

  it('re-sends a code after 60 seconds only, three times at most, and only the latest code works', async () => {
    const summary = await suite.scene.summarise();
    const first = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    const early = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      `/api/direct-debit/challenges/${summary.challengeId}/resend`,
    );
    expect(early.statusCode).toBe(429);
    expect(early.json().message).toMatch(/^Vous pourrez demander un nouveau code dans (5\d|60) s\.$/);
    expect(early.json().details.retryAfterSeconds).toBeGreaterThan(50);

    const later = async () => {
      await suite.t.database.db
        .update(smsChallenges)
        .set({ lastSentAt: new Date(Date.now() - 61_000) })
        .where(eq(smsChallenges.id, summary.challengeId));
      return suite.scene.call(suite.scene.owner.reference, 'POST', `/api/direct-debit/challenges/${summary.challengeId}/resend`);
    };
    const resent = await later();
    expect(resent.statusCode, resent.body).toBe(200);
    expect(resent.json().sentTo).toBe('06 •• •• •• 78');
    const second = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    expect((await later()).statusCode).toBe(200);
    const third = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    const fourth = await later();
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json().code).toBe('SMS_SEND_LIMIT');

    for (const old of [first.code, second.code].filter((value) => value !== third.code)) {
      const refused = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
        challengeId: summary.challengeId,
        code: old,
      });
      expect(refused.json().code).toBe('SMS_CODE_WRONG');
    }
    const signed = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code: third.code,
    });
    expect(signed.statusCode).toBe(200);
  });

  it('binds a code to its summary: the code of one summary does not sign another', async () => {
    const a = await suite.scene.summarise(suite.scene.owner.reference, { debtorName: 'Jean Allouard' });
    const codeA = (await suite.scene.make.lastSms(suite.scene.owner.mobile)).code;
    const b = await suite.scene.summarise(suite.scene.owner.reference, { debtorName: 'Marie Allouard' });
    const codeB = (await suite.scene.make.lastSms(suite.scene.owner.mobile)).code;
    expect(a.summaryHash).not.toBe(b.summaryHash);
    if (codeA !== codeB) {
      const crossed = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
        challengeId: b.challengeId,
        code: codeA,
      });
      expect(crossed.statusCode).toBe(400);
      expect(crossed.json().code).toBe('SMS_CODE_WRONG');
    }
    const signed = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: b.challengeId,
      code: codeB,
    });
    expect(signed.json().debtorName).toBe('Marie Allouard');
  });

  it('explains a wrong IBAN or BIC in French', async () => {
    const short = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      '/api/direct-debit/summary',
      suite.scene.summaryBody({ iban: 'FR76 3000 6000 0112' }),
    );
    expect(short.statusCode).toBe(400);
    expect(short.json().details.fields).toEqual([
      { field: 'iban', message: "L'IBAN doit compter 27 caractères pour un compte français (16 saisis)." },
    ]);
    const key = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      '/api/direct-debit/summary',
      suite.scene.summaryBody({ iban: 'FR76 3000 6000 0112 3456 7890 188' }),
    );
    expect(key.json().details.fields[0].message).toBe("La clé de contrôle de l'IBAN est incorrecte : vérifiez la saisie.");
    const bic = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      '/api/direct-debit/summary',
      suite.scene.summaryBody({ bic: 'AGRI' }),
    );
    expect(bic.json().details.fields).toEqual([{ field: 'bic', message: 'Le BIC compte 8 ou 11 caractères (4 saisis).' }]);
    const noBic = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      '/api/direct-debit/summary',
      suite.scene.summaryBody({ bic: '' }),
    );
    expect(noBic.statusCode).toBe(200);
    expect(noBic.json().summaryText).toContain('BIC : non renseigné');
  });

  it('asks for a mobile in the profile when there is none', async () => {
    const response = await suite.scene.call(suite.scene.noMobile, 'POST', '/api/direct-debit/summary', suite.scene.summaryBody());
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'SMS_NO_MOBILE', message: expect.stringContaining('Mon profil') });
  });

  it("answers 404 for another person's account, challenge or mandate", async () => {
    const summary = await suite.scene.summarise();
    const { code } = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    const asNeighbour = (url: string, payload?: object) =>
      suite.scene.call(suite.scene.neighbour.reference, 'POST', url, payload);
    expect((await asNeighbour('/api/direct-debit/sign', { challengeId: summary.challengeId, code })).statusCode).toBe(404);
    expect((await asNeighbour(`/api/direct-debit/challenges/${summary.challengeId}/resend`)).statusCode).toBe(404);
    const signed: Mandate = (
      await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
        challengeId: summary.challengeId,
        code,
      })
    ).json();
    expect((await asNeighbour(`/api/direct-debit/mandates/${signed.id}/revoke`)).statusCode).toBe(404);
    expect(
      (await asNeighbour(`/api/direct-debit/mandates/${signed.id}/bank-details/summary`, { iban: NEW_IBAN })).statusCode,
    ).toBe(404);
    expect((await suite.scene.call(suite.scene.neighbour.reference, 'GET', '/api/direct-debit/mandates')).json()).toEqual([]);
    const foreignAccount = await suite.scene.call(
      suite.scene.noMobile,
      'POST',
      '/api/direct-debit/summary',
      suite.scene.summaryBody({ accountKey: `coOwner:${suite.scene.unpayableId}` }),
    );
    expect(foreignAccount.statusCode).toBe(404);
  });
});
