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
import { referatSignersText as ST } from '../../../shared/text/referatSigners';
import { lowerFirst } from '../../../shared/referat/referatText';
import type { RequiredSigner } from '../../../shared/schemas/referat';
import { allowedActions, assertAllowed, type ReferatFacts } from './referatRules';
import { acceptedLabels, addedSigners, requiredSigners, samePerson } from './signers';

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

/** What the referat rules look at now (referatRules.ts), with the signing plan they were computed from. */
function referatFacts(ctx: Ctx, meetingId: string): { facts: ReferatFacts; detail: MeetingDetail; latest: VersionRow | null; signatures: Signature[]; signers: RequiredSigner[] } {
  const m = getMeetingRow(ctx.db, meetingId);
  const latest = latestVersion(ctx, meetingId);
  const detail = getMeetingDetail(ctx.db, meetingId, todayIso(ctx));
  const signatures = latest ? signaturesOf(ctx, latest.id) : [];
  const signers = requiredSigners(ctx.db, detail, latest?.id ?? null, signatures);
  return {
    facts: {
      policy: meetingTemplate(m).referatPolicy,
      meetingStatus: m.status,
      status: latest?.status ?? null,
      missing: signers.filter((s) => !s.signed).map((s) => s.suggestedName ?? s.label),
      signatureCount: signatures.length,
      addedCount: signers.filter((s) => s.addedId !== null).length,
    },
    detail,
    latest,
    signatures,
    signers,
  };
}

export function getReferatState(ctx: Ctx, meetingId: string): ReferatState {
  const { facts, detail, latest, signatures, signers } = referatFacts(ctx, meetingId);
  const rows = stmt(ctx.db, 'SELECT * FROM referat_versions WHERE meeting_id = ? ORDER BY version').all(meetingId) as VersionRow[];
  return {
    meetingId,
    policy: facts.policy,
    versions: rows.map(toVersion),
    current: latest ? toVersion(latest) : null,
    body: latest ? storedBody(latest.body) : null,
    signatures,
    requiredSigners: signers,
    allowed: allowedActions(facts),
    meetingStatus: facts.meetingStatus,
    suggestedApprover: detail.participants.find((p) => p.personId === detail.chairId)?.name ?? null,
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
    const { facts, latest, detail } = referatFacts(ctx, meetingId);
    assertAllowed('generate', facts);
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
    const { facts } = referatFacts(ctx, meetingId);
    assertAllowed('edit', facts);
    const latest = requireLatest(ctx, meetingId);
    for (const it of body.items) {
      if (it.anonymous) assertAnonymousFields(ctx.db, referatItemFields(it).map((f) => ({ ...f, field: `${f.field}.${it.number}` })));
    }
    stmt(ctx.db, 'UPDATE referat_versions SET body = ? WHERE id = ?').run(JSON.stringify(body), latest.id);
  })();
  return getReferatState(ctx, meetingId);
}

