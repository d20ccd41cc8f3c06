import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import fr from '../../i18n/fr.json';
import { auditActionLabel } from './auditActionLabel.ts';

async function translator(language: 'fr' | 'en') {
  const i18n = createInstance();
  await i18n.init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: language, fallbackLng: false });
  return i18n;
}

// The server's source as text: every audit action it records is written there as a literal "area.what".
const serverSources = import.meta.glob<string>(['../../../server/**/*.ts', '!../../../server/**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const recordedActions = [
  ...new Set(
    Object.values(serverSources)
      .filter((source) => source.includes('recordAuditEvent('))
      .flatMap((source) => [...source.matchAll(/'([a-z_]+\.[a-z_]+)'/g)].map((match) => match[1] ?? '')),
  ),
].sort();

describe('the labels of audit events in an account history', () => {
  it('name what happened, in the staff’s words when they have their own', async () => {
    const i18n = await translator('fr');
    expect(auditActionLabel(i18n, 'login.succeeded')).toBe('Connexion');
    expect(auditActionLabel(i18n, 'document.published')).toBe('Document publié');
    expect(auditActionLabel(i18n, 'agency.email_changed')).toBe('Adresse email modifiée par votre agence');
    expect(auditActionLabel(i18n, 'agency.email_changed', { staffWording: true })).toBe('Adresse email corrigée');
    expect(auditActionLabel(i18n, 'details.changed', { staffWording: true })).toBe('Coordonnées modifiées');
  });

  it('still read as a sentence for an action the interface has no words for', async () => {
    expect(auditActionLabel(await translator('fr'), 'invoice.paid')).toBe('Autre évènement (invoice.paid)');
    expect(auditActionLabel(await translator('en'), 'invoice.paid', { staffWording: true })).toBe('Other event (invoice.paid)');
  });

  it('exist in French and English for every action the server records', async () => {
    expect(recordedActions).toContain('document.access_denied');
    expect(recordedActions).toContain('agency.lock_cleared');
    for (const language of ['fr', 'en'] as const) {
      const i18n = await translator(language);
      const unlabelled = recordedActions.filter((action) => !i18n.exists(`profile.accessLog.actions.${action}`));
      expect(unlabelled, language).toEqual([]);
    }
  });
});
