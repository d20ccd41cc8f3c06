import { describe, expect, it } from 'vitest';
import { escapeHtml, renderEmail } from './email-layout.ts';

const firstConnection = {
  agencyName: 'ImmoCity Coulon',
  title: 'Créez votre mot de passe',
  paragraphs: ['Bonjour Élodie,', 'Votre espace client est prêt. Ce lien est valable 24 heures et ne sert qu’une fois.'],
  action: { label: 'Créer mon mot de passe', url: 'https://portail.example/premiere-connexion?jeton=abc&agence=7' },
  footer: 'Vous recevez cet email car votre agence vous a ouvert un accès à l’espace client.',
};

describe('renderEmail', () => {
  it('writes a French HTML email with the agency in the header and the signature', () => {
    const { html } = renderEmail(firstConnection);

    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="fr"/);
    expect(html).toContain('<title>Créez votre mot de passe</title>');
    expect(html).toContain('<h1 ');
    expect(html).toContain("L'équipe ImmoCity Coulon");
    expect(html).toContain('role="presentation"');
    expect(html).toContain('Vous recevez cet email');
  });

  it('puts the action URL in both the HTML (button and written out) and the text', () => {
    const { text, html } = renderEmail(firstConnection);
    const escapedUrl = 'https://portail.example/premiere-connexion?jeton=abc&amp;agence=7';

    expect(html.split(`href="${escapedUrl}"`)).toHaveLength(3);
    expect(html).toContain(`>${escapedUrl}</a>`);
    expect(html).toContain('>Créer mon mot de passe</a>');
    expect(text).toContain('Créer mon mot de passe :\nhttps://portail.example/premiere-connexion?jeton=abc&agence=7');
  });

  it('writes a plain-text twin with every paragraph and the signature', () => {
    const { text } = renderEmail(firstConnection);

    expect(
      text.startsWith('ImmoCity Coulon\n\nCréez votre mot de passe\n\nBonjour Élodie,\n\nVotre espace client est prêt.'),
    ).toBe(true);
    expect(text).toContain("\n\nL'équipe ImmoCity Coulon\n");
    expect(text).toContain('--\nVous recevez cet email');
    expect(text).not.toContain('<');
  });

  it('escapes every interpolated value', () => {
    const hostile = '<script>alert("x")</script>';
    const { html, text } = renderEmail({
      agencyName: `Agence ${hostile}`,
      title: `Titre ${hostile}`,
      paragraphs: [`Paragraphe ${hostile}`],
      action: { label: `Bouton ${hostile}`, url: 'https://portail.example/?q="><script>' },
      footer: `Pied ${hostile}`,
    });

    expect(html).not.toContain('<script>');
    expect(html).not.toContain('"><');
    expect(html).toContain('Agence &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('href="https://portail.example/?q=&quot;&gt;&lt;script&gt;"');
    expect(text).toContain(`Agence ${hostile}`);
  });

  it('keeps line breaks of a paragraph and works without action or footer', () => {
    const { html, text } = renderEmail({ agencyName: 'Gérance Dupont', title: 'Avis', paragraphs: ['Ligne 1\nLigne 2'] });

    expect(html).toContain('Ligne 1<br>Ligne 2');
    expect(html).not.toContain('<a ');
    expect(text).toBe("Gérance Dupont\n\nAvis\n\nLigne 1\nLigne 2\n\nL'équipe Gérance Dupont\n");
  });

  it('refuses an action link that is not a web page', () => {
    expect(() => renderEmail({ ...firstConnection, action: { label: 'Ouvrir', url: 'javascript:alert(1)' } })).toThrow(/http/);
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
