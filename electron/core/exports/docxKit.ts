import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';

/**
 * The house layout for Tovholder's Word documents: A4, Calibri (Carlito in LibreOffice, metric-compatible),
 * margins as Danish municipal letters use them, a header with the organisation (and UDKAST until approved) and a
 * footer with „Side n af m", the document id and the seal.
 */
export const FONT = 'Calibri';
const PAGE = { width: 11906, height: 16838 }; // A4 in twips
const MARGIN = { top: 1134, bottom: 1134, left: 1418, right: 1134, header: 567, footer: 567 }; // 2 cm, 2.5 cm left
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const ITEM_INDENT = 567; // 1 cm: „1   Godkendelse af referat“
const LABEL_WIDTH = 1701; // 3 cm label column
export const WIDE_LABEL = 2835; // 5 cm, for forms with long labels

export const size = { body: 22, small: 18, title: 40, subtitle: 26, h2: 26, h3: 23 } as const;

export function text(t: string, opts: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun {
  return new TextRun({ text: t, font: FONT, size: opts.size ?? size.body, bold: opts.bold, italics: opts.italics, color: opts.color });
}

export function para(t: string | TextRun[], opts: { bold?: boolean; indent?: number; after?: number; before?: number; size?: number; keepNext?: boolean; italics?: boolean; color?: string } = {}): Paragraph {
  const children = typeof t === 'string' ? multiline(t, opts) : t;
  return new Paragraph({
    children,
    spacing: { after: opts.after ?? 80, before: opts.before ?? 0 },
    ...(opts.indent ? { indent: { left: opts.indent } } : {}),
    keepNext: opts.keepNext,
  });
}

/** Line breaks inside one paragraph become real breaks, not lost characters. */
function multiline(t: string, opts: { bold?: boolean; size?: number; italics?: boolean; color?: string }): TextRun[] {
  return t.split('\n').map((line, i) => new TextRun({ text: line, font: FONT, size: opts.size ?? size.body, bold: opts.bold, italics: opts.italics, color: opts.color, break: i > 0 ? 1 : 0 }));
}

/** Paragraphs from free text: blank lines separate paragraphs. */
export function paragraphs(t: string, indent = 0): Paragraph[] {
  return t
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => para(p, { indent }));
}

export function title(t: string): Paragraph {
  return new Paragraph({ children: [text(t, { bold: true, size: size.title })], spacing: { before: 240, after: 60 } });
}

export function subtitle(t: string): Paragraph {
  return new Paragraph({ children: [text(t, { bold: true, size: size.subtitle })], spacing: { after: 120 } });
}

export function heading(t: string, opts: { pageBreak?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [text(t, { bold: true, size: size.h2 })], spacing: { before: 240, after: 100 }, keepNext: true, pageBreakBefore: opts.pageBreak });
}

export function subheading(t: string, indent = 0): Paragraph {
  return new Paragraph({ children: [text(t, { bold: true, size: size.h3 })], spacing: { before: 120, after: 60 }, keepNext: true, ...(indent ? { indent: { left: indent } } : {}) });
}

/** „1   Godkendelse af referat": the number, a tab, the title, all bold; the body text lines up under the title. */
export function numberedHeading(n: number, t: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ children: [String(n), new Tab(), t], font: FONT, size: size.h3, bold: true })],
    tabStops: [{ type: TabStopType.LEFT, position: ITEM_INDENT }],
    indent: { left: ITEM_INDENT, hanging: ITEM_INDENT },
    spacing: { before: 240, after: 80 },
    keepNext: true,
  });
}

export function bullet(t: string, indent = ITEM_INDENT, glyph = '•'): Paragraph {
  return new Paragraph({
    children: [new TextRun({ children: [glyph, new Tab(), t], font: FONT, size: size.body })],
    tabStops: [{ type: TabStopType.LEFT, position: indent + 284 }],
    indent: { left: indent + 284, hanging: 284 },
    spacing: { after: 40 },
  });
}

const NO_BORDERS = TableBorders.NONE;

/** The label/value header block of a referat: „Dato:", „Tid:", … with blank values kept on the page. */
export function labelTable(rows: [string, string | string[]][], labelWidth = LABEL_WIDTH): Table {
  const LABEL_WIDTH_ = labelWidth;
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [LABEL_WIDTH_, TEXT_WIDTH - LABEL_WIDTH_],
    borders: NO_BORDERS,
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: LABEL_WIDTH_, type: WidthType.DXA }, borders: NO_BORDERS, children: [para(label, { bold: true, after: 40 })] }),
            new TableCell({
              width: { size: TEXT_WIDTH - LABEL_WIDTH_, type: WidthType.DXA },
              borders: NO_BORDERS,
              children: (Array.isArray(value) ? (value.length ? value : ['']) : [value]).map((v) => para(v, { after: 40 })),
            }),
          ],
        }),
    ),
  });
}

const GRID = { style: BorderStyle.SINGLE, size: 4, color: '9AA3A9' } as const;
const GRID_BORDERS = { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID };

/** A ruled table with a header row, for competences, trivsel, goals and signatures. */
export function gridTable(headers: string[], rows: (string | Paragraph[])[][], widths: number[]): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const cell = (content: string | Paragraph[], i: number, head = false) =>
    new TableCell({
      width: { size: scaled[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      shading: head ? { fill: 'EDEAE3' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: typeof content === 'string' ? [para(content, { bold: head, after: 0 })] : content,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: scaled,
    borders: GRID_BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

export interface DocumentFrame {
  title: string;
  documentId: string;
  organisation: string;
  unit: string;
  /** Draft documents say UDKAST on every page. */
  draft: boolean;
  /** Full SHA-256 seal when sealed. */
  seal: string | null;
  properties: Record<string, string>;
  children: FileChild[];
}

function headerFor(f: DocumentFrame): Header {
  const left = [f.organisation, f.unit].filter(Boolean).join(' · ');
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: left, font: FONT, size: size.small, color: '4A545C' }),
          ...(f.draft ? [new TextRun({ children: [new Tab(), 'UDKAST'], font: FONT, size: 28, bold: true, color: 'A4221A' })] : []),
        ],
      }),
    ],
  });
}

function footerFor(f: DocumentFrame): Footer {
  const status = f.seal ? `Segl: ${(f.seal.slice(0, 16).match(/.{4}/g) ?? []).join(' ')}` : f.draft ? 'UDKAST – ikke godkendt' : 'Godkendt, ikke forseglet';
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: `Dokument-id: ${f.documentId} · ${status}`, font: FONT, size: 16, color: '4A545C' }),
          new TextRun({ children: [new Tab(), 'Side ', PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES], font: FONT, size: size.small }),
        ],
      }),
    ],
  });
}

export async function renderDocument(f: DocumentFrame): Promise<Buffer> {
  const doc = new Document({
    creator: 'Tovholder',
    title: f.title,
    description: `Tovholder-dokument ${f.documentId}`,
    customProperties: [
      { name: 'TovholderDokumentId', value: f.documentId },
      ...Object.entries(f.properties).map(([name, value]) => ({ name, value })),
    ],
    styles: { default: { document: { run: { font: FONT, size: size.body }, paragraph: { spacing: { line: 264 } } } } },
    sections: [
      {
        properties: { page: { size: PAGE, margin: MARGIN } },
        headers: { default: headerFor(f) },
        footers: { default: footerFor(f) },
        children: f.children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

export { AlignmentType };
