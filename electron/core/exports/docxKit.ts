import { exportText } from '../../../shared/text/exportMessages';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LineRuleType,
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
import { cleanText, withoutListMarker } from '../../../shared/text/cleanText';

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

export function text(t0: string, opts: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}): TextRun {
  const t = cleanText(t0);
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
export function multiline(t: string, opts: { bold?: boolean; size?: number; italics?: boolean; color?: string }): TextRun[] {
  return cleanText(t).split('\n').map((line, i) => new TextRun({ text: line, font: FONT, size: opts.size ?? size.body, bold: opts.bold, italics: opts.italics, color: opts.color, break: i > 0 ? 1 : 0 }));
}

/** Paragraphs from free text: blank lines separate paragraphs. */
export function paragraphs(t: string, indent = 0): Paragraph[] {
  return t
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => para(p, { indent }));
}

/** The document's title: Word's „Titel" style, so the navigation pane and PDF tags know it. */
export function title(t: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: [text(t, { bold: true, size: size.title })], spacing: { before: 240, after: 60 }, keepNext: true });
}

export function subtitle(t: string): Paragraph {
  return new Paragraph({ children: [text(t, { bold: true, size: size.subtitle })], spacing: { after: 120 }, keepNext: true });
}

export function heading(t: string, opts: { pageBreak?: boolean } = {}): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text(t, { bold: true, size: size.h2 })], spacing: { before: 240, after: 100 }, keepNext: true, pageBreakBefore: opts.pageBreak });
}

export function subheading(t: string, indent = 0): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_3, children: [text(t, { bold: true, size: size.h3 })], spacing: { before: 120, after: 60 }, keepNext: true, ...(indent ? { indent: { left: indent } } : {}) });
}

/** „1   Godkendelse af referat": the number, a tab, the title, all bold; the body text lines up under the title. */
export function numberedHeading(n: number, t: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_2,
    children: [new TextRun({ children: [String(n), new Tab(), cleanText(t)], font: FONT, size: size.h3, bold: true })],
    tabStops: [{ type: TabStopType.LEFT, position: ITEM_INDENT }],
    indent: { left: ITEM_INDENT, hanging: ITEM_INDENT },
    spacing: { before: 240, after: 80 },
    keepNext: true,
  });
}

/** „Label: text" with the label bold and the text's own line breaks kept. */
export function labelled(label: string, value: string, indent = 0): Paragraph {
  return para([text(`${label} `, { bold: true }), ...multiline(value, {})], { indent });
}

export function bullet(t: string, indent = ITEM_INDENT, glyph = '•'): Paragraph {
  return new Paragraph({
    children: [new TextRun({ children: [glyph, new Tab()], font: FONT, size: size.body }), ...multiline(withoutListMarker(t), {})],
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

/** A cell's text: blank lines start a new paragraph, single line breaks stay breaks. */
function cellParagraphs(t: string, bold: boolean): Paragraph[] {
  const parts = t.split(/\n{2,}/);
  return parts.map((p, i) => para(p, { bold, after: i < parts.length - 1 ? 80 : 0 }));
}

const GRID = { style: BorderStyle.SINGLE, size: 4, color: '9AA3A9' } as const;
const GRID_BORDERS = { top: GRID, bottom: GRID, left: GRID, right: GRID, insideHorizontal: GRID, insideVertical: GRID };

/**
 * A ruled table with a header row, for competences, trivsel, goals and signatures. Rows of text may break across
 * pages (a row that cannot split is cut off when it is taller than a page); `keepRows` is for rows that must stay
 * whole, such as a signature.
 */
export function gridTable(headers: string[], rows: (string | Paragraph[])[][], widths: number[], opts: { keepRows?: boolean } = {}): Table {
  const total = widths.reduce((a, b) => a + b, 0);
  const scaled = widths.map((w) => Math.round((w / total) * TEXT_WIDTH));
  const cell = (content: string | Paragraph[], i: number, head = false) =>
    new TableCell({
      width: { size: scaled[i]!, type: WidthType.DXA },
      verticalAlign: VerticalAlign.TOP,
      shading: head ? { fill: 'EDEAE3' } : undefined,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      children: typeof content === 'string' ? cellParagraphs(content, head) : content,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: scaled,
    borders: GRID_BORDERS,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ ...(opts.keepRows ? { cantSplit: true } : {}), children: r.map((c, i) => cell(c, i)) })),
    ],
  });
}

