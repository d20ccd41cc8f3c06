import { describe, expect, it } from 'vitest';
import { loadedDemo } from '../../../test/support/demo-load.ts';
import { isValidIban } from '../../domain/iban.ts';
import { formatEuros } from '../../domain/money.ts';
import { isValidCreditorIdentifier } from '../../domain/sepa.ts';
import { demoBudget2026, quarterOf, worksFundCents } from './documents/demo-budget.ts';

/** The demo's money: the 2026 calls for funds, three years of books and the syndicate's bank account. */
describe('demo ledger history', () => {
  const { query, fileOf } = loadedDemo();

  it("sends CO100452 the 2026 calls for funds, his lots' parts of each key adding up to the amount due", async () => {
    const calls = await query<{ id: string; title: string; condominium_id: string | null; lot_id: string | null }>(
      `select d.id, d.title, d.condominium_id, d.lot_id from documents d
       join client_references r on r.person_id = d.person_id
       where r.reference = 'CO100452' and d.folder = 'appels_de_fonds' and d.scope = 'person' order by d.title`,
    );
    expect(calls.map((call) => call.title)).toEqual([
      'Appel de fonds — 1er trimestre 2026',
      'Appel de fonds — 2e trimestre 2026',
      'Appel de fonds — 3e trimestre 2026',
      'Appel de fonds — 4e trimestre 2026',
    ]);
    expect(calls.every((call) => call.condominium_id !== null && call.lot_id === null)).toBe(true);
    // His exact share of the first quarter, from the shares stored in the database: the printed total is within
    // a cent per line of it (the allocation rule rounds each lot's part to the cent).
    const shares = await query<{ code: string; shares: number; total: number }>(
      `select k.code, s.shares, (select sum(t.shares)::int from lot_shares t where t.allocation_key_id = k.id) as total
       from client_references r join ownerships o on o.person_id = r.person_id and o.end_date is null
       join lot_shares s on s.lot_id = o.lot_id join allocation_keys k on k.id = s.allocation_key_id
       where r.reference = 'CO100452'`,
    );
    const keyQuarter = (code: string) =>
      quarterOf(
        demoBudget2026.lines.filter((line) => line.key === code).reduce((sum, line) => sum + line.amountCents, 0),
        1,
      );
    const exact = shares.reduce(
      (sum, row) =>
        sum +
        ((keyQuarter(row.code) + (row.code === 'GEN' ? quarterOf(worksFundCents(demoBudget2026), 1) : 0)) * row.shares) /
          row.total,
      0,
    );
    const text = (await (await fileOf(calls[0]?.id ?? '')).text()).replace(/\s+/g, ' ');
    const printed = /Total de l’appel ([\d ]+),(\d\d) €/.exec(text);
    const cents = Number(`${printed?.[1]?.replace(/ /g, '')}${printed?.[2]}`);
    expect(Math.abs(cents - exact)).toBeLessThan(shares.length + 4);
    expect(text).toContain('FR76 3000 6000 0112 3456 7890 189');
  });

  it('keeps three balanced years of books in which CO100452 owes exactly 1 129,35 €, calls linked to his PDFs', async () => {
    const [allouard] = await query<{ balance: number; years: number[] }>(
      `select sum(l.credit_cents - l.debit_cents)::int as balance,
              array_agg(distinct extract(year from e.entry_date)::int order by extract(year from e.entry_date)::int) as years
       from ledger_lines l join ledger_entries e on e.id = l.entry_id
       join client_references r on r.person_id = l.person_id
       where r.reference = 'CO100452' and l.account_code like '450%'`,
    );
    expect(allouard?.balance).toBe(-112_935);
    expect(allouard?.years).toEqual([2024, 2025, 2026]);
    const [books] = await query<{ debit: number; credit: number; suppliers: number }>(
      `select sum(debit_cents)::bigint::float8 as debit, sum(credit_cents)::bigint::float8 as credit,
              count(*) filter (where account_code = '401')::int as suppliers from ledger_lines`,
    );
    expect(books?.debit).toBe(books?.credit);
    expect(books?.suppliers).toBeGreaterThan(100);
    // The 2026 calls on his statement are the very PDFs among his documents, with the same totals.
    const calls = await query<{ title: string; total: number }>(
      `select d.title, sum(l.debit_cents - l.credit_cents)::int as total
       from ledger_entries e join documents d on d.id = e.document_id
       join ledger_lines l on l.entry_id = e.id and l.person_id is not null
       join client_references r on r.person_id = l.person_id and r.reference = 'CO100452'
       group by d.title order by d.title`,
    );
    expect(calls.map((call) => call.title)).toEqual([
      'Appel de fonds — 1er trimestre 2026',
      'Appel de fonds — 2e trimestre 2026',
      'Appel de fonds — 3e trimestre 2026',
      'Appel de fonds — 4e trimestre 2026',
    ]);
    for (const call of calls) {
      const [document] = await query<{ id: string }>(`select id from documents where title = $1`, [call.title]);
      const text = await (await fileOf(document?.id ?? '')).text();
      expect(text.replace(/\s/g, '')).toContain(formatEuros(call.total).replace(/\s/g, ''));
    }
  });

  it('gives the condominium a bank account with a valid IBAN and SEPA creditor identifier, for direct debits', async () => {
    const accounts = await query<{ iban: string; creditor_id: string | null; kind: string }>(
      `select b.iban, b.creditor_id, l.kind from bank_accounts b join ledgers l on l.id = b.ledger_id`,
    );
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.kind).toBe('condominium');
    expect(isValidIban(accounts[0]?.iban ?? '')).toBe(true);
    expect(isValidCreditorIdentifier(accounts[0]?.creditor_id ?? '')).toBe(true);
  });
});
