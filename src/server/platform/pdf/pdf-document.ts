import PDFDocument from 'pdfkit';
import { COLOR, CONTENT_WIDTH, FONT, MARGINS, PAGE, pdfSafe, plainText, SIZE } from './pdf-style.ts';
import { drawTable, type PdfColumn, type PdfTableOptions } from './pdf-table.ts';

/**
 * The documents Palier prints — the demo's rules and minutes today, calls for funds, receipts and landlord
 * statements tomorrow — share one layout: the agency's letterhead on the first page, a running header after,
 * "Page 2 / 5" in every footer, and metadata naming the agency as author. A generator only says what the
 * document contains (`title`, `heading`, `paragraph`, `table`…); page breaks and numbering are handled here.
 */

export interface PdfLetterhead {
  name: string;
  addressLines: readonly string[];
  phone?: string | null;
  email?: string | null;
}

export interface PdfDocumentOptions {
  /** The document's title: PDF metadata, running header, footer. */
  title: string;
  subject?: string;
  keywords?: readonly string[];
  /** The agency issuing the document; it is also the PDF's author. */
  letterhead: PdfLetterhead;
  /** A legal line under every page, e.g. the agency's professional licence; defaults to its name and address. */
  footerNote?: string;
  /** The PDF's creation date (defaults to now): a document dated in the past says so in its metadata too. */
  createdAt?: Date;
}

export interface RenderedPdf {
  bytes: Buffer;
  /** Every word written, in reading order: what a search index needs (`documents.body_text`). */
  text: string;
  pageCount: number;
}

/** What a generator writes with; `doc` is there for drawings the builder does not offer (their text is not collected). */
export class PdfBuilder {
  private readonly lines: string[] = [];

  constructor(
    readonly doc: PDFKit.PDFDocument,
    private readonly options: PdfDocumentOptions,
  ) {
    this.letterhead();
  }

  /** The big title of the first page, with an optional subtitle and a line of facts (date, reference). */
  title(text: string, details: { subtitle?: string; meta?: string } = {}): this {
    const { doc } = this;
    doc.moveDown(0.6);
    this.write(text, { font: FONT.bold, size: SIZE.title, color: COLOR.text, gapAfter: 2 });
    if (details.subtitle)
      this.write(details.subtitle, { font: FONT.regular, size: SIZE.subtitle, color: COLOR.muted, gapAfter: 2 });
    if (details.meta) this.write(details.meta, { font: FONT.italic, size: SIZE.small + 0.5, color: COLOR.muted, gapAfter: 2 });
    doc.moveDown(0.6);
    return this;
  }

  /** A section heading; never left alone at the foot of a page. */
  heading(text: string): this {
    this.ensureSpace(60);
    this.doc.moveDown(0.5);
    this.write(text, { font: FONT.bold, size: SIZE.heading, color: COLOR.brand, gapAfter: 3 });
    return this;
  }

  subheading(text: string): this {
    this.ensureSpace(40);
    this.doc.moveDown(0.2);
    this.write(text, { font: FONT.bold, size: SIZE.subheading, color: COLOR.text, gapAfter: 2 });
    return this;
  }

  paragraph(text: string, options: { align?: 'left' | 'justify' | 'center' | 'right'; italic?: boolean } = {}): this {
    this.write(text, {
      font: options.italic ? FONT.italic : FONT.regular,
      size: SIZE.body,
      color: COLOR.text,
      align: options.align ?? 'justify',
      gapAfter: 5,
    });
    return this;
  }

  paragraphs(...texts: string[]): this {
    for (const text of texts) this.paragraph(text);
    return this;
  }

  bullets(items: readonly string[]): this {
    const { doc } = this;
    for (const item of items) {
      const y = doc.y;
      doc
        .font(FONT.regular)
        .fontSize(SIZE.body)
        .fillColor(COLOR.brand)
        .text('•', MARGINS.left + 4, y, { lineBreak: false });
      doc
        .fillColor(COLOR.text)
        .text(pdfSafe(item), MARGINS.left + 16, y, { width: CONTENT_WIDTH - 16, align: 'left', lineGap: 1.5 });
      doc.moveDown(0.2);
      this.lines.push(`• ${item}`);
    }
    doc.x = MARGINS.left;
    doc.moveDown(0.3);
    return this;
  }

