import { describe, it } from 'vitest';
import { loadedDemo } from '../../../test/support/demo-load.ts';

describe('probe', () => {
  const demo = loadedDemo();
  it('prints', async () => {
    const rows = await demo.query<Record<string, unknown>>(
      `select s.period_start, s.transferred_cents, s.fees_cents, s.fees_vat_cents, s.document_id is not null as pdf from landlord_statements s order by s.period_start`,
    );
    console.log(JSON.stringify(rows));
    const bal = await demo.query<Record<string, unknown>>(
      `select sum(credit_cents - debit_cents) from ledger_lines where account_code = '4671'`,
    );
    console.log(JSON.stringify(bal));
    const owed = await demo.query<Record<string, unknown>>(
      `select sum(debit_cents - credit_cents) from ledger_lines where account_code = '411'`,
    );
    console.log(JSON.stringify(owed));
  });
});
