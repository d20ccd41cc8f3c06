import { extractText, getMeta } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { formatEuros } from '../../../domain/money.ts';
import { type PdfDocumentOptions, renderPdf, renderPdfDocument } from './pdf-document.ts';
import { pdfSafe } from './pdf-style.ts';

const options: PdfDocumentOptions = {
  title: 'Appel de fonds — 1er trimestre 2026',
  subject: 'Provisions sur charges du syndicat des copropriétaires',
  letterhead: {
    name: 'ImmoCity Coulon',
    addressLines: ['47 avenue de la République', '94600 Choisy-le-Roi'],
    phone: '01 48 90 12 34',
    email: 'contact-coulon@immocity.example',
  },
};

/** The text a reader's PDF viewer finds, one string per page, spaces of every kind made ordinary. */
async function pagesOf(bytes: Buffer): Promise<string[]> {
  const { text } = await extractText(new Uint8Array(bytes));
  return text.map((page) => page.replace(/\s+/g, ' '));
}

describe('renderPdf', () => {
  it('produces a PDF whose text, accents and amounts a viewer can read back', async () => {
    const bytes = await renderPdf(options, (pdf) => {
      pdf
        .title('Appel de fonds — 1er trimestre 2026', { subtitle: 'Copropriété du 100 avenue Anatole France, Créteil' })
        .heading('Détail par clé de répartition')
        .paragraph('Le syndic procède à l’appel des provisions exigibles le 1er janvier 2026, conformément à l’article 14-1.')
        .facts([['Échéance', '1er janvier 2026']])
        .callout([`Montant à régler : ${formatEuros(112_935)}`], 'À régler');
    });

    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const [page] = await pagesOf(bytes);
    expect(page).toContain('ImmoCity Coulon');
    expect(page).toContain('Détail par clé de répartition');
    expect(page).toContain('conformément à l’article 14-1');
    expect(page).toContain('Échéance');
    expect(page).toContain('Montant à régler : 1 129,35 €');
    expect(page).toContain('Page 1 / 1');
  });

  it('names the agency as author and the document as title in the metadata', async () => {
    const bytes = await renderPdf(options, (pdf) => pdf.paragraph('Texte.'));
    const { info } = await getMeta(new Uint8Array(bytes));
    expect(info).toMatchObject({ Title: options.title, Author: 'ImmoCity Coulon', Subject: options.subject, Creator: 'Palier' });
  });

  it('carries a long table over several pages, repeating its header and numbering every page', async () => {
    const rows = Array.from({ length: 150 }, (_, index) => [
      `Lot ${101 + index}`,
      index % 2 === 0 ? 'Appartement' : 'Cave',
      String(40 + index),
      formatEuros(100_000 + index * 137),
    ]);
    const rendered = await renderPdfDocument(options, (pdf) => {
      pdf.title('État des lots').table(
        [
          { header: 'Lot', width: 1 },
          { header: 'Nature', width: 2 },
          { header: 'Tantièmes', width: 1, align: 'right' },
          { header: 'Montant', width: 1.5, align: 'right' },
        ],
        rows,
        { totals: [['Total', '', '', formatEuros(2_000_000)]] },
      );
    });

    expect(rendered.pageCount).toBeGreaterThanOrEqual(3);
    const pages = await pagesOf(rendered.bytes);
    expect(pages).toHaveLength(rendered.pageCount);
    expect(pages[1]).toContain(`Page 2 / ${rendered.pageCount}`);
    // Every page of the table starts again with its header row, and the last one ends with the total.
    for (const page of pages) expect(page).toContain('Tantièmes');
    expect(pages.at(-1)).toContain('Total');
    expect(pages.at(-1)).toContain('Lot 250');
    expect(pages.join(' ')).toContain('1 001,37 €');
  });

  it('collects the text it wrote, for the search index', async () => {
    const rendered = await renderPdfDocument(options, (pdf) => {
      pdf
        .heading('Résolution n° 4')
        .bullets(['Pour : 6 120 tantièmes'])
        .table([{ header: 'Compte', width: 1 }], [['616 Assurance']]);
    });
    expect(rendered.text).toContain('Résolution n° 4');
    expect(rendered.text).toContain('Pour : 6 120 tantièmes');
    expect(rendered.text).toContain('616 Assurance');
    expect(rendered.text).not.toMatch(/[\u00a0\u202f]/);
  });

  it('releases the document and reports the failure when a generator throws', async () => {
    await expect(
      renderPdf(options, () => {
        throw new Error('generator failed');
      }),
    ).rejects.toThrow('generator failed');
  });
});

describe('pdfSafe', () => {
  it('keeps French accents and the euro sign, and replaces what the standard fonts cannot print', () => {
    expect(pdfSafe('Créteil, œuvre, « garde-corps », 12 €')).toBe('Créteil, œuvre, « garde-corps », 12 €');
    expect(pdfSafe('1\u202f129,35\u00a0€')).toBe('1\u00a0129,35\u00a0€');
    expect(pdfSafe('\u2212 5 ≤ 6 ✓')).toBe('- 5 <= 6 ?');
  });
});
