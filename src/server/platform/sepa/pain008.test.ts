import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { AppError } from '../errors.ts';
import { buildPain008, centsToDecimal, type Pain008Input, type SepaCollection } from './pain008.ts';

const schema = await readFile(new URL('../../../../test/standards/pain.008.001.02.xsd', import.meta.url), 'utf8');

async function schemaErrors(xml: string | string[]): Promise<string[]> {
  const files = (Array.isArray(xml) ? xml : [xml]).map((contents, index) => ({ fileName: `bank-file-${index}.xml`, contents }));
  const result = await validateXML({
    xml: files,
    schema: { fileName: 'pain.008.001.02.xsd', contents: schema },
  });
  return result.errors.map((error) => error.rawMessage);
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['PmtInf', 'DrctDbtTxInf'].includes(name),
});

/** The parts of a parsed PmtInf the assertions read. */
interface ParsedTransaction {
  PmtId: { EndToEndId: string };
}
interface ParsedGroup {
  PmtInfId: string;
  ReqdColltnDt: string;
  PmtTpInf: { SeqTp: string };
  NbOfTxs: string;
  CtrlSum: string;
  DrctDbtTxInf: ParsedTransaction[];
}

const collection = (overrides: Partial<SepaCollection>): SepaCollection => ({
  amountCents: 46132,
  collectionDate: '2026-01-05',
  sequenceType: 'RCUR',
  mandateReference: 'PAL-123456-20250110-K7QX2M9A',
  mandateSignatureDate: '2025-01-10',
  debtorName: 'M. et Mme Allouard',
  debtorIban: 'FR7630006000011234567890189',
  endToEndId: 'PAL-E2E-0001',
  remittanceInformation: 'Appel de fonds 1er trimestre 2026 - CO100452',
  ...overrides,
});

/** A run like the demo's: two dates, first and recurrent collections, a one-off, names with accents, extreme amounts. */
const input = (version: Pain008Input['version']): Pain008Input => ({
  version,
  messageId: 'PAL-RUN-20251222-0001',
  createdAt: new Date('2025-12-22T09:30:15.123Z'),
  initiatingPartyName: 'ImmoCity Gestion & Syndic',
  creditor: {
    name: 'Syndicat des copropriétaires Résidence « Les Cèdres »',
    iban: 'FR76 3000 4000 0312 3456 7890 143',
    bic: 'BNPAFRPPXXX',
    creditorIdentifier: 'FR72ZZZ123456',
  },
  collections: [
    collection({ endToEndId: 'PAL-E2E-0001', amountCents: 1, sequenceType: 'FRST', debtorName: 'Hélène Bœuf-Çavuşoğlu' }),
    collection({ endToEndId: 'PAL-E2E-0002', amountCents: 12345678, debtorBic: 'AGRIFRPP882' }),
    collection({ endToEndId: 'PAL-E2E-0003', amountCents: 46132, debtorName: 'SCI Les Tilleuls & Cie' }),
    collection({
      endToEndId: 'PAL-E2E-0004',
      amountCents: 112935,
      sequenceType: 'OOFF',
      collectionDate: '2026-01-15',
      debtorIban: 'FR1420041010050500013M02606',
      remittanceInformation: `Solde au 25 janvier 2022 — ${'règlement du lot n° 12, '.repeat(10)}`,
    }),
    collection({ endToEndId: 'PAL-E2E-0005', amountCents: 1950, collectionDate: '2026-01-15', sequenceType: 'RCUR' }),
    collection({ endToEndId: 'PAL-E2E-0006', amountCents: 99, sequenceType: 'FRST' }),
  ],
});

