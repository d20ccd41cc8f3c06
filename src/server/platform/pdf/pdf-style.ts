/**
 * The look shared by every document Palier prints: A4, 2 cm side margins, Helvetica, the product's blue for
 * headings. Kept apart from the builder so the finance documents (calls for funds, receipts, statements)
 * draw their own blocks with the same measures.
 */

/** A4 in PDF points (1/72 inch). */
export const PAGE = { width: 595.28, height: 841.89 } as const;

/** Top leaves room for the running header of pages 2 onward, bottom for the footer with the page number. */
export const MARGINS = { top: 70, bottom: 64, left: 56, right: 56 } as const;

export const CONTENT_WIDTH = PAGE.width - MARGINS.left - MARGINS.right;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

export const SIZE = { title: 17, subtitle: 11, heading: 12, subheading: 10.5, body: 9.5, small: 8, table: 8.5 } as const;

export const COLOR = {
  /** The web client's primary blue (BrandMark). */
  brand: '#1f63c0',
  text: '#1d2330',
  muted: '#5f6b7a',
  rule: '#c9d1dc',
  zebra: '#f1f4f8',
  headerFill: '#e3ebf6',
  calloutFill: '#f5f8fc',
} as const;

/**
 * The 14 standard PDF fonts carry only the WinAnsi characters (Latin-1 plus € — … « » œ and a few more):
 * accents and the euro sign print, but a narrow no-break space or a minus sign would come out as garbage.
 * Each is replaced by its closest WinAnsi neighbour; anything else unknown becomes "?" rather than vanish.
 */
const REPLACEMENTS: Record<string, string> = {
  '\u202f': '\u00a0',
  '\u2009': ' ',
  '\u2007': '\u00a0',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
  '\u2248': '~',
};

const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isWinAnsi(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return character === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(character);
}

// Most text is plain Latin-1 and needs no work: tested first, since every string drawn passes here.
const PLAIN_LATIN_1 = /^[\n\u0020-\u007e\u00a0-\u00ff]*$/;

/** Text as the standard fonts can print it. */
export function pdfSafe(text: string): string {
  if (PLAIN_LATIN_1.test(text)) return text;
  let result = '';
  for (const character of text) {
    const replaced = REPLACEMENTS[character] ?? character;
    result += [...replaced].every(isWinAnsi) ? replaced : '?';
  }
  return result;
}

/** Text as a search index should hold it: the same words, with ordinary spaces. */
export function plainText(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}
