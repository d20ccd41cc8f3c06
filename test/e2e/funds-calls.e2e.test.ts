import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';
import { DEMO_CO_OWNER, openSection } from './support/steps.ts';

const QUARTER_TITLE = 'Appel de fonds du 1er trimestre 2027';

describe('calls for funds', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('lets the manager enter the 2027 budget and issue its first quarter, which the demo co-owner then finds', async () => {
    const manager = await portal.newPage();
    const coOwner = await portal.newPage();
    try {
      const staff = manager.page;
      await logIn(staff, 'gestion@immocity.example');
      await openSection(staff, 'Appels de fonds');
      await staff.getByRole('heading', { name: 'Budgets et appels de fonds', level: 1 }).waitFor();
      await staff.getByRole('combobox', { name: 'Copropriété' }).click();
      await staff.getByRole('option', { name: /Anatole France/ }).click();
      await staff.getByRole('combobox', { name: 'Exercice' }).click();
      await staff.getByRole('option', { name: '2027', exact: true }).click();
      const budget = staff.getByRole('form', { name: 'Budget prévisionnel 2027' });
      await budget.waitFor();
      await budget.getByLabel('Voté en assemblée générale le').fill('2026-06-10');
      await budget.getByRole('textbox', { name: 'Compte de charges de la ligne 1' }).fill('614');
      await budget.getByRole('textbox', { name: 'Libellé de la ligne 1' }).fill('Entretien des parties communes');
      await budget.getByRole('textbox', { name: 'Montant annuel de la ligne 1' }).fill('48 000,00');
      await budget.getByText('Au moins 5 % du budget (art. 14-2-1) : 2 400,00 €').waitFor();
      await budget.getByLabel('Cotisation annuelle au fonds de travaux (€)').fill('2 000,00');
      await budget.getByRole('button', { name: 'Enregistrer le budget' }).click();
      // Under 5 %: refused in French, nothing saved.
      await budget
        .getByText(/Le fonds de travaux doit être d'au moins 5 % du budget/)
        .first()
        .waitFor();
      // The exemption of art. 14-2-1 II: unanimity is closed to a condominium of 10 lots or more.
      await budget.getByRole('switch', { name: 'Dispense de fonds de travaux (art. 14-2-1 II)' }).click();
      await budget.getByText(/Réservée aux copropriétés de moins de 10 lots ; celle-ci en compte \d+\./).waitFor();
      await budget.getByRole('switch', { name: 'Dispense de fonds de travaux (art. 14-2-1 II)' }).click();
      await budget.getByLabel('Cotisation annuelle au fonds de travaux (€)').fill('2 400,00');
      await budget.getByRole('button', { name: 'Enregistrer le budget' }).click();
      await staff.getByText('Le budget 2027 est enregistré.').waitFor();
      await expectAccessible(staff);

      await staff.getByRole('button', { name: 'Émettre les appels de fonds' }).click();
      const dialog = staff.getByRole('dialog', { name: 'Émettre le 1er trimestre 2027 ?' });
      // A quarter of 48 000 € and of the 2 400 € works fund.
      await dialog.getByText(/^12\s600,00\s€ seront appelés auprès de \d+ copropriétaires, exigibles le /).waitFor();
      await expectAccessible(staff);
      await dialog.getByRole('button', { name: 'Émettre', exact: true }).click();
      // The answer does not wait for the PDFs: they are prepared in the background, each co-owner notified with theirs.
      await staff.getByText(/1er trimestre 2027 émis : \d+ appels de fonds, PDF en cours de préparation\./).waitFor();
      const issued = staff.getByRole('table', { name: 'Appels de fonds émis' });
      await issued.getByRole('row', { name: /1er trimestre 2027/ }).waitFor();
      await staff.getByRole('button', { name: 'Voir le 1er trimestre 2027' }).click();
      const detail = staff.getByRole('table', { name: 'Appels du 1er trimestre 2027 par copropriétaire' });
      const allouard = detail.getByRole('row', { name: /M\. et Mme Allouard/ });
      await allouard.waitFor();
      // The detail follows the preparation until the PDF is published.
      await allouard.getByRole('link', { name: 'PDF de M. et Mme Allouard' }).waitFor({ timeout: 60_000 });
      await expectAccessible(staff);
      // The budget is now locked, and the quarter cannot be issued twice.
      await staff.getByText('Des fonds ont déjà été appelés sur ce budget : il ne peut plus être modifié.').waitFor();

      await logIn(coOwner.page, DEMO_CO_OWNER);
      await coOwner.page.getByText('Copropriétaire de 4 biens').waitFor();
      await coOwner.page.getByRole('button', { name: /^Notifications, / }).click();
      await coOwner.page.getByRole('button', { name: `Non lue : ${QUARTER_TITLE}` }).waitFor();
      await coOwner.page.keyboard.press('Escape');
      await openSection(coOwner.page, 'Documents');
      await coOwner.page.getByRole('heading', { name: 'Documents', level: 1 }).waitFor();
      await coOwner.page.getByRole('searchbox', { name: 'Rechercher dans les documents' }).fill('1er trimestre 2027');
      const item = coOwner.page.getByRole('listitem').filter({ hasText: QUARTER_TITLE });
      await item.first().waitFor();
      expect(await item.first().textContent()).toContain('Appel de fonds');
      await expectAccessible(coOwner.page);
    } finally {
      await manager.context.close();
      await coOwner.context.close();
    }
  }, 180_000);
});
