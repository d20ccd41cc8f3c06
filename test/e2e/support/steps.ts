import type { Locator, Page } from 'playwright-core';
import { logIn } from './portal.ts';

/** The demo co-owner, M. et Mme Allouard: four lots in the condominium of 100 avenue Anatole France. */
export const DEMO_CO_OWNER = 'CO100452';

/** Follows a link of the main navigation ("Biens", "Documents"…). */
export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name, exact: true }).click();
}

/**
 * Signs the demo co-owner in and opens Biens; gives the region of his condominium once its lots are listed.
 */
export async function demoCoOwnerCondominium(page: Page): Promise<Locator> {
  await logIn(page, DEMO_CO_OWNER);
  await page.getByText('Copropriétaire de 4 biens').waitFor();
  await openSection(page, 'Biens');
  await page.getByRole('heading', { name: 'Biens', level: 1 }).waitFor();
  const condominium = page.getByRole('region', { name: 'Copropriété du 100 avenue Anatole France' });
  await condominium.getByRole('listitem').first().waitFor();
  return condominium;
}

/** Opens a property's detail from its card ("Lot 101 · Appartement") and waits for its page. */
export async function openProperty(page: Page, within: Locator, title: string): Promise<void> {
  await within.getByRole('link', { name: `Voir le détail : ${title}` }).click();
  await page.getByRole('heading', { name: title, level: 1 }).waitFor();
}
