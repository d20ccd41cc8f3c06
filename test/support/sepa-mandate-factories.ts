import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../../src/server/db/client.ts';
import { bankAccounts, outboxMessages } from '../../src/server/db/schema/index.ts';
import { condominiumLedger, postEntry } from '../../src/server/features/ledger/ledger.repository.ts';

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
      await db.transaction(async (tx) => {
        const ledgerId = await condominiumLedger(tx, condominiumId);
        await postEntry(
          tx,
          { ledgerId, journal: 'AP', entryDate: '2026-10-01', label: 'Appel T4 2026', source: 'palier', externalId },
          [
            { accountCode: '4501', personId, label: 'Prov./Chg courante', debitCents: cents, creditCents: 0 },
            { accountCode: '701', label: 'Prov./Chg courante', debitCents: 0, creditCents: cents },
          ],
        );
      });
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
