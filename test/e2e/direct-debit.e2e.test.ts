import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, parisDate } from '../../src/domain/calendar.ts';
import { frenchDate } from '../../src/domain/french-dates.ts';
import { isValidIban } from '../../src/domain/iban.ts';
import { formatEuros } from '../../src/domain/money.ts';
import { DEFAULT_PRE_NOTIFICATION_DAYS } from '../../src/domain/sepa.ts';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';
import { DEMO_CO_OWNER } from './support/steps.ts';

/** Any valid French IBANs will do (checked below with ibantools, through src/domain/iban.ts). */
const FIRST_IBAN = 'FR76 3000 4000 0312 3456 7890 143';
const SECOND_IBAN = 'FR7630006000011234567890189';

interface OutboxMessage {
  channel: 'email' | 'sms';
  textBody: string;
  createdAt: string;
}

/** The demo outbox, as the person's phone: the code in the newest signature SMS. */
async function codeInSms(page: Page, after: string[] = []): Promise<string> {
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const response = await page.request.get('/api/demo/outbox');
    const { messages } = (await response.json()) as { messages: OutboxMessage[] };
    const newest = messages
      .filter((message) => message.channel === 'sms')
      .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))
      .map((message) => /votre code de signature est (\d{4})/.exec(message.textBody)?.[1])
      .find((code): code is string => Boolean(code));
    if (newest && !after.includes(newest)) return newest;
    await page.waitForTimeout(250);
  }
  throw new Error('no new signature SMS in the demo outbox');
}

/** Seven steps with an accessibility check at each: longer than the default minute on a busy machine. */
const JOURNEY_TIMEOUT = 180_000;

const otherCode = (code: string) => String((Number(code) + 1) % 10_000).padStart(4, '0');

async function typeCode(page: Page, code: string): Promise<void> {
  await page.getByLabel('Chiffre 1 du code').fill(code);
}

const accountOf = (page: Page): Locator => page.getByRole('region', { name: `Solde au ${frenchDate(parisDate(new Date()))}` });

async function openFinances(page: Page): Promise<void> {
  await page.goto('/finances');
  await page.getByRole('heading', { name: 'Situation financière', level: 1 }).waitFor();
  await accountOf(page)
    .getByText(/^Copropriété du 100 avenue Anatole France/)
    .waitFor();
}

const stepHeading = (page: Page, name: string) => page.getByRole('heading', { name, level: 2 });

