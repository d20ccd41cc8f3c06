import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parisDate, parseCalendarDate } from '../../src/domain/calendar.ts';
import { frenchDate, frenchMonthName } from '../../src/domain/french-dates.ts';
import { formatEuros } from '../../src/domain/money.ts';
import { staticQuittanceMonths } from '../../src/server/demo/rental-ledger.ts';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';
import { openSection } from './support/steps.ts';

const monthName = (periodStart: string) => {
  const { year, month } = parseCalendarDate(periodStart);
  const name = frenchMonthName(month);
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`;
};

describe('the tenant’s rent account', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('shows LO300115 their lease’s account owing nothing, month by month, and downloads a quittance', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'LO300115');
      await openSection(page, 'Finances');
      await page.getByRole('heading', { name: 'Situation financière', level: 1 }).waitFor();
      const account = page.getByRole('region', { name: `Solde au ${frenchDate(parisDate(new Date()))}` });
      await account.getByText(formatEuros(0)).first().waitFor();
      await account.getByText('Compte locataire').waitFor();

      const rent = page.getByRole('region', { name: 'Avis d’échéance et quittances' });
      const latest = staticQuittanceMonths(parisDate(new Date())).at(-1) ?? '';
      const row = rent.getByRole('row').filter({ hasText: monthName(latest) });
      await row.getByText('Payé', { exact: true }).waitFor();
      await expectAccessible(page);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('link', { name: new RegExp(`^Télécharger la quittance de ${monthName(latest)}`) }).click(),
      ]);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.length).toBeGreaterThan(1_000);
    } finally {
      await context.close();
    }
  });
});
