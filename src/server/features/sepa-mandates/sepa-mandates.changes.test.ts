import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { NEW_IBAN, sepaMandateSuite } from '../../../../test/support/sepa-mandate-factories.ts';
import { addDays, parisDate } from '../../../domain/calendar.ts';
import { directDebits, outboxMessages, personDetailChanges } from '../../db/schema/index.ts';
import type { Mandate } from './sepa-mandates.schema.ts';

describe('SEPA mandate revoked or moved to another bank account', () => {
  const suite = sepaMandateSuite();

  it('signs a one-off mandate for the balance, collected 14 days later', async () => {
    const summary = await suite.scene.summarise(suite.scene.owner.reference, { mode: 'manual' });
    expect(summary.summaryText).toContain('un prélèvement unique de 1\u202f129,35\u00a0€');
    expect(summary.summaryText).toContain('Paiement ponctuel');
    const { code } = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    const signed = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: summary.challengeId,
      code,
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const mandate: Mandate = signed.json();
    expect(mandate.sequence).toBe('one_off');
    expect(mandate.scheduledDebits).toEqual([
      { amountCents: 112_935, collectionDate: addDays(parisDate(new Date()), 14), status: 'scheduled', sequenceType: 'OOFF' },
    ]);

    const revoked = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      `/api/direct-debit/mandates/${mandate.id}/revoke`,
    );
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({ status: 'revoked', scheduledDebits: [] });
    expect(await suite.t.database.db.select().from(directDebits).where(eq(directDebits.mandateId, mandate.id))).toEqual([]);
    const twice = await suite.scene.call(suite.scene.owner.reference, 'POST', `/api/direct-debit/mandates/${mandate.id}/revoke`);
    expect(twice.statusCode).toBe(409);
  });

  it('changes the debited account with a code, keeping the RUM', async () => {
    const summary = await suite.scene.summarise();
    const signed: Mandate = (
      await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
        challengeId: summary.challengeId,
        code: (await suite.scene.make.lastSms(suite.scene.owner.mobile)).code,
      })
    ).json();
    const change = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      `/api/direct-debit/mandates/${signed.id}/bank-details/summary`,
      {
        iban: NEW_IBAN,
      },
    );
    expect(change.statusCode, change.body).toBe(200);
    expect(change.json()).toMatchObject({ sentTo: '06 •• •• •• 78', ibanMasked: 'FR14 **** **** **** **** ***2 606' });
    const { code } = await suite.scene.make.lastSms(suite.scene.owner.mobile);
    // A signature code does not confirm bank details, and the other way round.
    const crossed = await suite.scene.call(suite.scene.owner.reference, 'POST', '/api/direct-debit/sign', {
      challengeId: change.json().challengeId,
      code,
    });
    expect(crossed.statusCode).toBe(404);
    const confirmed = await suite.scene.call(
      suite.scene.owner.reference,
      'POST',
      `/api/direct-debit/mandates/${signed.id}/bank-details/confirm`,
      {
        challengeId: change.json().challengeId,
        code,
      },
    );
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect(confirmed.json()).toMatchObject({
      reference: signed.reference,
      ibanMasked: 'FR14 **** **** **** **** ***2 606',
      bic: null,
    });
    const [history] = await suite.t.database.db
      .select()
      .from(personDetailChanges)
      .where(eq(personDetailChanges.field, 'mandateIban'));
    expect(history).toMatchObject({
      previousValue: 'FR76 **** **** **** **** ***0 189',
      newValue: 'FR14 **** **** **** **** ***2 606',
    });
    const emails = await suite.t.database.db
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
    // The condominium's manager is told, with the old and new accounts masked.
    const [toManager] = await suite.t.database.db
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.channel, 'email'), eq(outboxMessages.recipient, suite.scene.managerEmail)));
    expect(toManager?.subject).toMatch(/^Coordonnées bancaires de prélèvement modifiées — /);
    expect(toManager?.textBody).toContain(signed.reference);
    expect(toManager?.textBody).toContain('FR76 **** **** **** **** ***0 189 → FR14 **** **** **** **** ***2 606');
  });
});
