/**
 * CAMT.053 (ISO 20022 BankToCustomerStatement), the statement French banks send in XML: versions .001.02 (still
 * the most common) and .001.08 (the current one) differ, for what we read, only in the status (Sts vs Sts/Cd)
 * and in parties wrapped in Pty. Only booked entries are read: a pending one may still change or disappear.
 */
import { XMLParser } from 'fast-xml-parser';
import {
  cleanText,
  decimalTextToCents,
  lineHashes,
  type StatementLine,
  statementDate,
  statementError,
} from './statement-lines.ts';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Keep every value as written: "0012" is a reference, "1234.50" an amount to read exactly.
  parseTagValue: false,
  parseAttributeValue: false,
  removeNSPrefix: true,
  isArray: (name) => ['Stmt', 'Ntry', 'NtryDtls', 'TxDtls', 'Ustrd'].includes(name),
});

const asNode = (value: unknown): Node => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : {});
const asNodes = (value: unknown): Node[] =>
  Array.isArray(value) ? value.map(asNode) : value === undefined ? [] : [asNode(value)];
/** The text of an element, whether it carries attributes (Amt Ccy="EUR") or not. */
const textOf = (value: unknown): string | null => {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (value && typeof value === 'object' && '#text' in value) return textOf((value as Node)['#text']);
  return null;
};
const path = (node: unknown, ...names: string[]): unknown =>
  names.reduce<unknown>((current, name) => asNode(current)[name], node);

