export interface EmailContent {
  /** Shown in the header and in the signature: "L'équipe ImmoCity Coulon". */
  agencyName: string;
  /** The heading of the email, usually close to its subject. */
  title: string;
  /** Plain text; line breaks are kept. */
  paragraphs: string[];
  /** The one thing the reader should do, as a button; the URL is also written out. http(s) only. */
  action?: { label: string; url: string };
  /** Small print under the message, e.g. why the person receives it. */
  footer?: string;
}

/** The subject stays with the caller, which queues it next to these bodies. */
export interface RenderedEmail {
  subject?: never;
  text: string;
  html: string;
}

const FONT = 'font-family:Arial,Helvetica,sans-serif;';
// Colours chosen for contrast (WCAG AA) on white: text #1f2937, small print #4b5563, button #1d4ed8.
const BRAND = '#1e3a5f';
const BUTTON = '#1d4ed8';

/**
 * The layout of every email Palier sends: French, a table layout with inline styles (what mail clients
 * render reliably), readable without images or styles, and a plain-text twin for clients that show no HTML.
 * Every interpolated value is escaped; the link is written out in full because buttons are not always shown.
 */
export function renderEmail(content: EmailContent): RenderedEmail {
  if (content.action) assertWebUrl(content.action.url);
  return { text: renderText(content), html: renderHtml(content) };
}

function renderText({ agencyName, title, paragraphs, action, footer }: EmailContent): string {
  const blocks = [agencyName, title, ...paragraphs];
  if (action) blocks.push(`${action.label} :\n${action.url}`);
  blocks.push(`L'équipe ${agencyName}`);
  if (footer) blocks.push(`--\n${footer}`);
  return `${blocks.join('\n\n')}\n`;
}

function renderHtml({ agencyName, title, paragraphs, action, footer }: EmailContent): string {
  const body = paragraphs.map((paragraph) => `<p style="margin:0 0 16px;">${escapeText(paragraph)}</p>`);
  if (action) body.push(renderAction(action));
  body.push(`<p style="margin:24px 0 0;">L'équipe ${escapeHtml(agencyName)}</p>`);
  const footerRow = footer
    ? `<tr><td style="padding:16px 32px 24px;${FONT}font-size:13px;line-height:1.5;color:#4b5563;border-top:1px solid #e5e7eb;">${escapeText(footer)}</td></tr>`
    : '';

  return `<!DOCTYPE html>
<html lang="fr" dir="ltr" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<div role="article" aria-roledescription="email" aria-label="${escapeHtml(title)}" lang="fr" style="background-color:#f3f4f6;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 32px;background-color:${BRAND};border-radius:8px 8px 0 0;${FONT}font-size:18px;font-weight:bold;color:#ffffff;">${escapeHtml(agencyName)}</td></tr>
<tr><td style="padding:32px;${FONT}font-size:16px;line-height:1.5;color:#1f2937;">
<h1 style="margin:0 0 24px;${FONT}font-size:22px;line-height:1.3;color:#111827;">${escapeHtml(title)}</h1>
${body.join('\n')}
</td></tr>
${footerRow}
</table>
</td></tr>
</table>
</div>
</body>
</html>
`;
}

function renderAction({ label, url }: { label: string; url: string }): string {
  const href = escapeHtml(url);
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">
<tr><td style="border-radius:6px;background-color:${BUTTON};">
<a href="${href}" style="display:inline-block;padding:14px 28px;${FONT}font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(label)}</a>
</td></tr>
</table>
<p style="margin:0 0 16px;font-size:14px;color:#4b5563;">Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br><a href="${href}" style="color:${BUTTON};word-break:break-all;">${href}</a></p>`;
}

// A `javascript:` or `data:` link in an email would be a trap; every link Palier sends is a page of the portal.
function assertWebUrl(url: string): void {
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error('email action URL must be http(s)');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const escapeText = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>');