describe('pain.008.001.02', () => {
  it('is valid against the official XSD', async () => {
    const file = buildPain008(input('pain.008.001.02'));
    expect(await schemaErrors(file.xml)).toEqual([]);
  });

  it('counts and sums the collections in the header and in each group, to the cent', () => {
    const file = buildPain008(input('pain.008.001.02'));
    const document = parser.parse(file.xml).Document.CstmrDrctDbtInitn;
    expect(document.GrpHdr).toMatchObject({
      MsgId: 'PAL-RUN-20251222-0001',
      CreDtTm: '2025-12-22T09:30:15Z',
      NbOfTxs: '6',
      CtrlSum: '125067.95',
      InitgPty: { Nm: 'ImmoCity Gestion et Syndic' },
    });
    expect(file.controlSumCents).toBe(1 + 12345678 + 46132 + 112935 + 1950 + 99);

    const groups = document.PmtInf.map((group: ParsedGroup) => ({
      id: group.PmtInfId,
      date: group.ReqdColltnDt,
      sequence: group.PmtTpInf.SeqTp,
      count: group.NbOfTxs,
      sum: group.CtrlSum,
      endToEndIds: group.DrctDbtTxInf.map((transaction: ParsedTransaction) => transaction.PmtId.EndToEndId),
    }));
    expect(groups).toEqual([
      {
        id: 'PAL-RUN-20251222-0001-1',
        date: '2026-01-05',
        sequence: 'FRST',
        count: '2',
        sum: '1.00',
        endToEndIds: ['PAL-E2E-0001', 'PAL-E2E-0006'],
      },
      {
        id: 'PAL-RUN-20251222-0001-2',
        date: '2026-01-05',
        sequence: 'RCUR',
        count: '2',
        sum: '123918.10',
        endToEndIds: ['PAL-E2E-0002', 'PAL-E2E-0003'],
      },
      {
        id: 'PAL-RUN-20251222-0001-3',
        date: '2026-01-15',
        sequence: 'RCUR',
        count: '1',
        sum: '19.50',
        endToEndIds: ['PAL-E2E-0005'],
      },
      {
        id: 'PAL-RUN-20251222-0001-4',
        date: '2026-01-15',
        sequence: 'OOFF',
        count: '1',
        sum: '1129.35',
        endToEndIds: ['PAL-E2E-0004'],
      },
    ]);
  });

  it('writes each collection with its mandate, its debtor and the creditor in the SEPA character set', () => {
    const document = parser.parse(buildPain008(input('pain.008.001.02')).xml).Document.CstmrDrctDbtInitn;
    const [first, second] = document.PmtInf;
    expect(first.PmtTpInf).toEqual({ SvcLvl: { Cd: 'SEPA' }, LclInstrm: { Cd: 'CORE' }, SeqTp: 'FRST' });
    expect(first.Cdtr.Nm).toBe("Syndicat des coproprietaires Residence 'Les Cedres'");
    expect(first.CdtrAcct.Id.IBAN).toBe('FR7630004000031234567890143');
    expect(first.CdtrAgt.FinInstnId.BIC).toBe('BNPAFRPPXXX');
    expect(first.CdtrSchmeId.Id.PrvtId.Othr).toEqual({ Id: 'FR72ZZZ123456', SchmeNm: { Prtry: 'SEPA' } });
    expect(first.DrctDbtTxInf[0]).toMatchObject({
      InstdAmt: { '@Ccy': 'EUR', '#text': '0.01' },
      DrctDbtTx: { MndtRltdInf: { MndtId: 'PAL-123456-20250110-K7QX2M9A', DtOfSgntr: '2025-01-10' } },
      DbtrAgt: { FinInstnId: { Othr: { Id: 'NOTPROVIDED' } } },
      Dbtr: { Nm: 'Helene Boeuf-Cavusoglu' },
      DbtrAcct: { Id: { IBAN: 'FR7630006000011234567890189' } },
    });
    expect(second.DrctDbtTxInf[0].InstdAmt['#text']).toBe('123456.78');
    expect(second.DrctDbtTxInf[0].DbtrAgt.FinInstnId.BIC).toBe('AGRIFRPP882');
    expect(second.DrctDbtTxInf[1].Dbtr.Nm).toBe('SCI Les Tilleuls et Cie');
    const oneOff = document.PmtInf[3].DrctDbtTxInf[0];
    expect(oneOff.RmtInf.Ustrd.length).toBeLessThanOrEqual(140);
    expect(oneOff.RmtInf.Ustrd).toMatch(/, reglement du lot$/);
    expect(oneOff.RmtInf.Ustrd).toMatch(/^Solde au 25 janvier 2022 - reglement du lot no 12, /);
    expect(oneOff.DbtrAcct.Id.IBAN).toBe('FR1420041010050500013M02606');
  });

  it('makes one group per creditor account when collections go to different accounts', async () => {
    const base = input('pain.008.001.02');
    const other = { name: 'Syndicat Le Parc', iban: 'FR7630006000011234567890189', creditorIdentifier: 'FR72ZZZ123456' };
    const file = buildPain008({
      ...base,
      collections: [base.collections[1] as SepaCollection, { ...(base.collections[2] as SepaCollection), creditor: other }],
    });
    expect(file.paymentInformation.map((group) => [group.creditorIban, group.numberOfTransactions])).toEqual([
      ['FR7630004000031234567890143', 1],
      ['FR7630006000011234567890189', 1],
    ]);
    const document = parser.parse(file.xml).Document.CstmrDrctDbtInitn;
    expect(document.PmtInf[1].CdtrAgt.FinInstnId.Othr.Id).toBe('NOTPROVIDED');
    expect(await schemaErrors(file.xml)).toEqual([]);
  });

  it('stays valid and sums to the cent for any names, texts, amounts, dates and sequence types', async () => {
    const collectionArbitrary = fc.record({
      amountCents: fc.integer({ min: 1, max: 99_999_999_999 }),
      collectionDate: fc.constantFrom('2026-01-05', '2026-01-15', '2026-04-01'),
      sequenceType: fc.constantFrom('FRST' as const, 'RCUR' as const, 'OOFF' as const, 'FNAL' as const),
      debtorName: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 90 }).map((name) => `X${name}`),
      remittanceInformation: fc.string({ unit: 'binary', maxLength: 300 }),
    });
    const files: string[] = [];
    fc.assert(
      fc.property(fc.array(collectionArbitrary, { minLength: 1, maxLength: 8 }), (drafts) => {
        const file = buildPain008({
          ...input('pain.008.001.02'),
          collections: drafts.map((draft, index) => collection({ ...draft, endToEndId: `PAL-E2E-${index}` })),
        });
        const total = drafts.reduce((sum, draft) => sum + draft.amountCents, 0);
        expect(file.controlSumCents).toBe(total);
        expect(file.paymentInformation.reduce((sum, group) => sum + group.controlSumCents, 0)).toBe(total);
        const header = parser.parse(file.xml).Document.CstmrDrctDbtInitn.GrpHdr;
        expect(header.NbOfTxs).toBe(String(drafts.length));
        expect(header.CtrlSum).toBe(centsToDecimal(total));
        files.push(file.xml);
      }),
      { numRuns: 40 },
    );
    // One xmllint run for all the files: starting the WebAssembly module is what takes time.
    expect(await schemaErrors(files)).toEqual([]);
  });

  it('is refused by the XSD when it is broken, so the validation above can fail', async () => {
    const file = buildPain008(input('pain.008.001.02'));
    const broken = file.xml.replace('<SeqTp>FRST</SeqTp>', '<SeqTp>FIRST</SeqTp>');
    expect((await schemaErrors(broken)).join('\n')).toContain('SeqTp');
  });
});

