import { exportText } from '../../../shared/text/exportMessages';
import { ImageRun, Paragraph, type FileChild } from 'docx';
import { formatTimestamp } from '../../../shared/format/danishDate';
import { SIGNATURE_MEANING, signatureRows, signatureStatusLines } from '../../../shared/referat/referatText';
import type { ReferatState, Signature } from '../../../shared/schemas/referat';
import { signingText } from '../../../shared/text/signing';
import { gridTable, heading, para } from './docxKit';
import { signatureText } from '../../../shared/text/signatures';

function signatureCell(s: Signature | undefined): Paragraph[] {
  if (!s) return [para(signatureText.notSigned, { italics: true, color: 'A4221A', after: 0 })];
  if (s.method === 'tegnet' && s.imageDataUrl) {
    const data = Buffer.from(s.imageDataUrl.split(',')[1] ?? '', 'base64');
    const { width, height } = pngSize(data);
    const scale = Math.min(180 / width, 60 / height, 1);
    const alt = signatureText.imageAlt(s.name);
    return [
      new Paragraph({
        spacing: { after: 0 },
        children: [new ImageRun({ type: 'png', data, transformation: { width: Math.round(width * scale), height: Math.round(height * scale) }, altText: { name: alt, title: alt, description: alt } })],
      }),
    ];
  }
  return [para(signatureText.typed(s.name), { italics: true, after: 0 })];
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24) return { width: 1, height: 1 };
  return { width: png.readUInt32BE(16) || 1, height: png.readUInt32BE(20) || 1 };
}

export interface SignatureInfo {
  state: ReferatState;
  documentId: string;
  /** The file's digital signatures, for a sealed document signed with certificates (issue 20). */
  digital?: { lines: string[]; meaning: string } | null;
}

/** The signature page: what a signature is, each signer, and the status in words that match it. */
export function signatureSection(info: SignatureInfo, opts: { heading?: string; pageBreak?: boolean } = {}): FileChild[] {
  const { state } = info;
  const v = state.current;
  const rows = signatureRows(state);
  const signed = rows.filter((r) => r.signature).length;
  const children: FileChild[] = [heading(opts.heading ?? signatureText.heading, { pageBreak: opts.pageBreak ?? true }), para(SIGNATURE_MEANING, { size: 19, after: 160, keepNext: true })];
  children.push(gridTable([...signatureText.columns], rows.map((r) => [r.label, r.name, r.at, signatureCell(r.signature)]), [2, 3, 3, 4], { keepRows: true }));
  const lines = signatureStatusLines(v?.status ?? 'udkast', signed, rows.length);
  if (v?.approvedAt) lines.push(signatureText.approvedBy(v.approvedBy ?? '', formatTimestamp(v.approvedAt)));
  if (v?.sealedAt && v.seal) lines.push(signatureText.sealed(formatTimestamp(v.sealedAt), v.seal));
  lines.push(exportText.docx.documentId(info.documentId));
  if (info.digital) {
    // Which signature is which: digital (certificate) or drawn/typed only, and what a digital signature proves.
    lines.push(signingText.page.heading, ...info.digital.lines, info.digital.meaning);
  }
  // The block stays together: no last page holds only the document id.
  lines.forEach((l, i) => children.push(para(l, { size: 19, after: 40, before: i === 0 ? 200 : 0, keepNext: i < lines.length - 1 })));
  return children;
}
