import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { formatLongDate, formatTimestamp } from '../../../shared/format/danishDate';
import type { ExportKind, VerifyResult } from '../../../shared/schemas/documents';
import { coreText } from '../../../shared/text/coreMessages';
import type { Core } from '../app/core';
import { todayIso, nowTs } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { writeFileAtomic } from '../files';
import { newId } from '../ids';
import { audit } from '../audit/auditLog';
import { getMeetingDetail } from '../meetings/meetingDetail';
import { getReferatState } from '../referat/referatService';
import { getOrganisation } from '../settings/organisation';
import { getKommune } from '../settings/kommune';
import { buildDagsordenDocx } from './dagsordenDocx';
import { readDocx, textFingerprint } from './docxText';
import { buildHandleplanDocx } from './handleplanDocx';
import { buildOvergangsskemaDocx, type TrivselLabels } from './overgangsskemaDocx';
import { trivselLabels } from '../../../shared/text/wellbeing';
import { buildReferatDocx } from './referatDocx';
import { checkExport } from './legalBasis';

export interface BuiltDocument {
  warnings: string[];
  buffer: Buffer;
  documentId: string;
  fileName: string;
  kind: ExportKind;
  meetingId: string;
  childId: string | null;
  version: number | null;
  seal: string | null;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
}

/** Builds the document as a Buffer – a pure function of what is stored. No file is written here. */
export async function buildDocument(core: Core, input: { meetingId: string; kind: ExportKind; childId?: string | undefined }): Promise<BuiltDocument> {
  const db = core.db;
  const m = getMeetingDetail(db, input.meetingId, todayIso(core));
  const base = `${slug(m.template.name)}-${m.date}`;
  if (input.kind === 'dagsorden') {
    const org = getOrganisation(db);
    const documentId = `TH-${m.date.replace(/-/g, '')}-${m.id.replace(/-/g, '').slice(0, 8).toUpperCase()}-DAG`;
    const buffer = await buildDagsordenDocx({ m, organisation: org.forvaltning, unit: org.unit, documentId });
    return { buffer, documentId, fileName: `dagsorden-${base}.docx`, kind: 'dagsorden', meetingId: m.id, childId: m.childId, version: null, seal: null, warnings: [] };
  }
  const state = getReferatState(core, m.id);
  const v = state.current;
  const rawBody = state.body;
  if (!v || !rawBody) {
    throw new AppError('CONFLICT', input.kind === 'overgangsskema' ? 'Lav overgangsskemaet under „Referat“ først.' : 'Lav referatet først.');
  }
  const checked = checkExport(core, input.kind, m, rawBody);
  const body = checked.body;
  const common = { meetingId: m.id, version: v.version, seal: v.status === 'forseglet' ? v.seal : null, warnings: checked.warnings };
  switch (input.kind) {
    case 'referat': {
      const buffer = await buildReferatDocx({ body, state, documentId: v.documentId });
      return { ...common, buffer, documentId: v.documentId, fileName: `referat-${base}-v${v.version}.docx`, kind: 'referat', childId: m.childId };
    }
    case 'uddrag': {
      const childId = input.childId;
      if (!childId || !body.items.some((i) => i.childId === childId && !i.anonymous)) {
        throw new AppError('NOT_FOUND', 'Barnet har ikke et punkt i referatet.', 'childId');
      }
      const documentId = `${v.documentId}-U${childId.replace(/-/g, '').slice(0, 6).toUpperCase()}`;
      const buffer = await buildReferatDocx({ body, state, documentId, excerptChildId: childId });
      return { ...common, buffer, documentId, fileName: `uddrag-${base}-v${v.version}.docx`, kind: 'uddrag', childId };
    }
    case 'overgangsskema': {
      if (!body.transition) throw new AppError('TEMPLATE_RULE', 'Kun overgangsmøder har et overgangsskema.');
      const documentId = `${v.documentId}-OVG`;
      const labels: TrivselLabels = trivselLabels(getKommune(db).trivselLabels);
      const buffer = await buildOvergangsskemaDocx({ body, state, documentId, trivselLabels: labels, basisNote: checked.transitionNote });
      return { ...common, buffer, documentId, fileName: `overgangsskema-${m.date}-v${v.version}.docx`, kind: 'overgangsskema', childId: m.childId };
    }
    case 'handleplan': {
      if (!body.handleplan) throw new AppError('TEMPLATE_RULE', 'Denne mødeform har ingen handleplan.');
      const documentId = `${v.documentId}-HP`;
      const buffer = await buildHandleplanDocx({ body, state, documentId });
      return { ...common, buffer, documentId, fileName: `handleplan-${m.date}-v${v.version}.docx`, kind: 'handleplan', childId: m.childId };
    }
  }
}

