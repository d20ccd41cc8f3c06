/**
 * The SEPA Core direct-debit bank file (ISO 20022 pain.008, domain rules §5) that staff hand to the syndicate's
 * bank for a collection run. Version .001.02 is what most French banks still ask for; .001.08 is the current EPC
 * reference. Built from a typed input, never from strings glued together: every text goes through
 * `toSepaText` (a bank rejects the whole file for one "é"), every amount is written from integer cents.
 */
import { create } from 'xmlbuilder2';
import { isSepaIban, isValidBic, normaliseBic, normaliseIban } from '../../../domain/iban.ts';
import {
  isSepaIdentifier,
  isValidCreditorIdentifier,
  normaliseCreditorIdentifier,
  type SequenceType,
  toSepaText,
} from '../../../domain/sepa.ts';
import { AppError } from '../errors.ts';

export type Pain008Version = 'pain.008.001.02' | 'pain.008.001.08';

export interface SepaCreditor {
  name: string;
  iban: string;
  /** Optional since 2016 for SEPA payments: "NOTPROVIDED" is written when absent. */
  bic?: string | null;
  /** The creditor identifier (ICS), FRkkZZZnnnnnn. */
  creditorIdentifier: string;
}

export interface SepaCollection {
  amountCents: number;
  /** The requested collection date, YYYY-MM-DD. */
  collectionDate: string;
  sequenceType: SequenceType;
  /** The RUM. */
  mandateReference: string;
  /** YYYY-MM-DD. */
  mandateSignatureDate: string;
  debtorName: string;
  debtorIban: string;
  debtorBic?: string | null;
  endToEndId: string;
  /** Unstructured remittance information, cut to 140 characters. */
  remittanceInformation: string;
  /** Another creditor account for this collection; by default the file's creditor. */
  creditor?: SepaCreditor;
}

export interface Pain008Input {
  version: Pain008Version;
  /** Unique per file for the bank (MsgId, ≤ 35 identifier characters). */
  messageId: string;
  createdAt: Date;
  /** Who sends the file: the agency. Defaults to the creditor's name. */
  initiatingPartyName?: string;
  creditor: SepaCreditor;
  collections: readonly SepaCollection[];
}

export interface PaymentInformationSummary {
  paymentInformationId: string;
  collectionDate: string;
  sequenceType: SequenceType;
  creditorIban: string;
  numberOfTransactions: number;
  controlSumCents: number;
}

export interface Pain008File {
  xml: string;
  numberOfTransactions: number;
  controlSumCents: number;
  paymentInformation: PaymentInformationSummary[];
}

/** EPC limits: names 70 characters, remittance 140; the largest amount a SEPA Core collection may carry. */
const NAME_LENGTH = 70;
const REMITTANCE_LENGTH = 140;
const MAX_AMOUNT_CENTS = 99_999_999_999;

/** 12345678 → "123456.78": from integer cents with integer arithmetic, never through a float. */
export function centsToDecimal(cents: number | bigint): string {
  const value = BigInt(cents);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  return `${negative ? '-' : ''}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}`;
}