export function parseCamt053(xml: string): StatementLine[] {
  // A statement has no DOCTYPE; declared entities are how an XML file attacks the parser that expands them.
  if (/<!DOCTYPE/i.test(xml)) throw statementError("Ce fichier XML n'est pas un relevé de compte CAMT.053.");
  let document: Node;
  try {
    document = asNode(parser.parse(xml, true));
  } catch (error) {
    // The validator's message ends with ":line:column".
    const line = /:(\d+):\d+\s*$/.exec(error instanceof Error ? error.message : String(error))?.[1];
    throw statementError(`Le fichier XML est mal formé${line ? ` (ligne ${line})` : ''} : il ne peut pas être lu.`);
  }
  const root = asNode(document.Document);
  // The parser drops namespace declarations along with prefixes: the version is read from the text.
  const camt053 = /xmlns(?::\w+)?\s*=\s*["']urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.\d{2}["']/.test(xml);
  if (!camt053 || !root.BkToCstmrStmt) throw statementError("Ce fichier XML n'est pas un relevé de compte CAMT.053.");

  const drafts: Array<Omit<StatementLine, 'externalId'> & { reference: string | null; key: string }> = [];
  let entryNumber = 0;
  for (const statement of asNodes(path(root, 'BkToCstmrStmt', 'Stmt'))) {
    for (const entry of asNodes(statement.Ntry)) {
      entryNumber += 1;
      const status = textOf(entry.Sts) ?? textOf(path(entry, 'Sts', 'Cd'));
      if (status !== 'BOOK') continue;
      drafts.push(...readEntry(entry, entryNumber));
    }
  }
  const hashes = lineHashes(drafts.map((draft) => draft.key));
  return drafts.map(({ reference, key: _key, ...line }, index) => ({
    externalId: reference ?? (hashes[index] as string),
    ...line,
  }));
}

function readEntry(entry: Node, number: number) {
  const entryReference = textOf(entry.AcctSvcrRef) ?? textOf(entry.NtryRef);
  const where = `Écriture n° ${number}${entryReference ? ` (réf. ${entryReference})` : ''}`;
  const currency = asNode(entry.Amt)['@Ccy'];
  if (currency !== undefined && currency !== 'EUR')
    throw statementError(`${where} : la devise ${String(currency)} n'est pas prise en charge, seuls les euros le sont.`);
  const sign = debitCreditSign(textOf(entry.CdtDbtInd), where);
  const bookingDate = statementDate(
    textOf(path(entry, 'BookgDt', 'Dt')) ?? textOf(path(entry, 'BookgDt', 'DtTm')) ?? textOf(path(entry, 'ValDt', 'Dt')) ?? '',
  );
  if (!bookingDate) throw statementError(`${where} : la date de comptabilisation est absente ou invalide.`);
  const entryCents = amountCents(entry.Amt, where);
  const transactions = asNodes(entry.NtryDtls).flatMap((details) => asNodes(details.TxDtls));
  const entryInformation = cleanText(textOf(entry.AddtlNtryInf));

  // A batch (several SEPA transfers credited at once) is split into its transactions: each is someone's payment.
  if (transactions.length > 1) {
    return transactions.map((transaction, index) => {
      const txWhere = `${where}, opération n° ${index + 1}`;
      const amount =
        transaction.Amt !== undefined
          ? amountCents(transaction.Amt, txWhere)
          : amountCents(path(transaction, 'AmtDtls', 'TxAmt', 'Amt'), txWhere);
      const txSign = transaction.CdtDbtInd !== undefined ? debitCreditSign(textOf(transaction.CdtDbtInd), txWhere) : sign;
      const txReference = textOf(path(transaction, 'Refs', 'AcctSvcrRef'));
      const parties = readTransaction(transaction, txSign);
      return {
        reference: txReference ?? (entryReference ? `${entryReference}/${index + 1}` : null),
        key: [
          'camt',
          bookingDate,
          txSign * amount,
          parties.counterpartyName,
          parties.remittanceInformation,
          parties.endToEndId,
        ].join('|'),
        bookingDate,
        amountCents: txSign * amount,
        ...parties,
        remittanceInformation: parties.remittanceInformation ?? entryInformation,
      };
    });
  }
  const parties = transactions[0] ? readTransaction(transactions[0], sign) : emptyParties;
  return [
    {
      reference: entryReference,
      key: [
        'camt',
        bookingDate,
        sign * entryCents,
        parties.counterpartyName,
        parties.remittanceInformation ?? entryInformation,
      ].join('|'),
      bookingDate,
      amountCents: sign * entryCents,
      ...parties,
      remittanceInformation: parties.remittanceInformation ?? entryInformation,
    },
  ];
}

type Parties = Pick<
  StatementLine,
  'counterpartyName' | 'counterpartyIban' | 'remittanceInformation' | 'endToEndId' | 'returnReasonCode'
>;

const emptyParties: Parties = {
  counterpartyName: null,
  counterpartyIban: null,
  remittanceInformation: null,
  endToEndId: null,
  returnReasonCode: null,
};

/** The other side of the transaction: who paid us on a credit, whom we paid on a debit. */
function readTransaction(transaction: Node, sign: number): Parties {
  const parties = asNode(transaction.RltdPties);
  const [side, otherSide] = sign > 0 ? ['Dbtr', 'Cdtr'] : ['Cdtr', 'Dbtr'];
  // .08 wraps the party in Pty; .02 does not.
  const nameOf = (role: string) => cleanText(textOf(path(parties, role, 'Nm')) ?? textOf(path(parties, role, 'Pty', 'Nm')));
  const ibanOf = (role: string) => textOf(path(parties, `${role}Acct`, 'Id', 'IBAN'));
  const remittance = asNode(transaction.RmtInf);
  const unstructured = asNodes(remittance.Ustrd).length
    ? (remittance.Ustrd as unknown[]).map(textOf).filter(Boolean).join(' ')
    : null;
  const structured = textOf(path(remittance, 'Strd', 'CdtrRefInf', 'Ref'));
  const endToEndId = textOf(path(transaction, 'Refs', 'EndToEndId'));
  return {
    counterpartyName: nameOf(side) ?? nameOf(otherSide),
    counterpartyIban: ibanOf(side) ?? ibanOf(otherSide),
    remittanceInformation: cleanText(unstructured || structured || textOf(transaction.AddtlTxInf)),
    endToEndId: endToEndId && endToEndId !== 'NOTPROVIDED' ? endToEndId : null,
    returnReasonCode: textOf(path(transaction, 'RtrInf', 'Rsn', 'Cd')),
  };
}

function debitCreditSign(indicator: string | null, where: string): number {
  if (indicator === 'CRDT') return 1;
  if (indicator === 'DBIT') return -1;
  throw statementError(`${where} : le sens de l'opération (CdtDbtInd) doit être CRDT ou DBIT.`);
}

/** An XML amount is "1234.56": a dot, no thousands separator, never negative (the sign is CdtDbtInd). */
function amountCents(node: unknown, where: string): number {
  const text = textOf(node);
  const cents = text !== null && /^\d+(\.\d+)?$/.test(text) ? decimalTextToCents(text) : null;
  if (cents === null) throw statementError(`${where} : le montant « ${text ?? ''} » n'est pas un montant valide.`);
  return cents;
}
