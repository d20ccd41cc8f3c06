/**
 * Bank statements imported by staff (issue 5, "Payments"): the syndicate's bank gives a CAMT.053 XML statement
 * or, at smaller banks and from their web sites, a CSV export. Both become the same lines, which the payments
 * service matches to co-owners. Amounts are read from their text to the cent (never through a float), and
 * every line gets an id that stays the same when the same statement is imported again, so nothing is counted
 * twice.
 */
import { parseCamt053 } from './camt053.ts';
import { parseStatementCsv } from './statement-csv.ts';
import type { StatementLine } from './statement-lines.ts';

export type { StatementLine } from './statement-lines.ts';
export { decimalTextToCents, statementDate } from './statement-lines.ts';

export type StatementFormat = 'camt053' | 'csv';

export interface ParsedStatement {
  format: StatementFormat;
  lines: StatementLine[];
}

/** Reads a statement file as uploaded: XML is taken for CAMT.053, anything else for a CSV export. */
export function parseBankStatement(content: Uint8Array): ParsedStatement {
  const text = decodeStatementText(content);
  if (text.trimStart().startsWith('<')) return { format: 'camt053', lines: parseCamt053(text) };
  return { format: 'csv', lines: parseStatementCsv(text) };
}

/**
 * UTF-8 (with or without BOM) as modern exports are; when the bytes are not valid UTF-8, Windows-1252, which is
 * what French banks' older exports and Excel's "CSV (séparateur : point-virgule)" write ("Libell\xe9").
 */
export function decodeStatementText(content: Uint8Array): string {
  const bytes = content[0] === 0xef && content[1] === 0xbb && content[2] === 0xbf ? content.subarray(3) : content;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * Windows-1252 is Latin-1 except for 0x80–0x9F, where it has €, œ, ’… Decoded by hand: Node built without full
 * ICU decodes "windows-1252" as Latin-1 and would turn "Bœuf" into a control character.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
