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

/** A syndicate's CAMT.053 statement as its bank sends it: transfers, our collections, a return, a stranger. */
export const camt053 = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>CAMT053-20261110-001</MsgId><CreDtTm>2026-11-10T06:12:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-045</Id>
      <CreDtTm>2026-11-10T06:12:00</CreDtTm>
      <Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Ntry>
        <Amt Ccy="EUR">461.32</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-05</Dt></BookgDt><AcctSvcrRef>2026110500000001</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <RltdPties><Dbtr><Nm>M. ET MME ALLOUARD</Nm></Dbtr><DbtrAcct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></DbtrAcct></RltdPties>
          <RmtInf><Ustrd>VIR SEPA ALLOUARD CO100452 APPEL T1</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-06</Dt></BookgDt><AcctSvcrRef>2026110600000002</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <RltdPties><Dbtr><Nm>BERNARD PIERRE</Nm></Dbtr></RltdPties>
          <RmtInf><Ustrd>CHARGES COPRO TILLEULS</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-06</Dt></BookgDt><AcctSvcrRef>2026110600000003</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>PAL-E2E-COLLECT-1</EndToEndId></Refs>
          <RltdPties><Dbtr><Nm>MME COLIN</Nm></Dbtr></RltdPties>
          <RmtInf><Ustrd>Appel de fonds T4 2026</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">300.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><RvslInd>true</RvslInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-09</Dt></BookgDt><AcctSvcrRef>2026110900000004</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>PAL-E2E-RETURN-1</EndToEndId></Refs>
          <RltdPties><Dbtr><Nm>M. DURAND</Nm></Dbtr></RltdPties>
          <RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">87.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-09</Dt></BookgDt><AcctSvcrRef>2026110900000005</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <RltdPties><Dbtr><Nm>SARL PLOMBERIE DUPONT</Nm></Dbtr></RltdPties>
          <RmtInf><Ustrd>REMBOURSEMENT FACTURE 2026-118</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">120.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2026-11-10</Dt></BookgDt><AcctSvcrRef>2026111000000006</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <RltdPties><Dbtr><Nm>MME HELENE COLIN</Nm></Dbtr></RltdPties>
          <RmtInf><Ustrd>VIREMENT</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>`;

/** The agency's rental account, exported as CSV from the bank's web site. */
export const rentalCsv = [
  'Compte courant gérance;FR7610107001011234567890129',
  'Date;Libellé;Débit;Crédit',
  '05/11/2026;VIR SEPA HADDAD LOYER NOVEMBRE BAIL-1001;;1 030,00',
  '06/11/2026;VIR SEPA INCONNU 0042;;45,00',
  '07/11/2026;PRLV SEPA EDF PARTIES COMMUNES;62,10;',
].join('\r\n');