  /** Label / value pairs in two columns: "Syndicat : …", "Échéance : …". */
  facts(pairs: ReadonlyArray<readonly [string, string]>, options: { labelWidth?: number } = {}): this {
    const { doc } = this;
    const labelWidth = options.labelWidth ?? 150;
    for (const [label, value] of pairs) {
      doc.font(FONT.regular).fontSize(SIZE.body);
      const height = doc.heightOfString(pdfSafe(value || ' '), { width: CONTENT_WIDTH - labelWidth });
      this.ensureSpace(height + 4);
      const y = doc.y;
      doc
        .font(FONT.bold)
        .fillColor(COLOR.muted)
        .text(pdfSafe(label), MARGINS.left, y, { width: labelWidth - 8 });
      doc
        .font(FONT.regular)
        .fillColor(COLOR.text)
        .text(pdfSafe(value), MARGINS.left + labelWidth, y, {
          width: CONTENT_WIDTH - labelWidth,
        });
      doc.y = Math.max(doc.y, y + height) + 2;
      this.lines.push(`${label} : ${value}`);
    }
    doc.x = MARGINS.left;
    doc.moveDown(0.4);
    return this;
  }

  table(columns: readonly PdfColumn[], rows: readonly (readonly string[])[], options?: PdfTableOptions): this {
    this.lines.push(...drawTable(this.doc, columns, rows, options));
    return this;
  }

  /** A shaded box for what the reader must act on: amount due, payment details, a deadline. */
  callout(lines: readonly string[], heading?: string): this {
    const { doc } = this;
    const width = CONTENT_WIDTH - 20;
    doc.font(FONT.regular).fontSize(SIZE.body);
    const body = pdfSafe(lines.join('\n'));
    const headingHeight = heading ? doc.font(FONT.bold).heightOfString(pdfSafe(heading), { width }) + 4 : 0;
    const height = headingHeight + doc.font(FONT.regular).heightOfString(body, { width, lineGap: 1.5 }) + 16;
    this.ensureSpace(height + 6);
    const top = doc.y;
    doc.save().roundedRect(MARGINS.left, top, CONTENT_WIDTH, height, 4).fillAndStroke(COLOR.calloutFill, COLOR.rule).restore();
    doc.save().rect(MARGINS.left, top, 3, height).fill(COLOR.brand).restore();
    let y = top + 8;
    if (heading) {
      doc
        .font(FONT.bold)
        .fillColor(COLOR.brand)
        .text(pdfSafe(heading), MARGINS.left + 12, y, { width });
      y += headingHeight;
      this.lines.push(heading);
    }
    doc
      .font(FONT.regular)
      .fillColor(COLOR.text)
      .text(body, MARGINS.left + 12, y, { width, lineGap: 1.5 });
    this.lines.push(...lines);
    doc.x = MARGINS.left;
    doc.y = top + height + 8;
    return this;
  }

  /** An addressee block on the right, where a window envelope shows it. */
  addressBlock(lines: readonly string[]): this {
    const { doc } = this;
    const x = MARGINS.left + CONTENT_WIDTH * 0.55;
    doc
      .font(FONT.regular)
      .fontSize(SIZE.body + 0.5)
      .fillColor(COLOR.text);
    doc.text(pdfSafe(lines.join('\n')), x, Math.max(doc.y, 130), { width: CONTENT_WIDTH * 0.45, lineGap: 1.5 });
    this.lines.push(...lines);
    doc.x = MARGINS.left;
    doc.moveDown(1);
    return this;
  }

