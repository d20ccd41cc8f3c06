import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parisDate } from '../../src/domain/calendar.ts';
import { frenchDate } from '../../src/domain/french-dates.ts';
import { formatEuros } from '../../src/domain/money.ts';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

describe('the Finances section', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('shows the demo co-owner owing 1 129,35 €, his entries year by year, their calls and the exports', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'CO100452');
      const balance = page.getByRole('region', { name: 'Mon solde' });
      await balance.getByText('Solde global copropriétaire').waitFor();
      await balance.getByText(formatEuros(-112_935)).waitFor();
      await balance.getByRole('link', { name: 'Voir ma situation financière' }).click();

      await page.getByRole('heading', { name: 'Situation financière', level: 1 }).waitFor();
      await page.getByRole('region', { name: 'Solde global copropriétaire' }).getByText(formatEuros(-112_935)).waitFor();
      const account = page.getByRole('region', { name: `Solde au ${frenchDate(parisDate(new Date()))}` });
      // In the account's header, and again as the running balance after the year's last entry.
      await account.getByText(formatEuros(-112_935)).first().waitFor();
      await account.getByText(/^Copropriété du 100 avenue Anatole France, .*Créteil$/).waitFor();
      // The demo's books are those of 2024–2026, its calls for funds those of 2026.
      const year = 2026;
      await account.getByText(String(year), { exact: true }).click();
      const entries = account.getByRole('table', { name: `Écritures de ${year}` });
      await entries.getByRole('cell', { name: `Prov./Chg courante 01/01/${year}`, exact: true }).waitFor();
      await entries
        .getByRole('cell', { name: `Cotisation Fonds Travaux 01/01/${year}`, exact: true })
        .first()
        .waitFor();
      await entries
        .getByRole('cell', { name: /^Règlement / })
        .first()
        .waitFor();
      expect(await entries.getByRole('row').last().textContent()).toContain(formatEuros(-112_935));
      await expectAccessible(page);

      // The call for funds behind an entry is the very PDF among his documents.
      const [call] = await Promise.all([
        page.waitForEvent('download'),
        entries.getByRole('link', { name: `Télécharger la pièce : Prov./Chg courante 01/01/${year}` }).click(),
      ]);
      const callBytes = await readFile(await call.path());
      expect(callBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        (async () => {
          await account.getByRole('button', { name: 'Exporter' }).click();
          await page.getByRole('menuitem', { name: 'CSV (Excel français)' }).click();
        })(),
      ]);
      const csvText = (await readFile(await csv.path())).toString('utf8');
      expect(csvText.startsWith('\uFEFFDate;Libellé;Montant (€);Solde (€)')).toBe(true);
      expect(csvText).toContain(`01/01/${year};Prov./Chg courante 01/01/${year};-`);

      // An earlier year: its own entries, no call PDF (only this year's calls are among his documents).
      await account.getByText(String(year - 1), { exact: true }).click();
      const previous = account.getByRole('table', { name: `Écritures de ${year - 1}` });
      await previous.getByRole('cell', { name: `Prov./Chg courante 01/10/${year - 1}`, exact: true }).waitFor();
      await expectAccessible(page);
    } finally {
      await context.close();
    }
  });
});
