import { ReferatBodySchema, type ReferatBody, type ReferatState, type ReferatVersion, type Signature } from '../../../shared/schemas/referat';
import type { Ctx } from '../context';
import { nowTs, todayIso } from '../context';
import { stmt } from '../db/stmt';
import { AppError } from '../errors';
import { newId } from '../ids';
import { audit } from '../audit/auditLog';
import { getMeetingDetail } from '../meetings/meetingDetail';
import { getMeetingRow, meetingTemplate } from '../meetings/meetingRows';
import { getOrganisation, organisationHeader } from '../settings/organisation';
import { headerLine } from '../exports/docxKit';
import { buildReferatBody, transitionFromItems, type ReferatExtras } from './buildReferat';
import { formsOf, getHandleplan, getTransitionForm } from '../meetings/forms';
import { getChildRow } from '../children/childrenRepo';
import { readSetting } from '../settings/settingsRepo';
import type { MeetingDetail } from '../../../shared/schemas/meeting';
import type { Db } from '../db/types';
import { assertAnonymousFields, referatItemFields } from '../privacy/anonymousGuard';
import { cleanSignaturePng } from './signatureImage';
import { computeSeal, sha256Hex } from './seal';
import { freezeParticipantNames } from '../meetings/participantSnapshot';
import { formatTimestamp } from '../../../shared/format/danishDate';
import { referatMessages as RM } from '../../../shared/text/referatMessages';
import * as meetingsTable from '../db/tables/meetings';

interface VersionRow {
  id: string;
  meeting_id: string;
  version: number;
  status: 'udkast' | 'godkendt' | 'forseglet';
  body: string;
  document_id: string;
  correction_reason: string | null;
  approved_at: string | null;
  approved_by: string | null;
  sealed_at: string | null;
  seal: string | null;
  created_at: string;
}

interface SignatureRow {
  id: string;
  signer_label: string;
  name: string;
  role: string;
  method: 'tegnet' | 'navn';
  image: Buffer | null;
  signed_at: string;
}

function toVersion(r: VersionRow): ReferatVersion {
  return {
    version: r.version,
    status: r.status,
    createdAt: r.created_at,
    approvedAt: r.approved_at,
    approvedBy: r.approved_by,
    sealedAt: r.sealed_at,
    seal: r.seal,
    documentId: r.document_id,
    correctionReason: r.correction_reason,
  };
}

function toSignature(r: SignatureRow): Signature {
  return {
    id: r.id,
    signerLabel: r.signer_label,
    name: r.name,
    role: r.role,
    method: r.method,
    imageDataUrl: r.image ? `data:image/png;base64,${r.image.toString('base64')}` : null,
    signedAt: r.signed_at,
  };
}

export function documentIdFor(meetingId: string, date: string, version: number): string {
  return `TH-${date.replace(/-/g, '')}-${meetingId.replace(/-/g, '').slice(0, 8).toUpperCase()}-v${version}`;
}

export function latestVersion(ctx: Ctx, meetingId: string): VersionRow | null {
  return (stmt(ctx.db, 'SELECT * FROM referat_versions WHERE meeting_id = ? ORDER BY version DESC LIMIT 1').get(meetingId) as VersionRow | undefined) ?? null;
}

export function versionRow(ctx: Ctx, meetingId: string, version: number): VersionRow | null {
  return (stmt(ctx.db, 'SELECT * FROM referat_versions WHERE meeting_id = ? AND version = ?').get(meetingId, version) as VersionRow | undefined) ?? null;
}

export function signaturesOf(ctx: Ctx, versionId: string): Signature[] {
  return (stmt(ctx.db, 'SELECT * FROM signatures WHERE referat_version_id = ? ORDER BY signed_at, rowid').all(versionId) as SignatureRow[]).map(toSignature);
}

type RequiredSigner = ReferatState['requiredSigners'][number];

