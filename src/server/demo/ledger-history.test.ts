import { describe, expect, it } from 'vitest';
import { loadedDemo } from '../../../test/support/demo-load.ts';
import { isValidIban } from '../../domain/iban.ts';
import { formatEuros } from '../../domain/money.ts';
import { isValidCreditorIdentifier } from '../../domain/sepa.ts';
import { budgetTotal, demoBudget2026, quarterOf, worksFundCents } from './documents/demo-budget.ts';

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

  it('keys every charge, records each invoice with its entries, and puts this year’s invoices online for the council', async () => {
    const [unkeyed] = await query<{ count: number }>(
      `select count(*)::int as count from ledger_lines where account_code like '6%' and allocation_key_id is null`,
    );
    expect(unkeyed?.count).toBe(0);
    const invoices = await query<{
      invoice_number: string;
      supplier_name: string;
      amount_cents: number;
      year: number;
      charged: number;
      paid: number | null;
      document_id: string | null;
      scope: string | null;
      folder: string | null;
    }>(
      `select i.invoice_number, i.supplier_name, i.amount_cents, extract(year from i.invoice_date)::int as year,
              (select sum(l.debit_cents)::int from ledger_lines l where l.entry_id = i.entry_id and l.account_code = i.account_code
                 and l.allocation_key_id = i.allocation_key_id) as charged,
              (select sum(l.credit_cents)::int from ledger_lines l where l.entry_id = i.payment_entry_id and l.account_code = '512') as paid,
              i.document_id, d.scope, d.folder
       from supplier_invoices i left join documents d on d.id = i.document_id order by i.invoice_date, i.invoice_number`,
    );
    expect(invoices.length).toBeGreaterThan(100);
    for (const invoice of invoices) {
      expect(invoice.charged, invoice.invoice_number).toBe(invoice.amount_cents);
      if (invoice.paid !== null) expect(invoice.paid).toBe(invoice.amount_cents);
    }
    const year = new Date().getFullYear();
    const current = invoices.filter((invoice) => invoice.year === year);
    expect(current.length).toBeGreaterThan(0);
    expect(current.every((invoice) => invoice.scope === 'council' && invoice.folder === 'conseil_syndical')).toBe(true);
    expect(invoices.filter((invoice) => invoice.year !== year).every((invoice) => invoice.document_id === null)).toBe(true);
    const first = current[0];
    const text = (await (await fileOf(first?.document_id ?? '')).text()).replace(/\s+/g, ' ');
    expect(text).toContain(`Facture n° ${first?.invoice_number}`);
    expect(text.replace(/\s/g, '')).toContain(formatEuros(first?.amount_cents ?? 0).replace(/\s/g, ''));
    // The budgets of the three years are there, 2026's as voted (86 000,00 €, the works fund apart).
    const budgets = await query<{ fiscal_year: number; total: number }>(
      `select b.fiscal_year, sum(l.amount_cents)::int as total from budgets b join budget_lines l on l.budget_id = b.id
       group by b.fiscal_year order by b.fiscal_year`,
    );
    expect(budgets.map((budget) => budget.fiscal_year)).toEqual([2024, 2025, 2026]);
    expect(budgets[2]?.total).toBe(budgetTotal(demoBudget2026));
  });

  it('gives the condominium a bank account with a valid IBAN and SEPA creditor identifier, for direct debits', async () => {
    const accounts = await query<{ iban: string; creditor_id: string | null; kind: string }>(
      // The rental agency's own account (its rental ledger) is another story: only the syndicate's is checked here.
      `select b.iban, b.creditor_id, l.kind from bank_accounts b join ledgers l on l.id = b.ledger_id
       where l.condominium_id is not null`,
    );
    expect(accounts).toHaveLength(1);
    expect(accounts[0]?.kind).toBe('condominium');
    expect(isValidIban(accounts[0]?.iban ?? '')).toBe(true);
    expect(isValidCreditorIdentifier(accounts[0]?.creditor_id ?? '')).toBe(true);
  });
});
