import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { formatLongDate, formatTimestamp } from '../../../shared/format/danishDate';
import type { DocumentModel, ExportKind, VerifyDifference, VerifyResult } from '../../../shared/schemas/documents';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import { coreText } from '../../../shared/text/coreMessages';
import type { Core } from '../app/core';
import { nowTs } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { writeFileAtomic } from '../files';
import { newId } from '../ids';
import { audit } from '../audit/auditLog';
import { buildDagsordenDocx } from './dagsordenDocx';
import { faceOf, readDocx, sealMentions, textFingerprint, type DocumentFace, type SealMentions } from './docxText';
import { buildHandleplanDocx } from './handleplanDocx';
import { buildForberedelsesskemaDocx } from './forberedelsesskemaDocx';
import { buildOvergangsskemaDocx, type TrivselLabels } from './overgangsskemaDocx';
import { TRIVSEL_LABELS } from '../../../shared/text/wellbeing';
import { buildReferatDocx } from './referatDocx';
import { buildDocumentModel, kommuneTrivselColours, type DocumentInput } from './documentModel';
import { exportText } from '../../../shared/text/exportMessages';
import { signingText } from '../../../shared/text/signing';
import { getOrganisation } from '../settings/organisation';
import { signDocx } from '../signing/ooxmlSignature';
import { signPdf } from '../signing/pdfSignature';
import { signingPlan } from '../signing/signingPlan';
import { checkSignatures, isPdf } from '../signing/checkSignatures';
import * as meetingsTable from '../db/tables/meetings';

export interface BuiltDocument {
  warnings: string[];
  /** Whose digital signatures the file carries; empty when unsigned. */
  signedBy: string[];
  unsignedNote: string | null;
  buffer: Buffer;
  documentId: string;
  fileName: string;
  kind: ExportKind;
  meetingId: string;
  childId: string | null;
  version: number | null;
  seal: string | null;
  status: DocumentModel['status'];
}

/** Builds the document as a Buffer – a pure function of what is stored, through the checked model. No file is written. */
export async function buildDocument(core: Core, input: DocumentInput): Promise<BuiltDocument> {
  const { model, meeting } = buildDocumentModel(core, input);
  return buildFromModel(core, model, meeting);
}

async function buildFromModel(core: Core, model: DocumentModel, meeting: MeetingDetail): Promise<BuiltDocument> {
  let buffer: Buffer | undefined;
  switch (model.kind) {
    case 'dagsorden':
      buffer = await buildDagsordenDocx(model, meeting);
      break;
    case 'referat':
    case 'uddrag':
      buffer = await buildReferatDocx(model);
      break;
    case 'overgangsskema': {
      const labels: TrivselLabels = TRIVSEL_LABELS[kommuneTrivselColours(core) ? 'farver' : 'aalborg'];
      buffer = await buildOvergangsskemaDocx(model, labels);
      break;
    }
    case 'handleplan':
      buffer = await buildHandleplanDocx(model);
      break;
    case 'forberedelsesskema':
      buffer = await buildForberedelsesskemaDocx(model, meeting);
      break;
  }
  if (!buffer) throw new AppError('CONFLICT', exportText.unknownKind);
  // A sealed document is signed digitally (issue 20): an OOXML package signature per signer, the chair's first.
  const plan = model.status === 'forseglet' ? signingPlan(core, meeting, model.state) : null;
  if (plan && plan.signers.length) buffer = await signDocx(buffer, plan.signers, { signedAt: core.now(), comment: signingText.sign.comment(model.documentId) });
  return {
    buffer,
    signedBy: plan ? plan.signers.map((s) => s.name) : [],
    unsignedNote: plan && plan.signers.length === 0 ? signingText.sign.noIdentityWarning : null,
    warnings: model.warnings,
    documentId: model.documentId,
    fileName: model.fileName,
    kind: model.kind,
    meetingId: model.meetingId,
    childId: model.childId,
    version: model.version,
    seal: model.seal,
    status: model.status,
  };
}