/** The generated file; throws VALIDATION_FAILED naming the first wrong collection when the input cannot be sent. */
export function buildPain008(input: Pain008Input): Pain008File {
  checkInput(input);
  const groups = groupCollections(input);
  const controlSum = input.collections.reduce((sum, collection) => sum + BigInt(collection.amountCents), 0n);
  const bicElement = input.version === 'pain.008.001.02' ? 'BIC' : 'BICFI';
  const agent = (bic: string | null | undefined) =>
    bic ? { FinInstnId: { [bicElement]: normaliseBic(bic) } } : { FinInstnId: { Othr: { Id: 'NOTPROVIDED' } } };

  const summaries: PaymentInformationSummary[] = [];
  const paymentInformation = groups.map((group, index) => {
    const id = paymentInformationId(input.messageId, index + 1);
    const groupSum = group.collections.reduce((sum, collection) => sum + BigInt(collection.amountCents), 0n);
    summaries.push({
      paymentInformationId: id,
      collectionDate: group.collectionDate,
      sequenceType: group.sequenceType,
      creditorIban: normaliseIban(group.creditor.iban),
      numberOfTransactions: group.collections.length,
      controlSumCents: Number(groupSum),
    });
    return {
      PmtInfId: id,
      PmtMtd: 'DD',
      // One debit per group on the syndicate's statement, which is what the agency's accounting reconciles.
      BtchBookg: 'true',
      NbOfTxs: String(group.collections.length),
      CtrlSum: centsToDecimal(groupSum),
      PmtTpInf: {
        SvcLvl: { Cd: 'SEPA' },
        LclInstrm: { Cd: 'CORE' },
        SeqTp: group.sequenceType,
      },
      ReqdColltnDt: group.collectionDate,
      Cdtr: { Nm: toSepaText(group.creditor.name, NAME_LENGTH) },
      CdtrAcct: { Id: { IBAN: normaliseIban(group.creditor.iban) } },
      CdtrAgt: agent(group.creditor.bic),
      ChrgBr: 'SLEV',
      CdtrSchmeId: creditorScheme(group.creditor.creditorIdentifier),
      DrctDbtTxInf: group.collections.map((collection) => ({
        PmtId: { EndToEndId: collection.endToEndId },
        InstdAmt: { '@Ccy': 'EUR', '#': centsToDecimal(collection.amountCents) },
        DrctDbtTx: {
          MndtRltdInf: { MndtId: collection.mandateReference, DtOfSgntr: collection.mandateSignatureDate },
        },
        DbtrAgt: agent(collection.debtorBic),
        Dbtr: { Nm: toSepaText(collection.debtorName, NAME_LENGTH) },
        DbtrAcct: { Id: { IBAN: normaliseIban(collection.debtorIban) } },
        // An empty Ustrd breaks the schema (1 to 140 characters): no text, no RmtInf.
        ...remittance(collection.remittanceInformation),
      })),
    };
  });

  const document = create(
    { version: '1.0', encoding: 'UTF-8' },
    {
      Document: {
        '@xmlns': `urn:iso:std:iso:20022:tech:xsd:${input.version}`,
        '@xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        CstmrDrctDbtInitn: {
          GrpHdr: {
            MsgId: input.messageId,
            CreDtTm: isoDateTime(input.createdAt),
            NbOfTxs: String(input.collections.length),
            CtrlSum: centsToDecimal(controlSum),
            InitgPty: { Nm: toSepaText(input.initiatingPartyName ?? input.creditor.name, NAME_LENGTH) },
          },
          PmtInf: paymentInformation,
        },
      },
    },
  );
  return {
    xml: document.end({ prettyPrint: true }),
    numberOfTransactions: input.collections.length,
    controlSumCents: Number(controlSum),
    paymentInformation: summaries,
  };
}

const remittance = (text: string) => {
  const unstructured = toSepaText(text, REMITTANCE_LENGTH);
  return unstructured === '' ? {} : { RmtInf: { Ustrd: unstructured } };
};

/** The creditor identifier, in the only form the EPC allows: a private id of scheme "SEPA". */
const creditorScheme = (ics: string) => ({
  Id: { PrvtId: { Othr: { Id: normaliseCreditorIdentifier(ics), SchmeNm: { Prtry: 'SEPA' } } } },
});

/** "2026-01-05T09:30:00Z": seconds, no milliseconds (some bank portals refuse them). */
const isoDateTime = (instant: Date) => `${instant.toISOString().slice(0, 19)}Z`;

/** "<MsgId>-<n>", the message id shortened so that the whole stays within 35 characters. */
function paymentInformationId(messageId: string, index: number): string {
  const suffix = `-${index}`;
  return `${messageId.slice(0, 35 - suffix.length)}${suffix}`;
}

interface CollectionGroup {
  collectionDate: string;
  sequenceType: SequenceType;
  creditor: SepaCreditor;
  collections: SepaCollection[];
}