export function approveReferat(ctx: Ctx, meetingId: string, approvedBy: string): ReferatState {
  ctx.db.transaction(() => {
    const { facts } = referatFacts(ctx, meetingId);
    assertAllowed('approve', facts);
    const latest = requireLatest(ctx, meetingId);
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
    const { facts } = referatFacts(ctx, meetingId);
    assertAllowed('withdraw', facts);
    const latest = requireLatest(ctx, meetingId);
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
    const { facts, signers } = referatFacts(ctx, input.meetingId);
    assertAllowed('sign', facts);
    const latest = requireLatest(ctx, input.meetingId);
    if (input.method === 'tegnet' && !input.imageDataUrl) throw new AppError('INVALID_INPUT', RM.drawFirst, 'imageDataUrl');
    // One person in several roles signs once, for all of them: a second signature in a covered role is refused.
    const row = signers.find((s) => acceptedLabels(s).includes(input.signerLabel) && s.signed && s.suggestedName !== null && samePerson(s, { personId: null, name: input.name }));
    if (row) {
      const earlier = signaturesOf(ctx, latest.id).find((s) => acceptedLabels(row).includes(s.signerLabel) && samePerson(row, { personId: null, name: s.name }));
      throw new AppError('CONFLICT', RM.alreadySigned(input.name, row.label.toLowerCase(), earlier ? formatTimestamp(earlier.signedAt) : ''), 'name');
    }
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
    const { facts, signatures } = referatFacts(ctx, meetingId);
    assertAllowed('seal', facts);
    const latest = requireLatest(ctx, meetingId);
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
    const { facts } = referatFacts(ctx, meetingId);
    assertAllowed('correct', facts);
    const latest = requireLatest(ctx, meetingId);
    const m = getMeetingRow(ctx.db, meetingId);
    const version = latest.version + 1;
    const id = newId();
    stmt(
      ctx.db,
      `INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, correction_reason, created_at)
       VALUES (?, ?, ?, 'udkast', ?, ?, ?, ?)`,
    ).run(id, meetingId, version, carryDocumentId(latest.body, latest.document_id, documentIdFor(meetingId, m.date, version)), documentIdFor(meetingId, m.date, version), reason, nowTs(ctx));
    // The signers the chair added sign the corrected version too.
    stmt(
      ctx.db,
      `INSERT INTO referat_added_signers (id, referat_version_id, label, name, person_id, added_at, added_by)
       SELECT lower(hex(randomblob(16))), ?, label, name, person_id, added_at, added_by FROM referat_added_signers WHERE referat_version_id = ?`,
    ).run(id, latest.id);
    audit(ctx, 'referat.correct', 'meeting', meetingId, `Oprettede version ${version} af referatet`);
  })();
  return getReferatState(ctx, meetingId);
}

/** The chair adds a signer – a parent, PPR, anyone who should sign – to the newest version before it is sealed. */
export function addSigner(ctx: Ctx, input: { meetingId: string; label: string; name: string; personId: string | null }): ReferatState {
  ctx.db.transaction(() => {
    const { facts, signers } = referatFacts(ctx, input.meetingId);
    assertAllowed('addSigner', facts);
    const latest = requireLatest(ctx, input.meetingId);
    if (input.personId && !stmt(ctx.db, 'SELECT 1 FROM people WHERE id = ?').get(input.personId)) throw new AppError('NOT_FOUND', undefined, 'personId');
    const same = signers.find((s) => samePerson(s, input));
    if (same) throw new AppError('CONFLICT', ST.duplicate(same.suggestedName ?? input.name, lowerFirst(same.label)), 'name');
    stmt(
      ctx.db,
      'INSERT INTO referat_added_signers (id, referat_version_id, label, name, person_id, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(newId(), latest.id, input.label, input.name, input.personId, nowTs(ctx), ctx.actor());
    audit(ctx, 'referat.addSigner', 'meeting', input.meetingId, ST.auditAdded(input.label, latest.version));
  })();
  return getReferatState(ctx, input.meetingId);
}

/** Removes a signer the chair added, while nobody has signed the version yet. */
export function removeSigner(ctx: Ctx, input: { meetingId: string; addedId: string }): ReferatState {
  ctx.db.transaction(() => {
    const { facts } = referatFacts(ctx, input.meetingId);
    assertAllowed('removeSigner', facts);
    const latest = requireLatest(ctx, input.meetingId);
    const row = addedSigners(ctx.db, latest.id).find((a) => a.id === input.addedId);
    if (!row) throw new AppError('NOT_FOUND', ST.notAdded, 'addedId');
    stmt(ctx.db, 'DELETE FROM referat_added_signers WHERE id = ?').run(row.id);
    audit(ctx, 'referat.removeSigner', 'meeting', input.meetingId, ST.auditRemoved(row.label, latest.version));
  })();
  return getReferatState(ctx, input.meetingId);
}