export function requiredSigners(ctx: Ctx, meetingId: string, signatures: Signature[]): RequiredSigner[] {
  const m = getMeetingDetail(ctx.db, meetingId, todayIso(ctx));
  const nameOf = (personId: string | null) => m.participants.find((p) => p.personId === personId)?.name ?? null;
  const entries: Omit<RequiredSigner, 'signed'>[] = [];
  for (const s of m.template.signers) {
    if (s.who === 'parents') {
      const parents = m.participants.filter((p) => p.role === 'foraelder' && p.attendance !== 'afbud' && p.attendance !== 'fravaerende');
      if (parents.length === 0) entries.push({ label: s.label, who: s.who, suggestedName: null });
      for (const p of parents) entries.push({ label: s.label, who: s.who, suggestedName: p.name });
    } else {
      const id = s.who === 'chair' || s.who === 'professional' ? m.chairId : s.who === 'referent' ? m.referentId : m.ownerId;
      entries.push({ label: s.label, who: s.who, suggestedName: nameOf(id) });
    }
  }
  const unused = [...signatures];
  const take = (pred: (s: Signature) => boolean) => {
    const i = unused.findIndex(pred);
    if (i < 0) return false;
    unused.splice(i, 1);
    return true;
  };
  // Named entries first, so an unnamed entry does not swallow a named signer's signature.
  const signed = new Map<number, boolean>();
  entries.forEach((e, i) => {
    if (e.suggestedName) signed.set(i, take((s) => s.signerLabel === e.label && s.name === e.suggestedName));
  });
  entries.forEach((e, i) => {
    if (!signed.get(i)) signed.set(i, take((s) => s.signerLabel === e.label));
  });
  return entries.map((e, i) => ({ ...e, signed: signed.get(i) ?? false }));
}

export function getReferatState(ctx: Ctx, meetingId: string): ReferatState {
  const m = getMeetingRow(ctx.db, meetingId);
  const t = meetingTemplate(m);
  const rows = stmt(ctx.db, 'SELECT * FROM referat_versions WHERE meeting_id = ? ORDER BY version').all(meetingId) as VersionRow[];
  const current = rows[rows.length - 1] ?? null;
  const signatures = current ? signaturesOf(ctx, current.id) : [];
  return {
    meetingId,
    policy: t.referatPolicy,
    versions: rows.map(toVersion),
    current: current ? toVersion(current) : null,
    body: current ? storedBody(current.body) : null,
    signatures,
    requiredSigners: requiredSigners(ctx, meetingId, signatures),
  };
}

/** A stored referat body, checked: a damaged one is refused with a Danish message rather than half-rendered. */
function storedBody(json: string): ReferatBody {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new AppError('RECORD_DAMAGED');
  }
  const parsed = ReferatBodySchema.safeParse(raw);
  if (!parsed.success) throw new AppError('RECORD_DAMAGED');
  return parsed.data;
}

/** The forms that travel with the referat: the overgangsskema and the handleplan, with the child's details. */
function referatExtras(db: Db, m: MeetingDetail, documentId: string): ReferatExtras {
  const extras: ReferatExtras = {};
  if (!m.childId) return extras;
  const kinds = formsOf(db, m.id);
  const child = getChildRow(db, m.childId);
  if (kinds.includes('overgangsskema')) {
    const form = getTransitionForm(db, m.id);
    const cprAllowed = readSetting<{ cprEnabled?: boolean }>(db, 'kommune')?.cprEnabled === true;
    extras.transition = {
      childName: child.name,
      birthDate: child.birth_date,
      cpr: cprAllowed && form.includeCpr ? child.cpr : null,
      transitionLabel: m.template.variant ?? m.template.name,
      form,
      ...transitionFromItems(m),
      schoolNote: m.template.transition === 'boernehave-skole',
    };
  }
  if (kinds.includes('handleplan')) {
    extras.handleplan = { childName: child.name, birthDate: child.birth_date, plan: getHandleplan(db, m.id) };
    extras.handleplanDocumentId = `${documentId}-HP`;
  }
  return extras;
}

/** Creates (or refreshes) the draft from what was recorded in the meeting. */
export function generateReferat(ctx: Ctx, meetingId: string): ReferatState {
  const db = ctx.db;
  db.transaction(() => {
    const m = getMeetingRow(db, meetingId);
    const t = meetingTemplate(m);
    if (t.referatPolicy === 'intet') throw new AppError('CONFLICT', RM.confidential);
    if (m.status === 'planlagt' || m.status === 'indkaldt' || m.status === 'aflyst') {
      throw new AppError('CONFLICT', RM.notStarted);
    }
    const latest = latestVersion(ctx, meetingId);
    if (latest && latest.status !== 'udkast') {
      throw new AppError('CONFLICT', RM.approvedUseCorrection);
    }
    const detail = getMeetingDetail(db, meetingId, todayIso(ctx));
    const documentId = latest?.document_id ?? documentIdFor(meetingId, m.date, 1);
    const body = buildReferatBody(detail, organisationHeader(db), referatExtras(db, detail, documentId));
    if (latest) {
      stmt(db, 'UPDATE referat_versions SET body = ? WHERE id = ?').run(JSON.stringify(body), latest.id);
    } else {
      stmt(
        db,
        `INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, created_at)
         VALUES (?, ?, 1, 'udkast', ?, ?, ?)`,
      ).run(newId(), meetingId, JSON.stringify(body), documentIdFor(meetingId, m.date, 1), nowTs(ctx));
    }
  })();
  return getReferatState(ctx, meetingId);
}

