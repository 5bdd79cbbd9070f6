import JSZip from 'jszip';
import { createHash } from 'node:crypto';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos);|&#(\d+);|&#x([0-9a-f]+);/gi, (m, _n, dec, hex) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : (ENTITIES[m] ?? m),
  );
}

/** The paragraphs of word/document.xml as plain text, one per line, tabs kept. Tables read cell by cell. */
export function documentXmlText(xml: string): string[] {
  const body = xml.replace(/<w:instrText[^>]*>[\s\S]*?<\/w:instrText>/g, '');
  return body
    .split(/<\/w:p>/)
    .map((p) => {
      let out = '';
      const re = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:t\/>|<w:tab\/>|<w:br\/>|<w:br [^>]*\/>/g;
      let m: RegExpExecArray | null;
      while ((m = re.exec(p))) {
        if (m[0].startsWith('<w:tab')) out += '\t';
        else if (m[0].startsWith('<w:br')) out += '\n';
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
  return { paragraphs: documentXmlText(xml), properties: props, xml };
}

/** The fingerprint of what a document says: its body text, whitespace-normalised. Formatting does not count. */
export function textFingerprint(paragraphs: string[]): string {
  const normal = paragraphs.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  return createHash('sha256').update(normal).digest('hex');
}