/** One PmtInf per collection date × sequence type × creditor account, in a stable order (date, then type). */
function groupCollections(input: Pain008Input): CollectionGroup[] {
  const groups = new Map<string, CollectionGroup>();
  for (const collection of input.collections) {
    const creditor = collection.creditor ?? input.creditor;
    const key = [
      collection.collectionDate,
      collection.sequenceType,
      normaliseIban(creditor.iban),
      normaliseCreditorIdentifier(creditor.creditorIdentifier),
    ].join('|');
    let group = groups.get(key);
    if (!group) {
      group = { collectionDate: collection.collectionDate, sequenceType: collection.sequenceType, creditor, collections: [] };
      groups.set(key, group);
    }
    group.collections.push(collection);
  }
  const order: SequenceType[] = ['FRST', 'RCUR', 'OOFF', 'FNAL'];
  return [...groups.values()].sort(
    (a, b) =>
      a.collectionDate.localeCompare(b.collectionDate) ||
      order.indexOf(a.sequenceType) - order.indexOf(b.sequenceType) ||
      normaliseIban(a.creditor.iban).localeCompare(normaliseIban(b.creditor.iban)),
  );
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * What the bank would reject, refused here with a French sentence: the run's service shows it to staff rather
 * than letting the bank bounce the file days later.
 */
function checkInput(input: Pain008Input): void {
  const fail = (field: string, message: string): never => {
    throw new AppError('VALIDATION_FAILED', message, { fields: [{ field, message }] });
  };
  if (!isSepaIdentifier(input.messageId)) fail('messageId', "L'identifiant du fichier (MsgId) n'est pas valide.");
  if (input.collections.length === 0) fail('collections', 'Aucun prélèvement à mettre dans le fichier.');
  const creditors = [input.creditor, ...input.collections.flatMap((collection) => collection.creditor ?? [])];
  for (const creditor of creditors) checkCreditor(creditor, fail);
  const endToEndIds = new Set<string>();
  input.collections.forEach((collection, index) => {
    const field = `collections.${index}`;
    const who = `Prélèvement n° ${index + 1} (${collection.debtorName})`;
    if (!Number.isSafeInteger(collection.amountCents) || collection.amountCents <= 0 || collection.amountCents > MAX_AMOUNT_CENTS)
      fail(`${field}.amountCents`, `${who} : le montant doit être compris entre 0,01 € et 999 999 999,99 €.`);
    if (!DATE.test(collection.collectionDate))
      fail(`${field}.collectionDate`, `${who} : la date de prélèvement n'est pas valide.`);
    if (!DATE.test(collection.mandateSignatureDate))
      fail(`${field}.mandateSignatureDate`, `${who} : la date de signature du mandat n'est pas valide.`);
    if (!isSepaIdentifier(collection.mandateReference))
      fail(`${field}.mandateReference`, `${who} : la référence unique du mandat (RUM) n'est pas valide.`);
    if (!isSepaIdentifier(collection.endToEndId))
      fail(`${field}.endToEndId`, `${who} : la référence de bout en bout n'est pas valide.`);
    if (endToEndIds.has(collection.endToEndId))
      fail(`${field}.endToEndId`, `${who} : la référence de bout en bout est en double.`);
    endToEndIds.add(collection.endToEndId);
    if (!isSepaIban(collection.debtorIban)) fail(`${field}.debtorIban`, `${who} : l'IBAN du débiteur n'est pas valide.`);
    if (collection.debtorBic && !isValidBic(collection.debtorBic))
      fail(`${field}.debtorBic`, `${who} : le BIC du débiteur n'est pas valide.`);
    if (toSepaText(collection.debtorName, NAME_LENGTH) === '')
      fail(`${field}.debtorName`, `${who} : le nom du débiteur est vide.`);
  });
}

function checkCreditor(creditor: SepaCreditor, fail: (field: string, message: string) => never): void {
  if (toSepaText(creditor.name, NAME_LENGTH) === '') fail('creditor.name', 'Le nom du créancier est vide.');
  if (!isSepaIban(creditor.iban)) fail('creditor.iban', "L'IBAN du compte créancier n'est pas valide.");
  if (creditor.bic && !isValidBic(creditor.bic)) fail('creditor.bic', "Le BIC du compte créancier n'est pas valide.");
  if (!isValidCreditorIdentifier(creditor.creditorIdentifier))
    fail('creditor.creditorIdentifier', "L'identifiant créancier SEPA (ICS) n'est pas valide.");
}
