import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatEuroNumber } from '../../../domain/money.ts';
import { AppError } from '../errors.ts';
import { decimalTextToCents, parseBankStatement, statementDate } from './statements.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** Windows-1252 as older French exports write it: Latin-1 for accents, its own bytes for œ, € and ’. */
const WINDOWS_1252_EXTRAS: Record<string, number> = { '€': 0x80, '’': 0x92, Œ: 0x8c, œ: 0x9c };
const windows1252 = (text: string) =>
  Uint8Array.from(text, (character) => WINDOWS_1252_EXTRAS[character] ?? character.charCodeAt(0));

const refusal = (content: Uint8Array): string => {
  try {
    parseBankStatement(content);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('BANK_STATEMENT_INVALID');
    return (error as AppError).message;
  }
  throw new Error('the statement was read');
};

const camt053v02 = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>CAMT053-20260106-001</MsgId><CreDtTm>2026-01-06T06:12:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>STMT-2026-002</Id>
      <CreDtTm>2026-01-06T06:12:00</CreDtTm>
      <Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id><Ccy>EUR</Ccy></Acct>
      <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="EUR">15230.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-01-05</Dt></Dt></Bal>
      <Ntry>
        <NtryRef>0001</NtryRef>
        <Amt Ccy="EUR">461.32</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-01-05</Dt></BookgDt>
        <ValDt><Dt>2026-01-05</Dt></ValDt>
        <AcctSvcrRef>2026010500012345</AcctSvcrRef>
        <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>NOTPROVIDED</EndToEndId></Refs>
          <RltdPties>
            <Dbtr><Nm>M. ET MME ALLOUARD</Nm></Dbtr>
            <DbtrAcct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></DbtrAcct>
          </RltdPties>
          <RmtInf><Ustrd>CO100452 APPEL T1 2026</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">1129.35</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-01-05</Dt></BookgDt>
        <AcctSvcrRef>2026010500012346</AcctSvcrRef>
        <AddtlNtryInf>REMISE PRLV SEPA PAL-RUN-20251222-0001</AddtlNtryInf>
        <NtryDtls>
          <TxDtls>
            <Refs><AcctSvcrRef>2026010500012346-01</AcctSvcrRef><EndToEndId>PAL-E2E-0001</EndToEndId></Refs>
            <AmtDtls><TxAmt><Amt Ccy="EUR">1000.00</Amt></TxAmt></AmtDtls>
            <RltdPties><Dbtr><Nm>SCI Les Tilleuls &amp; Cie</Nm></Dbtr><DbtrAcct><Id><IBAN>FR1420041010050500013M02606</IBAN></Id></DbtrAcct></RltdPties>
            <RmtInf><Ustrd>Appel de fonds 1er trimestre</Ustrd><Ustrd>2026</Ustrd></RmtInf>
          </TxDtls>
          <TxDtls>
            <Refs><EndToEndId>PAL-E2E-0002</EndToEndId></Refs>
            <Amt Ccy="EUR">129.35</Amt>
            <RltdPties><Dbtr><Nm>Hélène Bœuf</Nm></Dbtr></RltdPties>
          </TxDtls>
        </NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">1250.40</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-01-06</Dt></BookgDt>
        <AcctSvcrRef>2026010600000077</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <RltdPties><Cdtr><Nm>ASCENSEURS DU CENTRE</Nm></Cdtr><CdtrAcct><Id><IBAN>FR7630003000701234567890185</IBAN></Id></CdtrAcct></RltdPties>
          <RmtInf><Ustrd>FACTURE 2025-1187</Ustrd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">19.50</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <RvslInd>true</RvslInd>
        <Sts>BOOK</Sts>
        <BookgDt><Dt>2026-01-06</Dt></BookgDt>
        <AcctSvcrRef>2026010600000078</AcctSvcrRef>
        <NtryDtls><TxDtls>
          <Refs><EndToEndId>PAL-E2E-0005</EndToEndId></Refs>
          <RltdPties><Dbtr><Nm>M. Durand</Nm></Dbtr><DbtrAcct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></DbtrAcct></RltdPties>
          <RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">80.00</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts>PDNG</Sts>
        <BookgDt><Dt>2026-01-06</Dt></BookgDt>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>`;

const camt053v08 = `<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  <BkToCstmrStmt>
    <GrpHdr><MsgId>M08</MsgId><CreDtTm>2026-02-02T05:00:00+01:00</CreDtTm></GrpHdr>
    <Stmt>
      <Id>S08</Id>
      <Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></Acct>
      <Ntry>
        <NtryRef>REF-08-1</NtryRef>
        <Amt Ccy="EUR">0.01</Amt>
        <CdtDbtInd>CRDT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><DtTm>2026-02-01T10:15:00+01:00</DtTm></BookgDt>
        <NtryDtls><TxDtls>
          <RltdPties><Dbtr><Pty><Nm>Mme Colin</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></DbtrAcct></RltdPties>
          <RmtInf><Strd><CdtrRefInf><Ref>RF18539007547034</Ref></CdtrRefInf></Strd></RmtInf>
        </TxDtls></NtryDtls>
      </Ntry>
      <Ntry>
        <Amt Ccy="EUR">123456.78</Amt>
        <CdtDbtInd>DBIT</CdtDbtInd>
        <Sts><Cd>BOOK</Cd></Sts>
        <BookgDt><Dt>2026-02-01</Dt></BookgDt>
        <AddtlNtryInf>VIR TRAVAUX TOITURE</AddtlNtryInf>
      </Ntry>
    </Stmt>
  </BkToCstmrStmt>
