import type { EmailContent } from '../../platform/messaging/email-layout.ts';

export const DIGEST_SUBJECT = 'Vos nouveautés sur Palier';

/** The daily digest: the titles of what is new, each with the page that shows it. */
export function digestEmail(
  items: { title: string; link: string | null }[],
  publicUrl: string,
): { subject: string; body: Omit<EmailContent, 'agencyName'> } {
  const lines = items.map((item) => `• ${item.title}${item.link ? `\n  ${absoluteLink(publicUrl, item.link)}` : ''}`);
  return {
    subject: DIGEST_SUBJECT,
    body: {
      title: DIGEST_SUBJECT,
      paragraphs: [
        'Bonjour,',
        items.length === 1
          ? 'Voici la nouveauté de votre espace client depuis notre dernier message :'
          : `Voici les ${items.length} nouveautés de votre espace client depuis notre dernier message :`,
        lines.join('\n'),
      ],
      action: { label: 'Ouvrir mon espace client', url: `${publicUrl}/` },
      footer: `Vous recevez ce résumé quotidien parce qu'il est activé dans votre profil. Pour ne plus le recevoir, désactivez « Résumé quotidien par email » dans votre profil : ${publicUrl}/profil`,
    },
  };
}

/** Links are paths of the web client; anything else (never written by Palier) is not turned into a link. */
function absoluteLink(publicUrl: string, link: string): string {
  return link.startsWith('/') && !link.startsWith('//') ? `${publicUrl}${link}` : publicUrl;
}
