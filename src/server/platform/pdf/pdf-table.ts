import { COLOR, CONTENT_WIDTH, FONT, MARGINS, pdfSafe, SIZE } from './pdf-style.ts';

export type Alignment = 'left' | 'right' | 'center';

export interface PdfColumn {
  header: string;
  /** A relative weight: the columns share the width of the page's text in proportion to it. */
  width: number;
  /** Amounts and shares are right-aligned so that their digits line up. */
  align?: Alignment;
}

export interface PdfTableOptions {
  /** Every other row shaded (default true): long tables of lots or accounts are read across. */
  zebra?: boolean;
  /** Bold rows after the body, e.g. "Total", printed on a shaded band. */
  totals?: string[][];
  fontSize?: number;
}

const PAD_X = 4;
const PAD_Y = 3;

/**
 * Draws a table at the current position. Rows are never split: a row that does not fit goes to a new page,
 * where the header row is drawn again, so a reader of page 3 still knows which column is which. Returns the
 * cells as text lines, for the document's searchable text.
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  columns: readonly PdfColumn[],
  rows: readonly (readonly string[])[],
  options: PdfTableOptions = {},
): string[] {
  const fontSize = options.fontSize ?? SIZE.table;
  const totalWeight = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => (column.width / totalWeight) * CONTENT_WIDTH);
  const bottom = () => doc.page.height - MARGINS.bottom;

  // Most cells hold one line: their width is cheap to measure, wrapping them to get a height is not.
  const oneLine = new Map<string, number>();
  const measure = (cells: readonly string[], font: string) => {
    doc.font(font).fontSize(fontSize);
    let lineHeight = oneLine.get(font);
    if (lineHeight === undefined) {
      lineHeight = doc.heightOfString('Ag', { width: CONTENT_WIDTH, lineGap: 1 });
      oneLine.set(font, lineHeight);
    }
    const heights = cells.map((cell, index) => {
      const text = pdfSafe(cell || ' ');
      const width = (widths[index] ?? 0) - 2 * PAD_X;
      return !text.includes('\n') && doc.widthOfString(text) <= width
        ? lineHeight
        : doc.heightOfString(text, { width, lineGap: 1 });
    });
    return Math.max(...heights, fontSize) + 2 * PAD_Y;
  };

  const drawRow = (cells: readonly string[], font: string, fill: string | null, top: number, height: number) => {
    if (fill) doc.save().rect(MARGINS.left, top, CONTENT_WIDTH, height).fill(fill).restore();
    doc.font(font).fontSize(fontSize).fillColor(COLOR.text);
    let x = MARGINS.left;
    cells.forEach((cell, index) => {
      const width = widths[index] ?? 0;
      doc.text(pdfSafe(cell), x + PAD_X, top + PAD_Y, {
        width: width - 2 * PAD_X,
        align: columns[index]?.align ?? 'left',
        lineGap: 1,
      });
      x += width;
    });
  };

  const rule = (y: number, color: string = COLOR.rule, width = 0.5) => {
    doc
      .save()
      .moveTo(MARGINS.left, y)
      .lineTo(MARGINS.left + CONTENT_WIDTH, y)
      .lineWidth(width)
      .strokeColor(color)
      .stroke()
      .restore();
  };

  const headers = columns.map((column) => column.header);
  const headerHeight = measure(headers, FONT.bold);
  let y = doc.y;
  const drawHeader = () => {
    drawRow(headers, FONT.bold, COLOR.headerFill, y, headerHeight);
    y += headerHeight;
    rule(y, COLOR.brand, 0.8);
  };

  const firstRowHeight = rows[0] ? measure(rows[0], FONT.regular) : 0;
  if (y + headerHeight + firstRowHeight > bottom()) {
    doc.addPage();
    y = doc.y;
  }
  drawHeader();

  const place = (height: number) => {
    if (y + height <= bottom()) return;
    doc.addPage();
    y = doc.y;
    drawHeader();
  };

  rows.forEach((cells, index) => {
    const height = measure(cells, FONT.regular);
    place(height);
    const shaded = (options.zebra ?? true) && index % 2 === 1;
    drawRow(cells, FONT.regular, shaded ? COLOR.zebra : null, y, height);
    y += height;
  });
  for (const cells of options.totals ?? []) {
    const height = measure(cells, FONT.bold);
    place(height);
    rule(y, COLOR.text, 0.6);
    drawRow(cells, FONT.bold, COLOR.headerFill, y, height);
    y += height;
  }
  rule(y);

  doc.x = MARGINS.left;
  doc.y = y + 8;
  doc.font(FONT.regular).fontSize(SIZE.body).fillColor(COLOR.text);
  const line = (cells: readonly string[]) => cells.filter((cell) => cell.trim().length > 0).join(' · ');
  return [line(headers), ...rows.map(line), ...(options.totals ?? []).map(line)];
}
