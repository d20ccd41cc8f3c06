import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';
import { DEMO_CO_OWNER, openSection } from './support/steps.ts';

/** The syndicate's account exported from the bank's web site: a co-owner's transfer and one nobody can tell. */
const statement = [
  'Relevé du compte SDC 100 avenue Anatole France',
  'Date;Libellé;Débit;Crédit',
  '16/11/2026;VIR SEPA M ET MME ALLOUARD CO100452 APPEL T4;;100,00',
  '17/11/2026;VIR SEPA REGLEMENT CHARGES;;45,00',
].join('\r\n');

describe('bank statements', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('lets the manager import a CSV statement, assign the line not recognised, and the co-owner sees both payments', async () => {
    const manager = await portal.newPage();
    const coOwner = await portal.newPage();
    try {
      const staff = manager.page;
      await logIn(staff, 'gestion@immocity.example');
      await openSection(staff, 'Banque');
      await staff.getByRole('heading', { name: 'Banque', level: 1 }).waitFor();
      const account = staff.getByRole('combobox', { name: 'Compte bancaire' });
      await account.click();
      await staff
        .getByRole('option', { name: /Anatole France/ })
        .first()
        .click();
      await staff.locator('#statement-file-input').setInputFiles({
        name: 'releve-novembre.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(statement, 'utf8'),
      });
      await staff.getByText('1 virement affecté à un client').waitFor();
      await staff.getByText('1 opération à rapprocher').first().waitFor();
      await expectAccessible(staff);

      const line = staff.getByRole('row', { name: /VIR SEPA REGLEMENT CHARGES/ });
      await line.getByRole('button', { name: 'Affecter' }).click();
      const dialog = staff.getByRole('dialog', { name: 'Affecter un versement' });
      await dialog.getByLabel('Chercher un client').fill('Allouard');
      await dialog.getByRole('radio', { name: /M\. et Mme Allouard \(CO100452\)/ }).click();
      await expectAccessible(staff);
      await dialog.getByRole('button', { name: 'Affecter le versement' }).click();
      await staff.getByText('Le versement est affecté à M. et Mme Allouard ; son compte est à jour.').waitFor();
      await staff.getByText('Aucune opération.').waitFor();

      // The same file again changes nothing.
      await staff.locator('#statement-file-input').setInputFiles({
        name: 'releve-novembre (1).csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(statement, 'utf8'),
      });
      await staff.getByText(/Les 2 opérations de ce relevé avaient déjà été importées/).waitFor();

      await openSection(staff, 'Relances');
      await staff.getByRole('heading', { name: 'Relances', level: 1 }).waitFor();
      await expectAccessible(staff);

      // 1 129,35 € owed, 145 € received: 984,35 € left.
      await logIn(coOwner.page, DEMO_CO_OWNER);
      await openSection(coOwner.page, 'Finances');
      await coOwner.page
        .getByText(/984,35/)
        .first()
        .waitFor();
    } finally {
      await manager.context.close();
      await coOwner.context.close();
    }
  }, 180_000);
});
