/**
 * French banks' CSV exports: semicolons, decimal commas, dd/mm/yyyy dates, a few lines about the account before
 * the header, and one of two layouts — "Date;Libellé;Débit;Crédit" or "Date;Libellé;Montant". The header is
 * found by its column names rather than by its position, since every bank puts its own lines above it.
 */
import { normaliseIban } from '../../../domain/iban.ts';
import {
  cleanText,
  decimalTextToCents,
  lineHashes,
  type StatementLine,
  statementDate,
  statementError,
} from './statement-lines.ts';

interface Row {
  /** The file's line where the record starts, 1-based, as a spreadsheet shows it. */
  line: number;
  cells: string[];
}

/** "Libellé opération" → "libelle operation": header names compared without accents, case or punctuation. */
const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

interface Columns {
  date: number;
  label: number;
  extraLabels: number[];
  amount?: number;
  debit?: number;
  credit?: number;
  counterparty?: number;
  iban?: number;
}

/** Finds the columns in a row, or null when the row is not a header. */
function headerColumns(cells: string[]): Columns | null {
  const names = cells.map(fold);
  const find = (test: (name: string) => boolean) => {
    const index = names.findIndex(test);
    return index === -1 ? undefined : index;
  };
  // The operation's date first; the value date only when it is the only one.
  const date =
    find((name) => name === 'date' || name.startsWith('date operation') || name.startsWith('date comptab')) ??
    find((name) => name.startsWith('date') && !name.includes('valeur')) ??
    find((name) => name.startsWith('date'));
  const label = find((name) => /^(libelle|intitule|description|nature)/.test(name));
  const amount = find((name) => name.startsWith('montant'));
  const debit = find((name) => name.startsWith('debit'));
  const credit = find((name) => name.startsWith('credit'));
  if (date === undefined || label === undefined) return null;
  if (amount === undefined && (debit === undefined || credit === undefined)) return null;
  const extraLabels = names.flatMap((name, index) =>
    index !== label && /^(libelle|detail|informations? complementaires?|reference|motif)/.test(name) ? [index] : [],
  );
  return {
    date,
    label,
    extraLabels,
    ...(amount !== undefined ? { amount } : { debit, credit }),
    counterparty: find((name) => /^(contrepartie|nom de la contrepartie|tiers|beneficiaire|emetteur)/.test(name)),
    iban: find((name) => name === 'iban' || name.startsWith('iban ') || name.includes('iban contrepartie')),
  };
}

export function parseStatementCsv(text: string): StatementLine[] {
  const rows = splitRows(text);
  const headerIndex = rows.findIndex((row) => headerColumns(row.cells) !== null);
  if (headerIndex === -1)
    throw statementError(
      "Aucune ligne d'en-tête trouvée : le fichier doit avoir des colonnes « Date », « Libellé » et « Montant » (ou « Débit » et « Crédit »).",
    );
  const columns = headerColumns((rows[headerIndex] as Row).cells) as Columns;
  const drafts: Array<Omit<StatementLine, 'externalId'> & { key: string }> = [];

  for (const row of rows.slice(headerIndex + 1)) {
    const cell = (index: number | undefined) => (index === undefined ? '' : (row.cells[index] ?? '').trim());
    if (row.cells.every((value) => value.trim() === '')) continue;
    const label = cleanText(cell(columns.label));
    // Balance and total lines that some exports add under the operations are not operations.
    if (cell(columns.date) === '' && /^(solde|total|nouveau solde|ancien solde)/i.test(label ?? '')) continue;
    const where = `Ligne ${row.line}`;
    const bookingDate = statementDate(cell(columns.date));
    if (!bookingDate)
      throw statementError(`${where} : la date « ${cell(columns.date)} » n'est pas une date valide (jj/mm/aaaa attendu).`, {
        line: row.line,
      });
    const amountCents = rowAmount(columns, cell, where, row.line);
    const extra = columns.extraLabels.map((index) => cleanText(cell(index))).filter((value): value is string => value !== null);
    const remittanceInformation = cleanText([label, ...extra].filter(Boolean).join(' '));
    const ibanText = normaliseIban(cell(columns.iban));
    drafts.push({
      key: ['csv', bookingDate, amountCents, fold(remittanceInformation ?? '')].join('|'),
      bookingDate,
      amountCents,
      counterpartyName: cleanText(cell(columns.counterparty)),
      counterpartyIban: ibanText === '' ? null : ibanText,
      remittanceInformation,
      endToEndId: null,
      returnReasonCode: null,
    });
  }
  const hashes = lineHashes(drafts.map((draft) => draft.key));
  return drafts.map(({ key: _key, ...line }, index) => ({ externalId: hashes[index] as string, ...line }));
}

function rowAmount(columns: Columns, cell: (index: number | undefined) => string, where: string, line: number): number {
  const read = (value: string) => {
    const cents = decimalTextToCents(value);
    if (cents === null) throw statementError(`${where} : le montant « ${value} » n'est pas un montant valide.`, { line });
    return cents;
  };
  if (columns.amount !== undefined) {
    if (cell(columns.amount) === '') throw statementError(`${where} : le montant est vide.`, { line });
    return read(cell(columns.amount));
  }
  const debit = cell(columns.debit);
  const credit = cell(columns.credit);
  if (debit !== '' && credit !== '') {
    // Some banks fill both columns with "0,00" on the unused side.
    const [debitCents, creditCents] = [read(debit), read(credit)];
    if (debitCents !== 0 && creditCents !== 0)
      throw statementError(`${where} : les colonnes Débit et Crédit sont toutes deux remplies.`, { line });
    return creditCents !== 0 ? Math.abs(creditCents) : -Math.abs(debitCents);
  }
  if (debit !== '') return -Math.abs(read(debit));
  if (credit !== '') return Math.abs(read(credit));
  throw statementError(`${where} : ni débit ni crédit.`, { line });
}

/**
 * Records of a CSV text: the separator is the one of the header (";" for French banks, else tab or ","),
 * fields may be quoted with "" for a quote inside, and a quoted field may span lines.
 */
function splitRows(text: string): Row[] {
  const firstLines = text.split(/\r?\n/, 40);
  const separator = [';', '\t', ','].find((candidate) => firstLines.some((line) => headerColumns(line.split(candidate)))) ?? ';';
  const rows: Row[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] as string;
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else {
        if (character === '\n') line += 1;
        field += character;
      }
    } else if (character === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (character === separator) {
      cells.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') index += 1;
      cells.push(field);
      rows.push({ line: recordLine, cells });
      cells = [];
      field = '';
      line += 1;
      recordLine = line;
    } else field += character;
  }
  if (field !== '' || cells.length > 0) {
    cells.push(field);
    rows.push({ line: recordLine, cells });
  }
  return rows;
}