describe('paying one’s balance by SEPA direct debit', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it(
    'takes the demo co-owner through the seven steps on a phone, a wrong code included, to "Prélèvement en cours"',
    async () => {
      expect(isValidIban(FIRST_IBAN)).toBe(true);
      const { page, context } = await portal.newPage({ width: 375, height: 812 });
      try {
        await logIn(page, DEMO_CO_OWNER);
        await page.getByText('Copropriétaire de 4 biens').waitFor();
        await openFinances(page);
        const account = accountOf(page);
        await account.getByText(formatEuros(-112_935)).first().waitFor();
        await account.getByRole('link', { name: 'Payer votre solde' }).click();

        // Step 1 is done by the button: the property is preselected, and can still be changed.
        await page.getByRole('heading', { name: 'Payer votre solde', level: 1 }).waitFor();
        await stepHeading(page, 'Type de prélèvement').waitFor();
        await page.getByText('Étape 2 sur 7').waitFor();
        await page.getByRole('button', { name: 'Précédent' }).click();
        await stepHeading(page, 'Choisissez le bien').waitFor();
        const property = page.getByRole('radio', { name: /Copropriété du 100 avenue Anatole France/ });
        expect(await property.getAttribute('aria-checked')).toBe('true');
        await expectAccessible(page);
        await page.getByRole('button', { name: 'Continuer' }).click();

        // Step 2: the one-off collection says the amount it will take.
        await stepHeading(page, 'Type de prélèvement').waitFor();
        const manual = page.getByRole('radio', { name: /Prélèvement manuel/ });
        expect(await manual.textContent()).toContain(formatEuros(112_935));
        await manual.click();
        await expectAccessible(page);
        await page.getByRole('button', { name: 'Continuer' }).click();

        // Step 3: name and address from the file; the IBAN checked and grouped as it is typed.
        await stepHeading(page, 'Vos informations').waitFor();
        expect(await page.getByLabel('Titulaire du compte').inputValue()).toMatch(/Allouard/);
        expect(await page.getByLabel('Adresse du titulaire').inputValue()).toMatch(/Créteil/i);
        const iban = page.getByLabel('IBAN');
        await iban.fill('FR7630004000031234567890144');
        await page.getByText("La clé de contrôle de l'IBAN est incorrecte : vérifiez la saisie.").waitFor();
        await iban.fill(FIRST_IBAN.replace(/\s/g, '').toLowerCase());
        expect(await iban.inputValue()).toBe(FIRST_IBAN);
        await page.getByText('Banque : BNP Paribas').waitFor();
        expect(await page.getByText("La clé de contrôle de l'IBAN est incorrecte : vérifiez la saisie.").count()).toBe(0);
        await expectAccessible(page);
        await page.getByRole('button', { name: 'Continuer' }).click();

        // Step 4: the mandate's full text; nothing goes further until it is accepted.
        await stepHeading(page, 'Récapitulatif du mandat').waitFor();
        const text = page.getByRole('region', { name: 'Texte du mandat de prélèvement SEPA' });
        await text.waitFor();
        const mandateText = (await text.textContent()) ?? '';
        expect(mandateText).toContain('FR72ZZZ123456');
        expect(mandateText).toMatch(/8 semaines/);
        await page.getByRole('button', { name: 'Continuer' }).click();
        await page.getByText('Cochez la case pour accepter le mandat avant de continuer.').waitFor();
        await page.getByLabel("J'ai lu et j'accepte le mandat").check();
        await expectAccessible(page);
        await page.getByRole('button', { name: 'Continuer' }).click();

        // Step 5: the code, read on the phone; a wrong one first.
        await stepHeading(page, 'Code reçu par SMS').waitFor();
        await page.getByText(/^Saisissez le code reçu par SMS au 06 •• •• •• \d\d$/).waitFor();
        await page.getByText(/^Code valable encore \d+:\d\d$/).waitFor();
        expect(await page.getByRole('button', { name: 'Renvoyer le code' }).isDisabled()).toBe(true);
        const code = await codeInSms(page);
        await typeCode(page, otherCode(code));
        await page.getByRole('button', { name: 'Continuer' }).click();
        await stepHeading(page, 'Signer et payer').waitFor();
        const collectionDate = frenchDate(addDays(parisDate(new Date()), DEFAULT_PRE_NOTIFICATION_DAYS));
        await page.getByText(`un prélèvement unique de ${formatEuros(112_935)}`, { exact: false }).waitFor();
        await expectAccessible(page);
        await page.getByRole('button', { name: 'Signer et payer', exact: true }).click();
        await page.getByRole('alert').filter({ hasText: 'Code incorrect. Il vous reste 4 essais.' }).waitFor();
        await stepHeading(page, 'Code reçu par SMS').waitFor();
        await expectAccessible(page);

        // Step 6 with the right code, then step 7.
        await typeCode(page, code);
        await page.getByRole('button', { name: 'Continuer' }).click();
        await page.getByRole('button', { name: 'Signer et payer', exact: true }).click();
        await stepHeading(page, 'Confirmation').waitFor();
        await page.getByText('Votre mandat est signé').waitFor();
        await page.getByText(/^Référence unique du mandat \(RUM\) : \S+/).waitFor();
        await page.getByText(`Prélèvement de ${formatEuros(112_935)} le ${collectionDate}`).waitFor();
        await page.getByText('Compte débité : FR76 **** **** **** **** ***0 143').waitFor();
        await expectAccessible(page);
        const [pdf] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('link', { name: 'Télécharger le mandat (PDF)' }).click(),
        ]);
        expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

        // Back on Finances: the direct debit is in progress, and there is nothing more to click.
        await page
          .getByRole('form', { name: 'Confirmation' })
          .getByRole('link', { name: 'Retour à ma situation financière' })
          .click();
        await page.getByRole('heading', { name: 'Situation financière', level: 1 }).waitFor();
        await account.getByText(/^Prélèvement en cours$/i).waitFor();
        await account.getByText(`Prochain prélèvement : ${formatEuros(112_935)} le ${collectionDate}.`).waitFor();
        expect(await page.getByRole('link', { name: 'Payer votre solde' }).count()).toBe(0);
        await expectAccessible(page);

        // The signed mandate is among his personal documents.
        await page.goto('/documents?dossier=personnel');
        await page
          .getByText(/^Mandat de prélèvement SEPA — Copropriété du 100 avenue Anatole France/)
          .first()
          .waitFor();
      } finally {
        await context.close();
      }
    },
    JOURNEY_TIMEOUT,
  );

  it(
    'changes the debited account with an SMS code, then revokes the mandate',
    async () => {
      expect(isValidIban(SECOND_IBAN)).toBe(true);
      const { page, context } = await portal.newPage();
      try {
        await logIn(page, DEMO_CO_OWNER);
        await page.getByText('Copropriétaire de 4 biens').waitFor();
        await openFinances(page);
        const mandates = page.getByRole('region', { name: 'Mes mandats de prélèvement' });
        await mandates.getByText('Compte débité : FR76 **** **** **** **** ***0 143').waitFor();
        await mandates.getByRole('button', { name: 'Modifier mes coordonnées bancaires' }).click();

        const dialog = page.getByRole('dialog', { name: 'Modifier mes coordonnées bancaires' });
        await dialog.getByLabel('IBAN').fill('FR76 3000 6000 0112');
        await dialog.getByRole('button', { name: 'Recevoir le code par SMS' }).click();
        await dialog.getByText("L'IBAN doit compter 27 caractères pour un compte français (16 saisis).").waitFor();
        const before = await codeInSms(page);
        await dialog.getByLabel('IBAN').fill(SECOND_IBAN);
        await dialog.getByText('Banque : Crédit Agricole').waitFor();
        await dialog.getByRole('button', { name: 'Recevoir le code par SMS' }).click();
        await dialog.getByText('Nouveau compte : FR76 **** **** **** **** ***0 189 (Crédit Agricole)').waitFor();
        await expectAccessible(page);
        const code = await codeInSms(page, [before]);
        await typeCode(page, otherCode(code));
        await dialog.getByRole('button', { name: 'Confirmer les nouvelles coordonnées' }).click();
        await dialog.getByRole('alert').filter({ hasText: 'Code incorrect. Il vous reste 4 essais.' }).waitFor();
        await typeCode(page, code);
        await dialog.getByRole('button', { name: 'Confirmer les nouvelles coordonnées' }).click();
        await mandates.getByText(/^Vos nouvelles coordonnées bancaires sont enregistrées/).waitFor();
        await mandates.getByText('Compte débité : FR76 **** **** **** **** ***0 189').waitFor();
        await expectAccessible(page);

        // Revocation, confirmed in a dialog: the scheduled collection goes, "Payer votre solde" comes back.
        await mandates.getByRole('button', { name: 'Révoquer le mandat' }).click();
        const confirm = page.getByRole('dialog', { name: 'Révoquer le mandat' });
        await confirm.getByText('Les prélèvements prévus et pas encore transmis à la banque seront annulés.').waitFor();
        await expectAccessible(page);
        await confirm.getByRole('button', { name: 'Révoquer', exact: true }).click();
        await mandates.getByText(/^Le mandat \S+ est révoqué\.$/).waitFor();
        const account = accountOf(page);
        await account.getByRole('link', { name: 'Payer votre solde' }).waitFor();
        expect(await account.getByText(/^Prélèvement en cours$/i).count()).toBe(0);
        await expectAccessible(page);
      } finally {
        await context.close();
      }
    },
    JOURNEY_TIMEOUT,
  );
});