/*
 * pain.008.001.08 is the current EPC reference, but its official XSD is not available to this project: these files
 * are checked for the structure that differs from .02 only, not validated against a schema.
 */
describe('pain.008.001.08 (structure only, no XSD available)', () => {
  it('uses the .08 namespace and BICFI, with the same groups and sums', () => {
    const file = buildPain008(input('pain.008.001.08'));
    expect(file.xml).toContain('xmlns="urn:iso:std:iso:20022:tech:xsd:pain.008.001.08"');
    expect(file.xml).not.toContain('<BIC>');
    const document = parser.parse(file.xml).Document.CstmrDrctDbtInitn;
    expect(document.GrpHdr).toMatchObject({ NbOfTxs: '6', CtrlSum: '125067.95' });
    expect(document.PmtInf.map((group: ParsedGroup) => [group.ReqdColltnDt, group.PmtTpInf.SeqTp])).toEqual([
      ['2026-01-05', 'FRST'],
      ['2026-01-05', 'RCUR'],
      ['2026-01-15', 'RCUR'],
      ['2026-01-15', 'OOFF'],
    ]);
    expect(document.PmtInf[0].CdtrAgt.FinInstnId.BICFI).toBe('BNPAFRPPXXX');
    expect(document.PmtInf[1].DrctDbtTxInf[0].DbtrAgt.FinInstnId.BICFI).toBe('AGRIFRPP882');
  });
});

describe('what the bank would reject is refused before the file is made', () => {
  const refusal = (change: (input: Pain008Input) => Pain008Input) => {
    try {
      buildPain008(change(input('pain.008.001.02')));
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      return (error as AppError).message;
    }
    throw new Error('the file was built');
  };
  const withFirst = (overrides: Partial<SepaCollection>) => (value: Pain008Input) => ({
    ...value,
    collections: [{ ...(value.collections[0] as SepaCollection), ...overrides }, ...value.collections.slice(1)],
  });

  it('names the collection and what is wrong with it', () => {
    expect(refusal(withFirst({ amountCents: 0 }))).toBe(
      'Prélèvement n° 1 (Hélène Bœuf-Çavuşoğlu) : le montant doit être compris entre 0,01 € et 999 999 999,99 €.',
    );
    expect(refusal(withFirst({ amountCents: 10.5 }))).toContain('le montant doit être compris');
    expect(refusal(withFirst({ debtorIban: 'FR7630006000011234567890188' }))).toBe(
      "Prélèvement n° 1 (Hélène Bœuf-Çavuşoğlu) : l'IBAN du débiteur n'est pas valide.",
    );
    expect(refusal(withFirst({ endToEndId: 'PAL-E2E-0002' }))).toContain('la référence de bout en bout est en double');
    expect(refusal(withFirst({ mandateReference: 'RUM avec espaces' }))).toContain("(RUM) n'est pas valide");
    expect(refusal(withFirst({ collectionDate: '05/01/2026' }))).toContain("la date de prélèvement n'est pas valide");
    expect(refusal((value) => ({ ...value, collections: [] }))).toBe('Aucun prélèvement à mettre dans le fichier.');
    expect(refusal((value) => ({ ...value, creditor: { ...value.creditor, creditorIdentifier: 'FR73ZZZ123456' } }))).toBe(
      "L'identifiant créancier SEPA (ICS) n'est pas valide.",
    );
  });

  it('writes amounts from cents without floats', () => {
    expect(centsToDecimal(1)).toBe('0.01');
    expect(centsToDecimal(12345678)).toBe('123456.78');
    expect(centsToDecimal(99_999_999_999)).toBe('999999999.99');
    expect(centsToDecimal(-112935)).toBe('-1129.35');
  });
});
