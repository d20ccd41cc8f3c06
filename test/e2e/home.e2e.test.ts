import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parisDate, parseCalendarDate } from '../../src/domain/calendar.ts';
import { nextQuarterStart, quarterOf } from '../../src/domain/due-dates.ts';
import { frenchDate, frenchOrdinal } from '../../src/domain/french-dates.ts';
import { expectAccessible, logIn, type Portal, startPortal } from './support/portal.ts';

/** The bell's accessible name says how many are unread: "Notifications, 3 non lues". */
async function unreadCount(page: Page): Promise<number> {
  const bell = page.getByRole('banner').getByRole('button', { name: /^Notifications, / });
  await bell.waitFor();
  const name = (await bell.getAttribute('aria-label')) ?? '';
  const match = /Notifications, (\d+) non lues?/.exec(name);
  return match ? Number(match[1]) : 0;
}

describe('the home page: cards, contact request, answer in the bell', () => {
  let portal: Portal;
  beforeAll(async () => {
    portal = await startPortal();
  });
  afterAll(() => portal?.close());

  it('the co-owner asks a question, the manager answers, the answer reaches the bell', async () => {
    const subject = 'Badge du parking';
    const answer = 'Bonjour, un nouveau badge vous attend à l’agence dès jeudi.';
    const coOwner = await portal.newPage();
    const manager = await portal.newPage();
    try {
      const { page } = coOwner;
      await logIn(page, 'CO100452');
      await page.getByRole('heading', { name: 'Accueil', level: 1 }).waitFor();

      // The cards say what is true today: the balance of the books, no incident, the next call for funds.
      await page.getByRole('region', { name: 'Mon solde' }).getByText('Solde global copropriétaire').waitFor();
      await page.getByRole('region', { name: 'Interventions' }).getByText('Aucun incident en cours…').waitFor();
      const due = nextQuarterStart(parisDate(new Date()));
      const fundsCall = `Appel de fonds du ${frenchOrdinal(quarterOf(due))} trimestre ${parseCalendarDate(due).year} — exigible le ${frenchDate(due)}`;
      const upcoming = page.getByRole('region', { name: 'À venir' });
      await upcoming.getByText(fundsCall).waitFor();
      await page.getByRole('region', { name: 'Une question ?' }).waitFor();
      await expectAccessible(page);
      const unreadBefore = await unreadCount(page);

      await page.getByRole('button', { name: 'Contacter un conseiller' }).click();
      const dialog = page.getByRole('dialog', { name: 'Contacter un conseiller' });
      await dialog.getByLabel('Objet').fill(subject);
      await dialog.getByRole('button', { name: 'Envoyer' }).click();
      // The form names what is missing before anything is sent.
      await dialog.getByText('Votre message est trop court (10 caractères au moins).').waitFor();
      await dialog
        .getByLabel('Votre message')
        .fill('Mon badge du parking ne fonctionne plus depuis lundi, pouvez-vous le remplacer ?');
      await dialog.getByRole('radio', { name: 'Par email' }).check();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Envoyer' }).click();
      await dialog.getByText('Votre demande a été transmise à votre gestionnaire').waitFor();
      await dialog.getByText(/Claire Martin vous répondra/).waitFor();
      await dialog.getByRole('button', { name: 'Fermer' }).last().click();

      // The manager finds it among the open requests, counted in the menu, and answers it.
      const staff = manager.page;
      await logIn(staff, 'gestion@immocity.example');
      await staff.getByRole('heading', { name: /Bonjour/, level: 1 }).waitFor();
      const navItem = staff
        .getByRole('navigation', { name: 'Navigation principale' })
        .getByRole('link', { name: /Demandes de contact/ });
      await navItem.getByText(/1 demande en attente de réponse/).waitFor();
      await navItem.click();
      await staff.getByRole('heading', { name: 'Demandes de contact', level: 1 }).waitFor();
      const card = staff.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: subject }) });
      await card.getByText('M. et Mme Allouard').waitFor();
      await card.getByText(/Mon badge du parking ne fonctionne plus/).waitFor();
      await expectAccessible(staff);
      await card.getByLabel(`Votre réponse à « ${subject} »`).fill(answer);
      await card.getByRole('button', { name: 'Envoyer la réponse' }).click();
      await staff.getByText('0 demande en attente').waitFor();
      await staff.getByText('Répondues', { exact: true }).click();
      await staff.getByText(answer).waitFor();

      // Back home, the co-owner's bell counts one more, and shows the answer.
      await page.reload();
      await page.getByRole('heading', { name: 'Accueil', level: 1 }).waitFor();
      await expect.poll(() => unreadCount(page), { timeout: 10_000 }).toBe(unreadBefore + 1);
      await page
        .getByRole('banner')
        .getByRole('button', { name: /^Notifications, / })
        .click();
      const bell = page.getByRole('dialog', { name: 'Notifications' });
      await bell.getByText(`Réponse à votre demande : ${subject}`).waitFor();
      await bell.getByText(answer).waitFor();
      await expectAccessible(page);

      // Opening it marks it read.
      await bell.getByRole('button', { name: /Réponse à votre demande/ }).click();
      await expect.poll(() => unreadCount(page), { timeout: 10_000 }).toBe(unreadBefore);
    } finally {
      await coOwner.context.close();
      await manager.context.close();
    }
    // Two people, two sign-ins and four accessibility checks: longer than the default minute on a busy machine.
  }, 120_000);

  it('lets the manager announce works and notify the condominium; the co-owner sees both', async () => {
    const manager = await portal.newPage();
    const coOwner = await portal.newPage();
    try {
      const staff = manager.page;
      await logIn(staff, 'gestion@immocity.example');
      await staff.getByRole('heading', { name: /Bonjour/, level: 1 }).waitFor();
      await staff
        .getByRole('link', { name: 'Ouvrir l’agenda' })
        .or(staff.getByRole('link', { name: "Ouvrir l'agenda" }))
        .click();
      await staff.getByRole('heading', { name: 'Agenda des copropriétés', level: 1 }).waitFor();
      const form = staff.getByRole('region', { name: 'Annoncer un événement' });
      await form.getByLabel('Intitulé').fill('Nettoyage des gouttières');
      const inTenDays = new Date(Date.now() + 10 * 86_400_000);
      const startsOn = parisDate(inTenDays);
      await form.getByLabel('Date de début').fill(startsOn);
      await expectAccessible(staff);
      await form.getByRole('button', { name: 'Annoncer' }).click();
      await staff
        .getByRole('region', { name: /Événements à venir/ })
        .getByText('Nettoyage des gouttières')
        .waitFor();

      const notify = staff.getByRole('region', { name: 'Informer les copropriétaires' });
      await notify.getByLabel('Titre').fill('Gouttières : accès au toit');
      await notify.getByLabel('Message').fill('L’entreprise accédera au toit par l’escalier B entre 8h et 10h.');
      await notify.getByRole('button', { name: 'Envoyer la notification' }).click();
      await notify.getByText(/Notification envoyée à \d+ personnes/).waitFor();

      const { page } = coOwner;
      await logIn(page, 'CO100452');
      const upcoming = page.getByRole('region', { name: 'À venir' });
      await upcoming.getByText('Nettoyage des gouttières').waitFor();
      const [year, month, day] = startsOn.split('-');
      expect(await upcoming.getByRole('listitem').filter({ hasText: 'Nettoyage des gouttières' }).textContent()).toContain(
        `${day}/${month}/${year}`,
      );

      expect(await unreadCount(page)).toBeGreaterThan(0);
      await page
        .getByRole('banner')
        .getByRole('button', { name: /^Notifications, / })
        .click();
      const bell = page.getByRole('dialog', { name: 'Notifications' });
      await bell.getByText('Gouttières : accès au toit').waitFor();
      await bell.getByText(/escalier B entre 8h et 10h/).waitFor();
      await bell.getByRole('button', { name: 'Tout marquer comme lu' }).click();
      await expect.poll(() => unreadCount(page), { timeout: 10_000 }).toBe(0);
      expect(await bell.getByRole('button', { name: 'Tout marquer comme lu' }).isDisabled()).toBe(true);
    } finally {
      await manager.context.close();
      await coOwner.context.close();
    }
  });
});
