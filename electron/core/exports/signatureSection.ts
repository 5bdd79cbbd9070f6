import { ImageRun, Paragraph, type FileChild } from 'docx';
import { formatTimestamp } from '../../../shared/format/danishDate';
import type { ReferatState, Signature } from '../../../shared/schemas/referat';
import { gridTable, heading, para, text } from './docxKit';

/** What a signature in Tovholder is – said plainly, and never called a qualified digital signature. */
export const SIGNATURE_STATEMENT =
  'Underskrifterne er afgivet i Tovholder på mødet – tegnet med mus, pen eller finger eller som skrevet navn med tidspunkt – ' +
  'og viser, at underskriverne har godkendt indholdet. Dokumentet er forseglet med et SHA-256-fingeraftryk af teksten, ' +
  'godkendelsen og underskrifterne, så Tovholder kan afgøre, om en fil svarer til den forseglede version. ' +
  'Det er en underskriftsside og et indholdssegl, ikke en kvalificeret elektronisk signatur (fx MitID/NemLog-in).';

function signatureCell(s: Signature | undefined): Paragraph[] {
  if (!s) return [para('Ikke underskrevet', { italics: true, color: 'A4221A', after: 0 })];
  if (s.method === 'tegnet' && s.imageDataUrl) {
    const data = Buffer.from(s.imageDataUrl.split(',')[1] ?? '', 'base64');
    const { width, height } = pngSize(data);
    const scale = Math.min(180 / width, 60 / height, 1);
    return [new Paragraph({ children: [new ImageRun({ type: 'png', data, transformation: { width: Math.round(width * scale), height: Math.round(height * scale) } })] })];
  }
  return [para(`/${s.name}/ (skrevet navn)`, { italics: true, after: 0 })];
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  if (png.length < 24) return { width: 1, height: 1 };
  return { width: png.readUInt32BE(16) || 1, height: png.readUInt32BE(20) || 1 };
}

export interface SignatureInfo {
  state: ReferatState;
  documentId: string;
}

/** The signature page: each signer's name, role, time and drawn signature (or typed-name marker), and the seal. */
export function signatureSection(info: SignatureInfo, opts: { heading?: string; pageBreak?: boolean } = {}): FileChild[] {
  const { state } = info;
  const v = state.current;
  const used = new Set<string>();
  const rows = state.requiredSigners.map((r) => {
    const sig = state.signatures.find((s) => !used.has(s.id) && s.signerLabel === r.label && (!r.suggestedName || s.name === r.suggestedName)) ??
      state.signatures.find((s) => !used.has(s.id) && s.signerLabel === r.label);
    if (sig) used.add(sig.id);
    return [r.label, sig?.name ?? r.suggestedName ?? '', sig ? formatTimestamp(sig.signedAt) : '', signatureCell(sig)] as (string | Paragraph[])[];
  });
  for (const s of state.signatures.filter((x) => !used.has(x.id))) rows.push([s.signerLabel, s.name, formatTimestamp(s.signedAt), signatureCell(s)]);
  const children: FileChild[] = [heading(opts.heading ?? 'Underskrifter', { pageBreak: opts.pageBreak ?? true }), para(SIGNATURE_STATEMENT, { size: 19, after: 160 })];
  children.push(gridTable(['Rolle', 'Navn', 'Tidspunkt', 'Underskrift'], rows, [2, 3, 3, 4]));
  const lines: string[] = [];
  if (v?.approvedAt) lines.push(`Godkendt af ${v.approvedBy ?? ''} ${formatTimestamp(v.approvedAt)}.`);
  if (v?.sealedAt && v.seal) lines.push(`Forseglet ${formatTimestamp(v.sealedAt)}. Segl (SHA-256): ${v.seal}`);
  else lines.push(v?.status === 'udkast' ? 'Dokumentet er et udkast og er hverken godkendt eller forseglet.' : 'Dokumentet er godkendt, men endnu ikke forseglet.');
  lines.push(`Dokument-id: ${info.documentId}`);
  children.push(new Paragraph({ spacing: { before: 200 }, children: [text(lines[0]!, { size: 19 })] }));
  for (const l of lines.slice(1)) children.push(para(l, { size: 19, after: 40 }));
  return children;
}