/** Registers an exported document so that „Kontrollér et dokument" can recognise it later. */
export async function registerDocument(core: Core, doc: BuiltDocument): Promise<{ textSha: string; rowId: string }> {
  const { paragraphs } = await readDocx(doc.buffer);
  const textSha = textFingerprint(paragraphs);
  const rowId = newId();
  core.db.transaction(() => {
    stmt(
      core.db,
      `INSERT INTO documents (id, document_id, kind, meeting_id, child_id, referat_version, seal, text_sha256, file_sha256, file_name, created_at, created_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(rowId, doc.documentId, doc.kind, doc.meetingId, doc.childId, doc.version, doc.seal, textSha, sha256(doc.buffer), doc.fileName, nowTs(core), core.actor());
    audit(core, 'export.document', 'meeting', doc.meetingId, `Eksporterede ${doc.kind} ${doc.documentId}`);
  })();
  return { textSha, rowId };
}

function sha256(b: Buffer): string {
  return createHash('sha256').update(b).digest('hex');
}

/** Builds, asks where to save, writes atomically, registers. Returns null when the user cancels. */
export async function exportDocument(core: Core, input: { meetingId: string; kind: ExportKind; childId?: string | undefined }) {
  const doc = await buildDocument(core, input);
  const path = await core.opts.dialogs.saveFile({
    title: 'Gem Word-dokument',
    defaultName: doc.fileName,
    filters: [{ name: 'Word-dokument', extensions: ['docx'] }],
  });
  if (!path) return null;
  writeFileAtomic(path, doc.buffer);
  await registerDocument(core, doc);
  return { path, bytes: doc.buffer.length, documentId: doc.documentId, warnings: doc.warnings };
}

interface DocumentRow {
  document_id: string;
  kind: string;
  meeting_id: string | null;
  referat_version: number | null;
  seal: string | null;
  text_sha256: string;
  created_at: string;
}

const MAX_VERIFY_BYTES = 50 * 1024 * 1024;

/** Tells whether an exported .docx still says what Tovholder exported (and sealed), or was altered. */
export async function verifyDocumentFile(core: Core, path: string): Promise<VerifyResult> {
  const unknown = (message: string): VerifyResult => ({ status: 'ukendt', message, documentId: null, kind: null, version: null, meetingTitle: null, exportedAt: null, sealedAt: null });
  let data: Buffer;
  try {
    if (statSync(path).size > MAX_VERIFY_BYTES) return unknown('Filen er for stor til at være et Tovholder-dokument.');
    data = readFileSync(path);
  } catch {
    throw new AppError('IO_ERROR', 'Filen kunne ikke læses.');
  }
  let content;
  try {
    content = await readDocx(data);
  } catch {
    return unknown(`„${basename(path)}“ er ikke et Word-dokument.`);
  }
  const documentId = content.properties['TovholderDokumentId'] ?? /Dokument-id: (TH-[A-Z0-9-]+)/.exec(content.paragraphs.join('\n'))?.[1] ?? null;
  if (!documentId) return unknown('Dokumentet er ikke lavet af Tovholder (det har intet dokument-id).');
  const rows = stmt(core.db, 'SELECT * FROM documents WHERE document_id = ? ORDER BY created_at DESC').all(documentId) as DocumentRow[];
  if (rows.length === 0) return { ...unknown(`Dokument-id ${documentId} findes ikke i denne Tovholder.`), documentId };
  const fingerprint = textFingerprint(content.paragraphs);
  const match = rows.find((r) => r.text_sha256 === fingerprint);
  const ref = match ?? rows[0]!;
  const meeting = ref.meeting_id ? (stmt(core.db, 'SELECT title, date FROM meetings WHERE id = ?').get(ref.meeting_id) as { title: string; date: string } | undefined) : undefined;
  const version = ref.referat_version !== null && ref.meeting_id
    ? (stmt(core.db, 'SELECT seal, sealed_at FROM referat_versions WHERE meeting_id = ? AND version = ?').get(ref.meeting_id, ref.referat_version) as { seal: string | null; sealed_at: string | null } | undefined)
    : undefined;
  const claimedSeal = content.properties['TovholderSegl'] || null;
  const sealOk = !claimedSeal || claimedSeal === version?.seal;
  const base = {
    documentId,
    kind: ref.kind,
    version: ref.referat_version,
    meetingTitle: meeting ? `${meeting.title}, ${formatLongDate(meeting.date)}` : null,
    exportedAt: ref.created_at,
    sealedAt: version?.sealed_at ?? null,
  };
  if (match && sealOk) {
    const sealed = match.seal ? coreText.verify.sealedVersion(match.referat_version ?? 0, match.seal.slice(0, 16)) : match.referat_version !== null ? coreText.verify.plainVersion(match.referat_version) : '';
    return { ...base, status: 'uaendret', message: coreText.verify.unchanged(formatTimestamp(match.created_at), sealed) };
  }
  return {
    ...base,
    status: 'aendret',
    message: coreText.verify.altered(documentId, ref.referat_version),
  };
}

export async function verifyDocument(core: Core): Promise<VerifyResult | null> {
  const path = await core.opts.dialogs.openFile({ title: 'Vælg Word-dokument', filters: [{ name: 'Word-dokument', extensions: ['docx'] }] });
  if (!path) return null;
  return verifyDocumentFile(core, path);
}

/** PDF through Chromium: the app renders its own print view (webContents.printToPDF). */
export async function exportPdf(core: Core, input: { meetingId: string; doc: 'referat' | 'overgangsskema' }) {
  if (!core.opts.printToPdf) {
    throw new AppError('CONFLICT', 'PDF laves i Tovholder-programmet. Her: brug „Udskriv“ og vælg „Gem som PDF“ i udskriftsdialogen.');
  }
  const m = getMeetingDetail(core.db, input.meetingId, todayIso(core));
  const state = getReferatState(core, m.id);
  if (!state.current) throw new AppError('CONFLICT', 'Lav referatet først.');
  const pdf = await core.opts.printToPdf(`#/moede/${m.id}/udskriv/${input.doc}`);
  const path = await core.opts.dialogs.saveFile({
    title: 'Gem som PDF',
    defaultName: `${input.doc}-${m.date}-v${state.current.version}.pdf`,
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  });
  if (!path) return null;
  writeFileAtomic(path, pdf);
  core.db.transaction(() => audit(core, 'export.document', 'meeting', m.id, `Gemte ${input.doc} som PDF`))();
  return { path, bytes: pdf.length, documentId: state.current.documentId, warnings: [] as string[] };
}