/** The checked model for the print view: the same omissions and warnings as the Word file. */
export function documentModel(core: Core, input: DocumentInput): DocumentModel {
  return buildDocumentModel(core, input).model;
}

interface RegisteredFace extends DocumentFace {
  /** The version's status when the file was made: a draft is never the sealed version. */
  status: DocumentModel['status'];
}

/** Registers an exported document so that „Kontrollér et dokument" can recognise it later, part by part. */
export async function registerDocument(core: Core, doc: BuiltDocument): Promise<{ textSha: string; rowId: string }> {
  const content = await readDocx(doc.buffer);
  const face: RegisteredFace = { ...faceOf(content), status: doc.status };
  const textSha = textFingerprint(content.paragraphs);
  const rowId = newId();
  core.db.transaction(() => {
    stmt(
      core.db,
      `INSERT INTO documents (id, document_id, kind, meeting_id, child_id, referat_version, seal, text_sha256, file_sha256, file_name, created_at, created_by, face)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(rowId, doc.documentId, doc.kind, doc.meetingId, doc.childId, doc.version, doc.seal, textSha, sha256(doc.buffer), doc.fileName, nowTs(core), core.actor(), JSON.stringify(face));
    audit(core, 'export.document', 'meeting', doc.meetingId, `Eksporterede ${doc.kind} ${doc.documentId}`);
  })();
  return { textSha, rowId };
}

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Builds, asks where to save, writes atomically, registers. Returns null when the user cancels. */
export async function exportDocument(core: Core, input: DocumentInput) {
  const doc = await buildDocument(core, input);
  const path = await core.opts.dialogs.saveFile({
    title: exportText.dialogs.saveWord,
    defaultName: doc.fileName,
    filters: [{ name: exportText.dialogs.wordFilter, extensions: ['docx'] }],
  });
  if (!path) return null;
  writeFileAtomic(path, doc.buffer);
  await registerDocument(core, doc);
  return { path, bytes: doc.buffer.length, documentId: doc.documentId, warnings: doc.warnings, signedBy: doc.signedBy, unsignedNote: doc.unsignedNote };
}

interface DocumentRow {
  document_id: string;
  kind: string;
  meeting_id: string | null;
  referat_version: number | null;
  seal: string | null;
  text_sha256: string;
  created_at: string;
  face: string | null;
}

interface VersionInfo {
  version: number;
  status: string;
  seal: string | null;
  sealed_at: string | null;
  created_at: string;
  correction_reason: string | null;
}

const MAX_VERIFY_BYTES = 50 * 1024 * 1024;

/** Where a file can differ from what was exported, in the words the check uses. */
export const DIFFERENCE_WORDS: Record<VerifyDifference, string> = exportText.verify.differenceWords;

function differences(file: DocumentFace, face: string): VerifyDifference[] {
  const reg = JSON.parse(face) as RegisteredFace;
  const out: VerifyDifference[] = [];
  if (file.text !== reg.text) out.push('tekst');
  if (file.images.join() !== reg.images.join()) out.push('billede');
  if (file.header !== reg.header) out.push('sidehoved');
  if (file.footer !== reg.footer) out.push('sidefod');
  if (file.marks.join() !== reg.marks.join()) out.push('status');
  return out;
}

/** Every seal value the file shows must be the version's seal – and a file of an unsealed version shows none. */
function sealDiffers(mentions: SealMentions, seal: string | null): boolean {
  const all = [...(mentions.property ? [mentions.property] : []), ...mentions.text];
  if (!seal) return all.length > 0 || mentions.footer.length > 0;
  return all.some((s) => s !== seal) || mentions.footer.some((s) => s !== seal.slice(0, 16));
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} og ${words.at(-1)}`;
}

/**
 * Checks a .docx or .pdf: its digital signatures by themselves (any installation's), and for a .docx made here also
 * whether it still shows what Tovholder exported (and sealed), which version it is, and where it was altered.
 */
export async function verifyDocumentFile(core: Core, path: string): Promise<VerifyResult> {
  let data: Buffer;
  try {
    if (statSync(path).size > MAX_VERIFY_BYTES) return unknownResult(exportText.verify.tooLarge);
    data = readFileSync(path);
  } catch {
    throw new AppError('IO_ERROR', exportText.verify.unreadable);
  }
  const signatures = await checkSignatures(core, data);
  const signed = signatures.length > 0;
  const allGood = signatures.every((c) => c.valid && c.unchanged);
  const sentences = signatures.map((c) => c.summary).join(' ');
  if (isPdf(data)) {
    if (!signed) return { ...unknownResult(signingText.check.noSignature), signatures };
    return { ...unknownResult(`${sentences} ${signingText.meaning}`), status: allGood ? 'uaendret' : 'aendret', signatures };
  }
  const local = await verifyLocalDocx(core, path, data);
  if (!signed) return { ...local, signatures };
  // A file from another installation is judged by its signatures; a file made here by both checks.
  const status = local.status === 'ukendt' ? (allGood ? 'uaendret' : 'aendret') : local.status === 'uaendret' && !allGood ? 'aendret' : local.status;
  return { ...local, status, message: `${local.message} ${sentences}`, signatures };
}

function unknownResult(message: string): VerifyResult {
  return { status: 'ukendt', message, documentId: null, kind: null, version: null, meetingTitle: null, exportedAt: null, sealedAt: null, differences: [], draft: false, supersededBy: null };
}

/** The database check of a .docx made by this installation: the registered face, version and seal. */
async function verifyLocalDocx(core: Core, path: string, data: Buffer): Promise<VerifyResult> {
  const unknown = unknownResult;
  let content;
  try {
    content = await readDocx(data);
  } catch {
    return unknown(exportText.verify.notWord(basename(path)));
  }
  const documentId = content.properties['TovholderDokumentId'] ?? /Dokument-id: (TH-[A-Z0-9-]+)/.exec(content.paragraphs.join('\n'))?.[1] ?? null;
  if (!documentId) return unknown(exportText.verify.noDocumentId);
  const rows = stmt(core.db, 'SELECT * FROM documents WHERE document_id = ? ORDER BY created_at DESC').all(documentId) as DocumentRow[];
  if (rows.length === 0) return { ...unknown(exportText.verify.unknownId(documentId)), documentId };

  const face = faceOf(content);
  const legacyText = textFingerprint(content.paragraphs);
  // Rows registered before migration 0130 only know the plain text fingerprint.
  const scored = rows.map((r) => ({ row: r, diff: r.face ? differences(face, r.face) : r.text_sha256 === legacyText ? [] : (['tekst'] as VerifyDifference[]) }));
  const best = scored.reduce((a, b) => (b.diff.length < a.diff.length ? b : a));
  const ref = best.row;
  const versionOf = (v: number) => stmt(core.db, 'SELECT version, status, seal, sealed_at, created_at, correction_reason FROM referat_versions WHERE meeting_id = ? AND version = ?').get(ref.meeting_id, v) as VersionInfo | undefined;
  const meeting = ref.meeting_id ? meetingsTable.byId(core.db, ref.meeting_id) : undefined;
  const version = ref.referat_version !== null && ref.meeting_id ? versionOf(ref.referat_version) : undefined;
  const exportedStatus = ref.face ? (JSON.parse(ref.face) as RegisteredFace).status : ref.seal ? 'forseglet' : null;
  // The seal the file may show is the one its version had when the file was made: none for a draft.
  const diff = [...best.diff];
  if (sealDiffers(sealMentions(content), ref.seal)) diff.push('segl');
  const newer = ref.referat_version !== null && ref.meeting_id
    ? (stmt(core.db, 'SELECT version, status, seal, sealed_at, created_at, correction_reason FROM referat_versions WHERE meeting_id = ? AND version > ? ORDER BY version DESC LIMIT 1').get(ref.meeting_id, ref.referat_version) as VersionInfo | undefined)
    : undefined;
  const draft = exportedStatus === 'udkast';
  const base = {
    documentId,
    kind: ref.kind,
    version: ref.referat_version,
    meetingTitle: meeting ? `${meeting.title}, ${formatLongDate(meeting.date)}` : null,
    exportedAt: ref.created_at,
    sealedAt: draft ? null : (version?.sealed_at ?? null),
    draft,
    supersededBy: newer ? newer.version : null,
  };
  const newerNote = newer
    ? exportText.verify.superseded(ref.referat_version, newer.version, formatLongDate(newer.created_at.slice(0, 10)), newer.correction_reason)
    : '';
  if (diff.length === 0) {
    let what = '';
    if (draft) {
      what = exportText.verify.draft(ref.referat_version, version?.status === 'forseglet' ? formatTimestamp(version.sealed_at!) : null);
    } else if (ref.seal) what = coreText.verify.sealedVersion(ref.referat_version, ref.seal.slice(0, 16));
    else if (ref.referat_version !== null) what = exportText.verify.approvedNotSealed(ref.referat_version, exportedStatus === 'godkendt');
    return { ...base, differences: [], status: 'uaendret', message: `${coreText.verify.unchanged(formatTimestamp(ref.created_at), what)}${newerNote}` };
  }
  return {
    ...base,
    differences: diff,
    status: 'aendret',
    message: `${coreText.verify.altered(documentId, ref.referat_version, joinWords(diff.map((d) => DIFFERENCE_WORDS[d])))}${newerNote}`,
  };
}

export async function verifyDocument(core: Core): Promise<VerifyResult | null> {
  const path = await core.opts.dialogs.openFile({ title: exportText.verify.chooseWord, filters: [{ name: exportText.verify.wordFilter, extensions: ['docx', 'pdf'] }] });
  if (!path) return null;
  return verifyDocumentFile(core, path);
}

/**
 * PDF through Chromium: the app renders its print view (webContents.printToPDF), and the print view shows the same
 * checked model as the Word file. The model is built here first, so a refused export (privacy guard, CPR) is refused
 * before anything is rendered, and the warnings come back as they do for Word.
 */
export async function exportPdf(core: Core, input: { meetingId: string; doc: 'referat' | 'overgangsskema' | 'uddrag'; childId?: string | undefined; unsigned?: boolean | undefined }) {
  const { model, meeting } = buildDocumentModel(core, { meetingId: input.meetingId, kind: input.doc, childId: input.childId });
  if (!core.opts.printToPdf) {
    throw new AppError('CONFLICT', exportText.verify.pdfInApp);
  }
  let pdf = await core.opts.printToPdf(printRoute(model));
  // A sealed document's PDF carries one PAdES B-B signature, the document signature (the chair's, else the
  // exporter's). „Gem som PDF uden signatur“ leaves it out, for signing elsewhere (NemLog-in, a signing service).
  const plan = model.status === 'forseglet' && !input.unsigned ? signingPlan(core, meeting, model.state) : null;
  const signer = plan?.signers[0];
  if (signer) {
    const org = getOrganisation(core.db);
    pdf = await signPdf(pdf, signer, { signedAt: core.now(), signerName: signer.name, reason: signingText.sign.pdfReason(model.documentId), location: org.kommune });
  }
  const path = await core.opts.dialogs.saveFile({
    title: exportText.dialogs.savePdf,
    defaultName: model.fileName.replace(/\.docx$/, '.pdf'),
    filters: [{ name: exportText.dialogs.pdfFilter, extensions: ['pdf'] }],
  });
  if (!path) return null;
  writeFileAtomic(path, pdf);
  core.db.transaction(() => audit(core, 'export.document', 'meeting', model.meetingId, `Gemte ${input.doc} ${model.documentId} som PDF`))();
  return { path, bytes: pdf.length, documentId: model.documentId, warnings: model.warnings, signedBy: signer ? [signer.name] : [], unsignedNote: plan && !signer ? signingText.sign.noIdentityWarning : null };
}

/** The print view's route for a model: the view asks the core for the same model (`export.model`). */
export function printRoute(model: Pick<DocumentModel, 'meetingId' | 'kind' | 'childId'>): string {
  return `#/moede/${model.meetingId}/udskriv/${model.kind}${model.kind === 'uddrag' && model.childId ? `/${model.childId}` : ''}`;
}
