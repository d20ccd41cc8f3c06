import type { Database } from '../../src/server/db/client.ts';
import { bankAccounts, directDebits, sepaMandates } from '../../src/server/db/schema/index.ts';
import { condominiumLedger, postEntry, rentalLedger } from '../../src/server/features/ledger/ledger.repository.ts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

/** Builders for the payment tests: bank accounts, what clients owe, and collections already sent to the bank. */
export function paymentFactories(db: Database) {
  return {
    /** The bank account of a condominium's books, or of the agency's rental books. */
    async bankAccount(
      agencyId: string,
      books: { condominiumId: string } | { rental: true },
      values: { holderName: string; iban: string },
    ) {
      const ledgerId =
        'condominiumId' in books ? await condominiumLedger(db, books.condominiumId) : await rentalLedger(db, agencyId);
      const [row] = await db
        .insert(bankAccounts)
        .values({
          agencyId,
          ledgerId,
          holderName: values.holderName,
          iban: values.iban,
          bic: 'AGRIFRPP',
          creditorId: 'FR12ZZZ123456',
        })
        .returning();
      if (!row) throw new Error('no bank account');
      return row;
    },

    /** A call for funds: debit 4501 (person) / credit 701, due on `date`. */
    async coOwnerCall(condominiumId: string, personId: string, cents: number, date: string, label = 'Appel de fonds') {
      await db.transaction(async (tx) => {
        const ledgerId = await condominiumLedger(tx, condominiumId);
        await postEntry(
          tx,
          { ledgerId, journal: 'AP', entryDate: date, label, source: 'palier', externalId: `test-call:${unique()}` },
          [
            { accountCode: '4501', personId, label, debitCents: cents, creditCents: 0 },
            { accountCode: '701', label, debitCents: 0, creditCents: cents },
          ],
        );
      });
    },

    /** A rent call: debit 411 (tenant, lease, unit) / credit 4671 (landlord), due on `date`. */
    async rentCall(
      agencyId: string,
      values: {
        tenantId: string;
        landlordId: string;
        leaseId: string;
        managedUnitId: string;
        cents: number;
        date: string;
        label?: string;
      },
    ) {
      const label = values.label ?? 'Loyer';
      await db.transaction(async (tx) => {
        const ledgerId = await rentalLedger(tx, agencyId);
        await postEntry(
          tx,
          { ledgerId, journal: 'LO', entryDate: values.date, label, source: 'palier', externalId: `test-rent:${unique()}` },
          [
            {
              accountCode: '411',
              personId: values.tenantId,
              leaseId: values.leaseId,
              managedUnitId: values.managedUnitId,
              label,
              debitCents: values.cents,
              creditCents: 0,
            },
            {
              accountCode: '4671',
              personId: values.landlordId,
              managedUnitId: values.managedUnitId,
              label,
              debitCents: 0,
              creditCents: values.cents,
            },
          ],
        );
      });
    },

    /** A co-owner's collection already in a bank file (status submitted), with its end-to-end id. */
    async submittedDebit(values: {
      agencyId: string;
      creditorAccountId: string;
      personId: string;
      condominiumId: string;
      amountCents: number;
      collectionDate: string;
      endToEndId: string;
    }) {
      const [mandate] = await db
        .insert(sepaMandates)
        .values({
          agencyId: values.agencyId,
          creditorAccountId: values.creditorAccountId,
          personId: values.personId,
          condominiumId: values.condominiumId,
          mandateReference: `PAL-TEST-${unique()}`,
          sequence: 'recurrent',
          mode: 'automatic',
          debtorName: 'Débiteur de test',
          debtorAddress: '1 rue de la Paix\n75002 Paris',
          iban: 'FR1420041010050500013M02606',
          signedAt: new Date('2026-09-01T10:00:00Z'),
          signaturePlace: 'Paris',
          signatureEvidence: { test: true },
        })
        .returning();
      if (!mandate) throw new Error('no mandate');
      const [debit] = await db
        .insert(directDebits)
        .values({
          mandateId: mandate.id,
          amountCents: values.amountCents,
          collectionDate: values.collectionDate,
          sequenceType: 'FRST',
          endToEndId: values.endToEndId,
          remittanceInformation: 'Appel de fonds T4 2026',
          status: 'submitted',
        })
        .returning();
      if (!debit) throw new Error('no direct debit');
      return { mandate, debit };
    },
  };
}

/** A multipart body with one file, as a browser sends it. */
export function multipartFile(fileName: string, content: string | Uint8Array, contentType = 'application/octet-stream') {
  const boundary = `----palier${unique()}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, typeof content === 'string' ? Buffer.from(content) : Buffer.from(content), tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
