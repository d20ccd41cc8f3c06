import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parisDate } from '../../src/domain/calendar.ts';
import { formatEuros } from '../../src/domain/money.ts';
import { actualsOf, budgetOf, budgetTotal, quarterOf } from '../../src/server/demo/documents/demo-budget.ts';
import { tinyPdf } from '../support/proof-files.ts';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';
import { DEMO_CO_OWNER, openSection } from './support/steps.ts';

/** What the demo's books hold for the current year: the voted budget, and the invoices received so far. */
function demoFigures() {
  const today = parisDate(new Date());
  const year = Number(today.slice(0, 4));
  let actual = 0;
  for (const quarter of [1, 2, 3, 4] as const) {
    const invoiceDate = addDays(`${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`, 45);
    if (invoiceDate > today) continue;
    for (const line of actualsOf(year).lines) actual += quarterOf(line.amountCents, quarter);
  }
  return { year, budget: budgetTotal(budgetOf(year)), actual };
}

describe('the council’s space', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('shows a council member the budget against actual spending, and the invoices as PDFs; a co-owner gets not found', async () => {
    const member = await portal.newPage();
    const coOwner = await portal.newPage();
    try {
      const { page } = member;
      await logIn(page, 'CO100417');
      await page.getByText('Membre du conseil syndical').first().waitFor();
      await openSection(page, 'Conseil Syndical');
      await page.getByRole('heading', { name: 'Espace conseil syndical', level: 1 }).waitFor();
      await expectAccessible(page);
      await page.getByRole('link', { name: /Ouvrir l'espace du conseil de/ }).click();
      await page.getByRole('heading', { name: /^Conseil syndical — /, level: 1 }).waitFor();
      const condominiumUrl = new URL(page.url()).pathname;
      expect(condominiumUrl).toMatch(/^\/conseil-syndical\/[0-9a-f-]{36}$/);

      const { year, budget, actual } = demoFigures();
      await page.getByRole('tab', { name: 'Budget', selected: true }).waitFor();
      const table = page.getByRole('table', { name: new RegExp(`^Budget voté et dépenses réelles de l'exercice ${year}`) });
      await table.waitFor();
      const total = table.getByRole('row', { name: /^Total\b.*€.*€/ }).last();
      await expect.poll(() => total.textContent()).toContain(formatEuros(budget));
      expect(await total.textContent()).toContain(formatEuros(actual));
      expect(await total.textContent()).toContain(formatEuros(budget - actual));
      await page.getByRole('heading', { name: `Budget et dépenses réelles ${year} par clé` }).waitFor();
      await page.getByRole('heading', { name: new RegExp(`^Dépenses par mois en ${year}`) }).waitFor();
      await expectAccessible(page);

      // The trial balance is balanced and sums the co-owners.
      await page.getByRole('tab', { name: 'Balance' }).click();
      const balance = page.getByRole('table', { name: /^Balance générale au / });
      await balance.getByRole('row', { name: /^4501\b.*tous copropriétaires/ }).waitFor();
      await expectAccessible(page);

      await page.getByRole('tab', { name: 'Factures' }).click();
      const invoices = page.getByRole('table', { name: new RegExp(`^Factures fournisseurs ${year}`) });
      const pdfLink = invoices.getByRole('link', { name: /^Facture F-\d{4}-\d{4} \(PDF\)$/ }).first();
      await pdfLink.waitFor();
      await expectAccessible(page);
      const href = await pdfLink.getAttribute('href');
      expect(href).toMatch(/^\/api\/documents\/[0-9a-f-]{36}\/file\?disposition=inline$/);
      const pdf = await page.request.get(href ?? '');
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toContain('application/pdf');
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // "Les + du Conseil Syndical" are also offered next to the member's own accounts.
      await openSection(page, 'Finances');
      const councilCard = page.getByRole('region', { name: 'Espace conseil syndical' });
      await councilCard.getByRole('link', { name: /Ouvrir l'espace du conseil de/ }).click();
      await page.waitForURL((url) => url.pathname === condominiumUrl);

      // Not on the council: no entry in the menu, and the address itself is not found.
      await logIn(coOwner.page, DEMO_CO_OWNER);
      await coOwner.page.getByText('Copropriétaire de 4 biens').waitFor();
      const navigation = coOwner.page.getByRole('navigation', { name: 'Navigation principale' });
      expect(await navigation.getByRole('link', { name: 'Conseil Syndical' }).count()).toBe(0);
      await coOwner.page.goto(condominiumUrl);
      await coOwner.page.getByRole('heading', { name: 'Page introuvable' }).waitFor();
      expect(await coOwner.page.getByText('Budget voté').count()).toBe(0);
      expect((await coOwner.page.request.get(href ?? '')).status()).toBe(404);
    } finally {
      await member.context.close();
      await coOwner.context.close();
    }
  }, 240_000);

  it('lets the manager drop in a supplier invoice, mark it paid, and the council member find it', async () => {
    const manager = await portal.newPage();
    const member = await portal.newPage();
    try {
      const { page } = manager;
      await logIn(page, 'gestion@immocity.example');
      await openSection(page, 'Factures fournisseurs');
      await page.getByRole('heading', { name: 'Factures fournisseurs', level: 1 }).waitFor();
      await page.getByRole('combobox', { name: 'Copropriété' }).click();
      await page.getByRole('option', { name: /Anatole France/ }).click();
      const form = page.getByRole('form', { name: 'Ajouter une facture' });
      await form.waitFor();
      await form.getByLabel('Fournisseur').fill('Plomberie Dupuis');
      await form.getByLabel('Numéro de facture').fill('PD-7781');
      await form.getByLabel('Date de la facture').fill(parisDate(new Date()));
      await form.getByLabel('Libellé').fill('Remplacement de la colonne d’eau, bâtiment B');
      await form.getByLabel('Compte de charges').fill('615');
      await form.getByRole('combobox', { name: 'Clé de répartition' }).click();
      await page.getByRole('option', { name: 'Charges générales' }).click();
      await form.getByLabel('Montant TTC (€)').fill('1 716,00');
      await form.getByLabel('La facture (PDF)').setInputFiles({
        name: 'facture-PD-7781.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf('Facture PD-7781'),
      });
      await form.getByRole('button', { name: 'Enregistrer la facture' }).click();
      await page.getByText('Facture PD-7781 de Plomberie Dupuis enregistrée et publiée pour le conseil syndical.').waitFor();
      await expectAccessible(page);
      // The same number again is refused, in French.
      await form.getByLabel('Fournisseur').fill('Plomberie Dupuis');
      await form.getByLabel('Numéro de facture').fill('PD-7781');
      await form.getByLabel('Date de la facture').fill(parisDate(new Date()));
      await form.getByLabel('Libellé').fill('Doublon');
      await form.getByLabel('Compte de charges').fill('615');
      await form.getByLabel('Montant TTC (€)').fill('1 716,00');
      await form.getByLabel('La facture (PDF)').setInputFiles({
        name: 'doublon.pdf',
        mimeType: 'application/pdf',
        buffer: tinyPdf('Doublon'),
      });
      await form.getByRole('button', { name: 'Enregistrer la facture' }).click();
      await form.getByText(/déjà enregistrée pour ce fournisseur/).waitFor();

      await page.getByRole('button', { name: 'Marquer réglée la facture PD-7781' }).click();
      await page.getByRole('button', { name: "Créer l'ordre bancaire" }).click();
      await page.getByText('Facture PD-7781 marquée réglée.').waitFor();

      await logIn(member.page, 'CO100409');
      await member.page.getByText('Membre du conseil syndical').first().waitFor();
      await openSection(member.page, 'Conseil Syndical');
      await member.page.getByRole('link', { name: /Ouvrir l'espace du conseil de/ }).click();
      await member.page.getByRole('tab', { name: 'Ordres bancaires' }).click();
      const orders = member.page.getByRole('table', { name: /^Ordres bancaires / });
      await orders.getByRole('row', { name: /Plomberie Dupuis.*1\s716,00\s€.*PD-7781/ }).waitFor();
      await member.page.getByRole('tab', { name: 'Relevé général des dépenses' }).click();
      await member.page.getByRole('link', { name: 'Facture PD-7781 (PDF)' }).waitFor();
      await expectAccessible(member.page);
    } finally {
      await manager.context.close();
      await member.context.close();
    }
  }, 240_000);
});