function requireLatest(ctx: Ctx, meetingId: string): VersionRow {
  const latest = latestVersion(ctx, meetingId);
  if (!latest) throw new AppError('CONFLICT', RM.noReferat);
  return latest;
}

export function updateReferat(ctx: Ctx, meetingId: string, body: ReferatBody): ReferatState {
  ctx.db.transaction(() => {
    const latest = requireLatest(ctx, meetingId);
    if (latest.status === 'forseglet') throw new AppError('SEALED');
    if (latest.status === 'godkendt') throw new AppError('CONFLICT', RM.approvedNoEdit);
    for (const it of body.items) {
      if (it.anonymous) assertAnonymousFields(ctx.db, referatItemFields(it).map((f) => ({ ...f, field: `${f.field}.${it.number}` })));
    }
    stmt(ctx.db, 'UPDATE referat_versions SET body = ? WHERE id = ?').run(JSON.stringify(body), latest.id);
  })();
  return getReferatState(ctx, meetingId);
}

export function approveReferat(ctx: Ctx, meetingId: string, approvedBy: string): ReferatState {
  ctx.db.transaction(() => {
    const latest = requireLatest(ctx, meetingId);
    if (latest.status !== 'udkast') throw new AppError('CONFLICT', RM.alreadyApproved);
    // Approval freezes the meeting; a meeting still running would be frozen half-way.
    if (getMeetingRow(ctx.db, meetingId).status === 'i_gang') throw new AppError('CONFLICT', RM.stillRunning);
    stmt(ctx.db, "UPDATE referat_versions SET status = 'godkendt', approved_at = ?, approved_by = ? WHERE id = ?").run(nowTs(ctx), approvedBy, latest.id);
    freezeParticipantNames(ctx.db, meetingId, nowTs(ctx));
    audit(ctx, 'referat.approve', 'meeting', meetingId, `Godkendte referat version ${latest.version}`);
  })();
  return getReferatState(ctx, meetingId);
}

/**
 * Withdrawing an approval (issue 11, item 4): the approved, not yet sealed version becomes a draft again, so the meeting
 * can be changed. The signatures made on the approved text are removed, since they no longer cover what will be approved.
 * The reason, the former approval and the number of signatures removed are kept, and the withdrawal is logged.
 */