</Document>`;

describe('CAMT.053', () => {
  it('reads a .001.02 statement: transfers, a batch split per payer, a supplier payment, a return; pending entries left out', () => {
    const { format, lines } = parseBankStatement(utf8(camt053v02));
    expect(format).toBe('camt053');
    expect(lines).toEqual([
      {
        externalId: '2026010500012345',
        bookingDate: '2026-01-05',
        amountCents: 46132,
        counterpartyName: 'M. ET MME ALLOUARD',
        counterpartyIban: 'FR7630006000011234567890189',
        remittanceInformation: 'CO100452 APPEL T1 2026',
        endToEndId: null,
        returnReasonCode: null,
      },
      {
        externalId: '2026010500012346-01',
        bookingDate: '2026-01-05',
        amountCents: 100000,
        counterpartyName: 'SCI Les Tilleuls & Cie',
        counterpartyIban: 'FR1420041010050500013M02606',
        remittanceInformation: 'Appel de fonds 1er trimestre 2026',
        endToEndId: 'PAL-E2E-0001',
        returnReasonCode: null,
      },
      {
        externalId: '2026010500012346/2',
        bookingDate: '2026-01-05',
        amountCents: 12935,
        counterpartyName: 'Hélène Bœuf',
        counterpartyIban: null,
        remittanceInformation: 'REMISE PRLV SEPA PAL-RUN-20251222-0001',
        endToEndId: 'PAL-E2E-0002',
        returnReasonCode: null,
      },
      {
        externalId: '2026010600000077',
        bookingDate: '2026-01-06',
        amountCents: -125040,
        counterpartyName: 'ASCENSEURS DU CENTRE',
        counterpartyIban: 'FR7630003000701234567890185',
        remittanceInformation: 'FACTURE 2025-1187',
        endToEndId: null,
        returnReasonCode: null,
      },
      {
        externalId: '2026010600000078',
        bookingDate: '2026-01-06',
        amountCents: -1950,
        counterpartyName: 'M. Durand',
        counterpartyIban: 'FR7630006000011234567890189',
        remittanceInformation: null,
        endToEndId: 'PAL-E2E-0005',
        returnReasonCode: 'AM04',
      },
    ]);
  });

  it('reads a .001.08 statement (Sts/Cd, parties in Pty, structured reference, entry reference, date-time)', () => {
    const { lines } = parseBankStatement(utf8(camt053v08));
    expect(lines[0]).toMatchObject({
      externalId: 'REF-08-1',
      bookingDate: '2026-02-01',
      amountCents: 1,
      counterpartyName: 'Mme Colin',
      remittanceInformation: 'RF18539007547034',
    });
    expect(lines[1]).toMatchObject({ amountCents: -12345678, remittanceInformation: 'VIR TRAVAUX TOITURE' });
    // No bank reference: a hash, the same at each import.
    expect(lines[1]?.externalId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(parseBankStatement(utf8(camt053v08)).lines[1]?.externalId).toBe(lines[1]?.externalId);
  });

  it('refuses what is not a readable CAMT.053, saying why', () => {
    expect(refusal(utf8('<Document><BkToCstmrStmt><Stmt></BkToCstmrStmt></Document>'))).toMatch(
      /^Le fichier XML est mal formé \(ligne 1\) : il ne peut pas être lu\.$/,
    );
    expect(refusal(utf8(camt053v02.replace('camt.053.001.02', 'camt.054.001.02')))).toBe(
      "Ce fichier XML n'est pas un relevé de compte CAMT.053.",
    );
    expect(refusal(utf8(camt053v02.replace('<Amt Ccy="EUR">1250.40', '<Amt Ccy="USD">1250.40')))).toBe(
      "Écriture n° 3 (réf. 2026010600000077) : la devise USD n'est pas prise en charge, seuls les euros le sont.",
    );
    expect(refusal(utf8(camt053v02.replace('<Amt Ccy="EUR">461.32', '<Amt Ccy="EUR">461,32')))).toBe(
      "Écriture n° 1 (réf. 2026010500012345) : le montant « 461,32 » n'est pas un montant valide.",
    );
    expect(refusal(utf8(camt053v02.replace('<Dt>2026-01-06</Dt></BookgDt>', '<Dt>2026-02-30</Dt></BookgDt>')))).toBe(
      'Écriture n° 3 (réf. 2026010600000077) : la date de comptabilisation est absente ou invalide.',
    );
    const withDoctype = camt053v02.replace('<Document', '<!DOCTYPE d [<!ENTITY x "xx">]><Document');
    expect(refusal(utf8(withDoctype))).toBe("Ce fichier XML n'est pas un relevé de compte CAMT.053.");
  });
});

/** Société Générale style: account lines above the header, Débit and Crédit columns. */
const debitCreditCsv = [
  '="0001234567890";Compte courant syndicat;EUR',
  'Solde au 31/12/2025;15 230,00 €',
  '',
  'Date;Libellé;Débit;Crédit',
  '02/01/2026;VIR SEPA M. ET MME ALLOUARD CO100452 APPEL T1;;461,32',
  '03/01/2026;PRLV SEPA EDF ;-1 250,40;',
  '"05/01/2026";"VIR SEPA SCI LES TILLEULS; LOT 12";;"1.129,35"',
  '05/01/2026;COTIS FONDS TRAVAUX;;19,50',
  '05/01/2026;COTIS FONDS TRAVAUX;;19,50',
  ';Total des opérations;1 250,40;1 629,67',
].join('\r\n');

/** La Banque Postale / Crédit Agricole style: one signed amount column, more columns around it. */
const amountCsv = [
  'Date opération;Date valeur;Libellé;Montant(EUROS);Référence',
  '15/01/2026;16/01/2026;VIREMENT DE MME COLIN;+0,01;RF18539007547034',
  '16/01/2026;16/01/2026;PAIEMENT FACTURE ASCENSEURS DU CENTRE;-123 456,78;F-2026-01',
  '17/01/26;17/01/26;VIREMENT DE M. DURAND;1129.35;',
].join('\n');

describe('CSV exports', () => {
  it('reads the Débit/Crédit layout below the account lines, with quotes, spaces and thousands dots', () => {
    const { format, lines } = parseBankStatement(utf8(`\ufeff${debitCreditCsv}`));
    expect(format).toBe('csv');
    expect(
      lines.map(({ bookingDate, amountCents, remittanceInformation }) => [bookingDate, amountCents, remittanceInformation]),
    ).toEqual([
      ['2026-01-02', 46132, 'VIR SEPA M. ET MME ALLOUARD CO100452 APPEL T1'],
      ['2026-01-03', -125040, 'PRLV SEPA EDF'],
      ['2026-01-05', 112935, 'VIR SEPA SCI LES TILLEULS; LOT 12'],
      ['2026-01-05', 1950, 'COTIS FONDS TRAVAUX'],
      ['2026-01-05', 1950, 'COTIS FONDS TRAVAUX'],
    ]);
    expect(lines[0]).toMatchObject({ counterpartyName: null, counterpartyIban: null, endToEndId: null });
  });

  it('gives each line an id that stays the same at the next import, and two identical payments two ids', () => {
    const first = parseBankStatement(utf8(debitCreditCsv)).lines.map((line) => line.externalId);
    const again = parseBankStatement(utf8(`\ufeff${debitCreditCsv.replaceAll('\r\n', '\n')}`)).lines.map(
      (line) => line.externalId,
    );
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(5);
    for (const id of first) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('reads the single signed amount layout, the operation date rather than the value date, and extra labels', () => {
    const { lines } = parseBankStatement(utf8(amountCsv));
    expect(
      lines.map(({ bookingDate, amountCents, remittanceInformation }) => [bookingDate, amountCents, remittanceInformation]),
    ).toEqual([
      ['2026-01-15', 1, 'VIREMENT DE MME COLIN RF18539007547034'],
      ['2026-01-16', -12345678, 'PAIEMENT FACTURE ASCENSEURS DU CENTRE F-2026-01'],
      ['2026-01-17', 112935, 'VIREMENT DE M. DURAND'],
    ]);
  });

  it('reads Windows-1252 exports (older bank sites, Excel) as well as UTF-8', () => {
    const latin = windows1252('Date;Libellé;Débit;Crédit\n02/01/2026;VIR Hélène Bœuf’s 5 €;;461,32\n');
    const { lines } = parseBankStatement(latin);
    expect(lines[0]).toMatchObject({ amountCents: 46132, remittanceInformation: 'VIR Hélène Bœuf’s 5 €' });
    expect(parseBankStatement(utf8('Date;Libellé;Débit;Crédit\n02/01/2026;VIR Hélène Bœuf’s 5 €;;461,32\n')).lines).toEqual(
      lines,
    );
  });

  it('names the wrong line', () => {
    expect(refusal(utf8(debitCreditCsv.replace('03/01/2026', '32/01/2026')))).toBe(
      "Ligne 6 : la date « 32/01/2026 » n'est pas une date valide (jj/mm/aaaa attendu).",
    );
    expect(refusal(utf8(amountCsv.replace('-123 456,78', '-123 456,789')))).toBe(
      "Ligne 3 : le montant « -123 456,789 » n'est pas un montant valide.",
    );
    expect(refusal(utf8(debitCreditCsv.replace(';;19,50', ';5,00;19,50')))).toBe(
      'Ligne 8 : les colonnes Débit et Crédit sont toutes deux remplies.',
    );
    expect(refusal(utf8(amountCsv.replace(';+0,01;', ';;')))).toBe('Ligne 2 : le montant est vide.');
    expect(refusal(utf8('Date;Opération;Valeur\n01/01/2026;x;1,00'))).toBe(
      "Aucune ligne d'en-tête trouvée : le fichier doit avoir des colonnes « Date », « Libellé » et « Montant » (ou « Débit » et « Crédit »).",
    );
  });
});

describe('amounts and dates as banks write them', () => {
  it('reads amounts exactly to the cent', () => {
    expect(decimalTextToCents('1 129,35 €')).toBe(112935);
    expect(decimalTextToCents('1.129,35')).toBe(112935);
    expect(decimalTextToCents('- 1\u202f129,35\u00a0€')).toBe(-112935);
    expect(decimalTextToCents('12,50-')).toBe(-1250);
    expect(decimalTextToCents('0.1')).toBe(10);
    expect(decimalTextToCents('19,500')).toBe(1950);
    expect(decimalTextToCents('19,505')).toBeNull();
    expect(decimalTextToCents('1,2,3')).toBeNull();
    expect(decimalTextToCents('abc')).toBeNull();
    expect(decimalTextToCents('-0,00')).toBe(0);
  });

  it('reads back every amount written the French way, and the XML way', () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (cents) => {
        expect(decimalTextToCents(formatEuroNumber(cents))).toBe(cents);
        const magnitude = Math.abs(cents);
        expect(decimalTextToCents(`${Math.trunc(magnitude / 100)}.${String(magnitude % 100).padStart(2, '0')}`)).toBe(magnitude);
      }),
    );
  });

  it('reads French and ISO dates, refusing dates that do not exist', () => {
    expect(statementDate('25/01/2022')).toBe('2022-01-25');
    expect(statementDate('5/1/22')).toBe('2022-01-05');
    expect(statementDate('29.02.2024')).toBe('2024-02-29');
    expect(statementDate('29/02/2026')).toBeNull();
    expect(statementDate('2026-01-06T10:00:00+01:00')).toBe('2026-01-06');
    expect(statementDate('2026/01/06')).toBeNull();
  });
});
