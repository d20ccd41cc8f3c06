// Presentation rules shared by the people's and the staff's documents pages; no React here, so they are
// tested as plain functions.

export interface SnippetPart {
  text: string;
  matched: boolean;
}

/**
 * The server marks the words a search found with « and » (ts_headline). The snippet is the document's own
 * text, so it is split into parts rendered as text and <mark> — never parsed as HTML. A « left open (the
 * excerpt was cut) still highlights up to the end; a lone » is kept as the character it is.
 */
export function splitSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf('«');
    if (open === -1) {
      parts.push({ text: rest, matched: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), matched: false });
    const close = rest.indexOf('»', open + 1);
    const end = close === -1 ? rest.length : close;
    const matched = rest.slice(open + 1, end);
    if (matched.length > 0) parts.push({ text: matched, matched: true });
    rest = close === -1 ? '' : rest.slice(close + 1);
  }
  return mergeNeighbours(parts);
}

function mergeNeighbours(parts: SnippetPart[]): SnippetPart[] {
  const merged: SnippetPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.matched === part.matched) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
}

/** 2 048 → "2 Ko", 1 363 149 → "1,3 Mo": the way French file managers speak. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} Ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo`;
}

const longDate = new Intl.DateTimeFormat('fr-FR', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Paris',
});

/** "2026-06-12T08:00:00Z" → "12 juin 2026": a publication date reads as a date, in Paris time. */
export function formatLongDate(value: string): string {
  return longDate.format(new Date(value));
}

const TYPE_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

export function fileTypeLabel(contentType: string): string {
  return TYPE_LABELS[contentType] ?? contentType;
}

export const isPreviewableImage = (contentType: string) => contentType === 'image/jpeg' || contentType === 'image/png';

/** The seed's green, darkened: white text on it keeps the 4.5:1 of WCAG AA. */
export const NEW_COLOR = '#1e6b34';