/** What a document is: a dagsorden has no approval; a referat and its forms are a draft, approved or sealed. */
export type DocumentStatus = 'dagsorden' | 'udkast' | 'godkendt' | 'forseglet';

export interface DocumentFrame {
  title: string;
  documentId: string;
  /** The kommune from the first-run guide, the forvaltning and the unit: the header of every page. */
  kommune: string;
  organisation: string;
  unit: string;
  /** Drafts say UDKAST on every page; the footer says the status in words. */
  status: DocumentStatus;
  /** Full SHA-256 seal when sealed. */
  seal: string | null;
  /** The user who made the document: Word's „Forfatter". */
  author: string;
  properties: Record<string, string>;
  children: FileChild[];
}

/** „Vesterå Kommune · Børn og Unge · Dagtilbud Nord" – the kommune left out when the forvaltning already names it. */
export function headerLine(f: Pick<DocumentFrame, 'kommune' | 'organisation' | 'unit'>): string {
  const kommune = f.kommune && !f.organisation.toLowerCase().includes(f.kommune.toLowerCase()) ? f.kommune : '';
  return [kommune, f.organisation, f.unit].filter(Boolean).join(' · ');
}

/** The footer's status words. A dagsorden has none: it is not approved or sealed. */
export function footerStatus(status: DocumentStatus, seal: string | null): string | null {
  if (status === 'dagsorden') return null;
  if (status === 'forseglet' && seal) return exportText.docx.seal((seal.slice(0, 16).match(/.{4}/g) ?? []).join(' '));
  if (status === 'udkast') return exportText.docx.draft;
  return exportText.docx.approvedNotSealed;
}

function headerFor(f: DocumentFrame): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: headerLine(f), font: FONT, size: size.small, color: '4A545C' }),
          ...(f.status === 'udkast' ? [new TextRun({ children: [new Tab(), 'UDKAST'], font: FONT, size: 28, bold: true, color: 'A4221A' })] : []),
        ],
      }),
    ],
  });
}

function footerFor(f: DocumentFrame): Footer {
  const status = footerStatus(f.status, f.seal);
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          new TextRun({ text: `Dokument-id: ${f.documentId}${status ? ` · ${status}` : ''}`, font: FONT, size: 16, color: '4A545C' }),
          new TextRun({ children: [new Tab(), exportText.docx.page, PageNumber.CURRENT, exportText.docx.pageOf, PageNumber.TOTAL_PAGES], font: FONT, size: size.small }),
        ],
      }),
    ],
  });
}

const HEADING_RUN = { font: FONT, color: '000000', bold: true } as const;

export async function renderDocument(f: DocumentFrame): Promise<Buffer> {
  const doc = new Document({
    creator: f.author || exportText.docx.appName,
    lastModifiedBy: f.author || exportText.docx.appName,
    title: f.title,
    description: exportText.docx.description(f.documentId),
    customProperties: [
      { name: 'TovholderDokumentId', value: f.documentId },
      ...Object.entries(f.properties).map(([name, value]) => ({ name, value })),
    ],
    styles: {
      default: {
        // lineRule auto: 264 means 1.1 lines. Without it LibreOffice reads an exact 13.2 pt line and clips images.
        document: { run: { font: FONT, size: size.body, language: { value: 'da-DK' } }, paragraph: { spacing: { line: 264, lineRule: LineRuleType.AUTO } } },
        title: { run: { ...HEADING_RUN, size: size.title } },
        heading1: { run: { ...HEADING_RUN, size: size.h2 } },
        heading2: { run: { ...HEADING_RUN, size: size.h3 } },
        heading3: { run: { ...HEADING_RUN, size: size.h3 } },
      },
    },
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
