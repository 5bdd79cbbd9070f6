import JSZip from 'jszip';
import { createHash } from 'node:crypto';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/gi, (m, _n, dec, hex) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[m] ?? m),
  );
}

/**
 * Characters Word and LibreOffice write as elements of their own when they save a file. Reading them back as the
 * characters they stand for means an untouched document that was opened and saved again still reads the same.
 */
const SPECIAL_RUNS: Record<string, string> = {
  'w:tab': '\t',
  'w:ptab': '\t',
  'w:br': '\n',
  'w:cr': '\n',
  'w:noBreakHyphen': '\u2011',
  'w:softHyphen': '\u00AD',
};

/** Tab stop definitions, field codes and their cached results („Side 1 af 3" is 1 in one file and 2 in another) are not text. */
function withoutFields(xml: string): string {
  return xml
    .replace(/<w:tabs>[\s\S]*?<\/w:tabs>/g, '')
    .replace(/<w:instrText[^>]*>[\s\S]*?<\/w:instrText>/g, '')
    .replace(/<w:fldChar[^>]*w:fldCharType="separate"[^>]*\/>[\s\S]*?(?=<w:fldChar[^>]*w:fldCharType="end")/g, '')
    .replace(/<w:fldSimple\b[^>]*>[\s\S]*?<\/w:fldSimple>/g, '')
    .replace(/<w:fldSimple\b[^>]*\/>/g, '');
}

/** The paragraphs of word/document.xml as plain text, one per line, tabs kept. Tables read cell by cell. */
export function documentXmlText(xml: string): string[] {
  const body = withoutFields(xml);
  return body
    .split(/<\/w:p>/)
    .map((p) => {
      let out = '';
      const re = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t\/>|<(w:(?:tab|ptab|br|cr|noBreakHyphen|softHyphen))(?:\s[^>]*)?\/>/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p))) {
        if (m[2]) out += SPECIAL_RUNS[m[2]] ?? '';
        else if (m[1] !== undefined) out += decode(m[1]);
      }
      return out;
    })
    .filter((line, i, all) => line.length > 0 || i < all.length - 1)
    .map((l) => l.replace(/\s+$/g, ''));
}

export interface DocxContent {
  paragraphs: string[];
  properties: Record<string, string>;
  xml: string;
  /** The text of every header and every footer part (Word may keep one per page kind). */
  headers: string[];
  footers: string[];
  /** SHA-256 of every embedded image (word/media), sorted: the drawn signatures. */
  images: string[];
}

/** Reads a .docx: its body text and its custom properties (document id, version, seal). */
export async function readDocx(data: Buffer): Promise<DocxContent> {
  const zip = await JSZip.loadAsync(data);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('not a docx');
  const props: Record<string, string> = {};
  const custom = await zip.file('docProps/custom.xml')?.async('string');
  if (custom) {
    for (const m of custom.matchAll(/<property[^>]*name="([^"]+)"[^>]*>\s*<vt:lpwstr>([\s\S]*?)<\/vt:lpwstr>\s*<\/property>/g)) props[m[1]!] = decode(m[2]!);
  }
  const partText = async (re: RegExp) => {
    const names = Object.keys(zip.files).filter((f) => re.test(f)).sort();
    const texts = await Promise.all(names.map(async (n) => documentXmlText((await zip.file(n)!.async('string')) ?? '').join(' ')));
    return texts;
  };
  const media = Object.keys(zip.files).filter((f) => /^word\/media\/[^/]+$/.test(f) && !zip.files[f]!.dir);
  const images = (await Promise.all(media.map(async (n) => createHash('sha256').update(await zip.file(n)!.async('nodebuffer')).digest('hex')))).sort();
  return { paragraphs: documentXmlText(xml), properties: props, xml, headers: await partText(/^word\/header\d*\.xml$/), footers: await partText(/^word\/footer\d*\.xml$/), images };
}

/** The fingerprint of what a document says: its body text, whitespace-normalised. Formatting does not count. */
export function textFingerprint(paragraphs: string[]): string {
  const normal = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  return createHash('sha256').update(normal).digest('hex');
}

const SEAL_IN_TEXT = /Segl \(SHA-256\): (\S+)/g;
const SEAL_IN_FOOTER = /Segl: ((?:[0-9A-Za-z]{4} ?){4})/g;

/**
 * What a reader sees, in parts, so that a check can say *where* a file differs: the body text, the header, the
 * footer, the status marks (UDKAST), the embedded images, and the seal values the file shows. The seal values are
 * masked in the text and footer parts and checked on their own.
 */
export interface DocumentFace {
  text: string;
  header: string;
  footer: string;
  marks: string[];
  images: string[];
}

export interface SealMentions {
  property: string | null;
  /** Full seals in the body text („Segl (SHA-256): …"). */
  text: string[];
  /** Short seals in the footer („Segl: a1b2 c3d4 …"), spaces removed. */
  footer: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function distinct(parts: string[]): string {
  return [...new Set(parts.map(squash).filter(Boolean))].sort().join(' | ');
}

export function faceOf(c: DocxContent): DocumentFace {
  const headerText = distinct(c.headers);
  return {
    text: textFingerprint(c.paragraphs.map((p) => p.replace(SEAL_IN_TEXT, 'Segl (SHA-256): ‹segl›'))),
    header: squash(headerText.replace(/\bUDKAST\b/g, '')),
    footer: distinct(c.footers.map((f) => f.replace(SEAL_IN_FOOTER, 'Segl: ‹segl› '))),
    marks: /\bUDKAST\b/.test(headerText) ? ['UDKAST'] : [],
    images: c.images,
  };
}

export function sealMentions(c: DocxContent): SealMentions {
  return {
    property: c.properties['TovholderSegl'] || null,
    text: c.paragraphs.flatMap((p) => [...p.matchAll(SEAL_IN_TEXT)].map((m) => m[1]!)),
    footer: c.footers.flatMap((f) => [...f.matchAll(SEAL_IN_FOOTER)].map((m) => m[1]!.replace(/\s/g, ''))),
  };
}