export function withdrawApproval(ctx: Ctx, meetingId: string, reason: string): ReferatState {
  ctx.db.transaction(() => {
    const latest = requireLatest(ctx, meetingId);
    if (latest.status === 'forseglet') throw new AppError('SEALED', RM.sealedNoWithdraw);
    if (latest.status !== 'godkendt') throw new AppError('CONFLICT', RM.nothingToWithdraw);
    const removed = stmt(ctx.db, 'DELETE FROM signatures WHERE referat_version_id = ?').run(latest.id).changes;
    stmt(
      ctx.db,
      `INSERT INTO approval_withdrawals (id, referat_version_id, reason, approved_at, approved_by, signatures_removed, withdrawn_at, withdrawn_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(newId(), latest.id, reason, latest.approved_at, latest.approved_by, removed, nowTs(ctx), ctx.actor());
    stmt(ctx.db, "UPDATE referat_versions SET status = 'udkast', approved_at = NULL, approved_by = NULL WHERE id = ?").run(latest.id);
    audit(
      ctx,
      'referat.withdrawApproval',
      'meeting',
      meetingId,
      `Trak godkendelsen af referat version ${latest.version} tilbage${removed > 0 ? ` (${removed} underskrift${removed === 1 ? '' : 'er'} fjernet)` : ''}`,
    );
  })();
  return getReferatState(ctx, meetingId);
}

export function signReferat(
  ctx: Ctx,
  input: { meetingId: string; signerLabel: string; name: string; role: string; method: 'tegnet' | 'navn'; imageDataUrl: string | null },
): ReferatState {
  ctx.db.transaction(() => {
    const latest = requireLatest(ctx, input.meetingId);
    if (latest.status === 'udkast') throw new AppError('NOT_APPROVED');
    if (latest.status === 'forseglet') throw new AppError('SEALED');
    if (input.method === 'tegnet' && !input.imageDataUrl) throw new AppError('INVALID_INPUT', RM.drawFirst, 'imageDataUrl');
    const image = input.method === 'tegnet' && input.imageDataUrl ? cleanSignaturePng(Buffer.from(input.imageDataUrl.split(',')[1] ?? '', 'base64')) : null;
    // A signer signs a version once (the unique index signatures_once holds the same line).
    const earlier = stmt(ctx.db, 'SELECT signed_at FROM signatures WHERE referat_version_id = ? AND signer_label = ? AND name = ?').get(latest.id, input.signerLabel, input.name) as
      | { signed_at: string }
      | undefined;
    if (earlier) {
      throw new AppError('CONFLICT', RM.alreadySigned(input.name, input.signerLabel.toLowerCase(), formatTimestamp(earlier.signed_at)), 'name');
    }
    stmt(
      ctx.db,
      'INSERT INTO signatures (id, referat_version_id, signer_label, name, role, method, image, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(newId(), latest.id, input.signerLabel, input.name, input.role, input.method, image, nowTs(ctx));
    audit(ctx, 'referat.sign', 'meeting', input.meetingId, RM.auditSigned(input.signerLabel, latest.version));
  })();
  return getReferatState(ctx, input.meetingId);
}

/**
 * What the seal covers: the text, who approved it, every signature, and what a reader of the sealed referat sees
 * around the text – the header line, the footer with the document id (the seal value itself cannot be part of
 * its own input), the status marks (none: a sealed referat says no UDKAST) and the SHA-256 of every embedded
 * signature image, the same bytes the Word file holds in word/media.
 */
export function sealContent(
  v: { document_id: string; meeting_id: string; version: number; body: string; approved_at: string | null; approved_by: string | null },
  signatures: Signature[],
  kommune: string,
) {
  const body = JSON.parse(v.body) as ReferatBody;
  const imageHash = (s: Signature) => (s.imageDataUrl ? sha256Hex(Buffer.from(s.imageDataUrl.split(',')[1] ?? '', 'base64')) : null);
  return {
    documentId: v.document_id,
    meetingId: v.meeting_id,
    version: v.version,
    body,
    approvedAt: v.approved_at,
    approvedBy: v.approved_by,
    signatures: signatures.map((s) => ({
      signerLabel: s.signerLabel,
      name: s.name,
      role: s.role,
      method: s.method,
      signedAt: s.signedAt,
      image: imageHash(s),
    })),
    face: {
      header: headerLine({ kommune: body.kommune ?? kommune, organisation: body.organisation, unit: body.unit }),
      footer: `Dokument-id: ${v.document_id} · Segl`,
      marks: [] as string[],
      images: signatures.map(imageHash).filter((h): h is string => h !== null).sort(),
    },
  };
}

export function sealReferat(ctx: Ctx, meetingId: string): ReferatState {
  ctx.db.transaction(() => {
    const latest = requireLatest(ctx, meetingId);
    if (latest.status === 'udkast') throw new AppError('NOT_APPROVED', RM.approveBeforeSeal);
    if (latest.status === 'forseglet') throw new AppError('SEALED', RM.alreadySealed);
    const signatures = signaturesOf(ctx, latest.id);
    const missing = requiredSigners(ctx, meetingId, signatures).filter((s) => !s.signed);
    if (missing.length > 0) {
      throw new AppError('SIGNATURES_MISSING', RM.signaturesMissing(missing.map((s) => s.suggestedName ?? s.label).join(', ')));
    }
    const seal = computeSeal(sealContent(latest, signatures, getOrganisation(ctx.db).kommune));
    stmt(ctx.db, "UPDATE referat_versions SET status = 'forseglet', sealed_at = ?, seal = ? WHERE id = ?").run(nowTs(ctx), seal, latest.id);
    meetingsTable.update(ctx.db, meetingId, { status: 'godkendt' }, nowTs(ctx));
    audit(ctx, 'referat.seal', 'meeting', meetingId, `Forseglede referat version ${latest.version}`);
  })();
  return getReferatState(ctx, meetingId);
}

/** A corrected version's handleplan is exported under the new version's id, so the body's pointer follows it. */
function carryDocumentId(body: string, from: string, to: string): string {
  return body.split(`${from}-HP`).join(`${to}-HP`);
}

/** A correction is a new version with a reason; the sealed version stays readable and unchanged. */
export function correctReferat(ctx: Ctx, meetingId: string, reason: string): ReferatState {
  ctx.db.transaction(() => {
    const latest = requireLatest(ctx, meetingId);
    if (latest.status === 'udkast') throw new AppError('CONFLICT', RM.draftEditDirectly);
    const m = getMeetingRow(ctx.db, meetingId);
    const version = latest.version + 1;
    stmt(
      ctx.db,
      `INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, correction_reason, created_at)
       VALUES (?, ?, ?, 'udkast', ?, ?, ?, ?)`,
    ).run(newId(), meetingId, version, carryDocumentId(latest.body, latest.document_id, documentIdFor(meetingId, m.date, version)), documentIdFor(meetingId, m.date, version), reason, nowTs(ctx));
    audit(ctx, 'referat.correct', 'meeting', meetingId, `Oprettede version ${version} af referatet`);
  })();
  return getReferatState(ctx, meetingId);
}
