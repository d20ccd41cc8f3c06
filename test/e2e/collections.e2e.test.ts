import { readFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bankAccounts, clientReferences, ledgers } from '../../src/server/db/schema/index.ts';
import { collectionFactories } from '../support/collections-factories.ts';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';
import { DEMO_CO_OWNER, openSection } from './support/steps.ts';

describe('collection runs', () => {
  let portal: Portal;
  let reference = '';
  beforeAll(async () => {
    portal = await startPortal();
    // The demo co-owner pays by automatic direct debit (signed as the sepa-mandates journey does).
    const db = portal.database.db;
    const [account] = await db
      .select({ id: bankAccounts.id, agencyId: bankAccounts.agencyId, condominiumId: ledgers.condominiumId })
      .from(bankAccounts)
      .innerJoin(ledgers, eq(ledgers.id, bankAccounts.ledgerId))
      .where(eq(bankAccounts.creditorId, 'FR72ZZZ123456'));
    const [person] = await db
      .select({ id: clientReferences.personId })
      .from(clientReferences)
      .where(eq(clientReferences.reference, DEMO_CO_OWNER));
    if (!account?.condominiumId || !person) throw new Error('demo data missing');
    const mandate = await collectionFactories(db).mandate({
      agencyId: account.agencyId,
      creditorAccountId: account.id,
      personId: person.id,
      condominiumId: account.condominiumId,
      mode: 'automatic',
      debtorName: 'M. et Mme Allouard',
    });
    reference = mandate.mandateReference;
  });
  afterAll(() => portal?.close());

  it('lets the manager prepare a run, see its debits and download the bank file', async () => {
    const { page } = await portal.newPage();
    await logIn(page, 'gestion@immocity.example');
    await openSection(page, 'Prélèvements');
    await page.getByRole('heading', { name: 'Prélèvements SEPA', level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Préparer la remise' }).click();
    await page.getByText(/prélèvements? ajoutés? à la remise du/).waitFor();
    const debits = page.getByRole('table', { name: 'Prélèvements de la remise' });
    const allouard = debits.getByRole('row', { name: /M\. et Mme Allouard/ });
    await allouard.waitFor();
    // Exactly what the demo co-owner owes, collected for the first time under the mandate.
    expect(await allouard.textContent()).toMatch(/1\s129,35\s€/);
    expect(await allouard.textContent()).toContain('FRST');
    expect(await allouard.textContent()).toContain(reference);
    await expect.poll(async () => allouard.getByText('Pré-notifié').count()).toBe(1);
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Télécharger le fichier (pain.008.001.02)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^prelevements-\d{4}-\d{2}-\d{2}-pain-008-001-02\.xml$/);
    const xml = await readFile(await file.path(), 'utf8');
    expect(xml).toContain(`<MndtId>${reference}</MndtId>`);
    expect(xml).toContain('<InstdAmt Ccy="EUR">1129.35</InstdAmt>');
    // Sent to the bank: the page says so once the file was given.
    await page.getByText('Transmise à la banque').first().waitFor();
    await page.getByRole('button', { name: 'Marquer la remise payée' }).waitFor();
  });
});