  /** "Fait à Créteil, le …" and who signs, on the right. */
  signature(lines: readonly string[]): this {
    const { doc } = this;
    this.ensureSpace(20 + lines.length * 14);
    doc.moveDown(0.8);
    const x = MARGINS.left + CONTENT_WIDTH * 0.5;
    doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text);
    doc.text(pdfSafe(lines.join('\n')), x, doc.y, { width: CONTENT_WIDTH * 0.5, lineGap: 2 });
    this.lines.push(...lines);
    doc.x = MARGINS.left;
    doc.moveDown(0.8);
    return this;
  }

  spacer(lines = 1): this {
    this.doc.moveDown(lines);
    return this;
  }

  pageBreak(): this {
    this.doc.addPage();
    return this;
  }

  /** Starts a new page when less than `points` remain above the footer. */
  ensureSpace(points: number): this {
    if (this.doc.y + points > PAGE.height - MARGINS.bottom) this.doc.addPage();
    return this;
  }

  /** The collected text, with ordinary spaces. */
  text(): string {
    return plainText(this.lines.join('\n'));
  }

  /** Running headers and "Page n / N" footers, drawn once the number of pages is known. */
  finish(): number {
    const { doc, options } = this;
    const { start, count } = doc.bufferedPageRange();
    const footer = options.footerNote ?? [options.letterhead.name, ...options.letterhead.addressLines].join(' — ');
    for (let index = start; index < start + count; index += 1) {
      doc.switchToPage(index);
      // Writing inside the bottom margin would otherwise make pdfkit open yet another page.
      const bottomMargin = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      if (index > start) {
        doc.font(FONT.regular).fontSize(SIZE.small).fillColor(COLOR.muted);
        doc.text(pdfSafe(options.letterhead.name), MARGINS.left, 34, { width: CONTENT_WIDTH / 2, lineBreak: false });
        doc.text(pdfSafe(options.title), MARGINS.left + CONTENT_WIDTH / 2, 34, {
          width: CONTENT_WIDTH / 2,
          height: SIZE.small,
          align: 'right',
          ellipsis: true,
        });
        this.rule(48);
      }
      const y = PAGE.height - 44;
      this.rule(y - 6);
      doc
        .font(FONT.regular)
        .fontSize(SIZE.small - 0.5)
        .fillColor(COLOR.muted);
      // One line whatever its length: a height of one line makes pdfkit cut it with an ellipsis.
      doc.text(pdfSafe(footer), MARGINS.left, y, { width: CONTENT_WIDTH - 80, height: SIZE.small, ellipsis: true });
      doc.text(`Page ${index - start + 1} / ${count}`, MARGINS.left + CONTENT_WIDTH - 70, y, {
        width: 70,
        align: 'right',
        lineBreak: false,
      });
      doc.page.margins.bottom = bottomMargin;
    }
    return count;
  }

  private letterhead(): void {
    const { doc } = this;
    const { letterhead } = this.options;
    const contact = [letterhead.phone ? `Tél. ${letterhead.phone}` : null, letterhead.email].filter(Boolean).join(' — ');
    doc
      .font(FONT.bold)
      .fontSize(14)
      .fillColor(COLOR.brand)
      .text(pdfSafe(letterhead.name), MARGINS.left, 36, { width: CONTENT_WIDTH });
    doc
      .font(FONT.regular)
      .fontSize(SIZE.small + 0.5)
      .fillColor(COLOR.muted);
    doc.text(pdfSafe(letterhead.addressLines.join(' — ')), { width: CONTENT_WIDTH });
    if (contact) doc.text(pdfSafe(contact), { width: CONTENT_WIDTH });
    this.rule(doc.y + 6);
    this.lines.push(letterhead.name, letterhead.addressLines.join(', '), ...(contact ? [contact] : []));
    doc.x = MARGINS.left;
    doc.y += 14;
  }

  private rule(y: number): void {
    this.doc
      .save()
      .moveTo(MARGINS.left, y)
      .lineTo(MARGINS.left + CONTENT_WIDTH, y)
      .lineWidth(0.5)
      .strokeColor(COLOR.rule)
      .stroke()
      .restore();
  }

  private write(
    text: string,
    style: { font: string; size: number; color: string; align?: 'left' | 'justify' | 'center' | 'right'; gapAfter: number },
  ): void {
    const { doc } = this;
    doc.font(style.font).fontSize(style.size).fillColor(style.color);
    doc.text(pdfSafe(text), MARGINS.left, doc.y, { width: CONTENT_WIDTH, align: style.align ?? 'left', lineGap: 1.5 });
    doc.y += style.gapAfter;
    doc.x = MARGINS.left;
    this.lines.push(text);
  }
}

/** Builds a document and collects it in memory, with its text and page count. */
export async function renderPdfDocument(options: PdfDocumentOptions, build: (pdf: PdfBuilder) => unknown): Promise<RenderedPdf> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...MARGINS },
    bufferPages: true,
    lang: 'fr-FR',
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.letterhead.name,
      Subject: options.subject ?? options.title,
      // pdfkit reads every key given: an undefined one would make it throw.
      ...(options.keywords ? { Keywords: options.keywords.join(', ') } : {}),
      Creator: 'Palier',
      CreationDate: options.createdAt ?? new Date(),
    },
  });
  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const builder = new PdfBuilder(doc, options);
  let pageCount: number;
  try {
    await build(builder);
    pageCount = builder.finish();
  } finally {
    // Ended even when the generator threw, so the stream and its buffers are released.
    doc.end();
  }
  return { bytes: await bytes, text: builder.text(), pageCount };
}

/** The bytes only: `renderPdf(options, (pdf) => pdf.title('…').paragraph('…'))`. */
/** `build` may be async (e.g. to read an image); whatever it returns is ignored. */
export async function renderPdf(options: PdfDocumentOptions, build: (pdf: PdfBuilder) => unknown): Promise<Buffer> {
  return (await renderPdfDocument(options, build)).bytes;
}

export type { PdfColumn, PdfTableOptions } from './pdf-table.ts';
