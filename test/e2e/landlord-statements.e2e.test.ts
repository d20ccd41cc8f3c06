import { readFile } from 'node:fs/promises';
import { extractText } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, parisDate } from '../../src/domain/calendar.ts';
import { statementPeriodLabel } from '../../src/domain/landlord-statement.ts';
import { quarterStart } from '../../src/server/demo/landlord-statements.ts';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

/** The demo's last closed quarter: GERASCO's latest compte rendu de gérance. */
const lastStart = addMonths(quarterStart(parisDate(new Date())), -3);
const lastLabel = statementPeriodLabel(lastStart, addDays(addMonths(lastStart, 3), -1));

describe('comptes rendus de gérance', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('shows the demo landlord his statements on /finances and opens the latest PDF', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'BA200028');
      await page.getByText('Propriétaire de 28 biens en gérance').waitFor();
      await page.goto('/finances');
      const section = page.getByRole('region', { name: 'Comptes rendus de gérance' });
      const table = section.getByRole('table', { name: 'Vos comptes rendus de gérance, du plus récent au plus ancien' });
      const row = table.getByRole('row', { name: new RegExp(lastLabel) });
      await row.waitFor();
      expect(await row.textContent()).toMatch(/€/);
      // No axe run here: /finances also lists GERASCO's whole landlord account (thousands of rows), checked by
      // the finance journeys; the statements' own markup is checked on the staff page below.

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        row.getByRole('link', { name: `Compte rendu de ${lastLabel} (PDF)` }).click(),
      ]);
      const bytes = await readFile(await download.path());
      const text = (await extractText(new Uint8Array(bytes), { mergePages: true })).text.replace(/\s+/g, ' ');
      expect(text).toContain(`Compte rendu de gérance — ${lastLabel}`);
      expect(text).toContain('GERASCO');
      expect(text).toContain('Montant reversé au mandant');
    } finally {
      await context.close();
    }
  });

  it('lists the agency statements for the rental manager, and a period issued twice changes nothing', async () => {
    const { page, context } = await portal.newPage();
    try {
      await logIn(page, 'gerance@immocity.example');
      await page.getByRole('link', { name: 'Gérance', exact: true }).click();
      await page.getByRole('heading', { name: 'Comptes rendus de gérance', level: 1 }).waitFor();
      const list = page.getByRole('table', {
        name: "Comptes rendus de gérance émis par l'agence, du plus récent au plus ancien",
      });
      await list.getByRole('link', { name: `PDF de GERASCO, ${lastLabel}` }).waitFor();
      await expectAccessible(page);

      await page.getByText('Trimestrielle').click();
      await page.getByRole('button', { name: 'Émettre les comptes rendus' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Émettre', exact: true }).click();
      await page.getByText(/Cette période était déjà émise/).waitFor();
    } finally {
      await context.close();
    }
  });
});
