import JSZip from 'jszip';
import { RETENTION_KINDS, type RetentionKind } from '../../../shared/schemas/settings';
import type { ReferatBody } from '../../../shared/schemas/referat';
import type { Core } from '../app/core';
import type { Ctx } from '../context';
import { nowTs, todayIso } from '../context';
import { withDeletionGrant } from '../db/deletionGrant';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { removeSafetyCopiesBefore } from '../db/safetyCopies';
import { AppError } from '../errors';
import { writeFileAtomic } from '../files';
import { audit } from '../audit/auditLog';
import { getKommune } from '../settings/kommune';
import { childDocuments } from '../children/childDocuments';
import { formatLongDate, formatTimestamp } from '../../../shared/format/danishDate';
import { newId } from '../ids';
import { childFingerprint, deletionInventory, type InventoryCategory } from './inventory';
import { childText } from '../../../shared/text/childRecords';
import * as childrenTable from '../db/tables/children';
import * as peopleTable from '../db/tables/people';
import * as decisionsTable from '../db/tables/decisions';
import * as followupsTable from '../db/tables/followups';

function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface RetentionCandidate {
  childId: string;
  childName: string;
  leftAt: string;
  due: RetentionKind[];
  /** The newest journaliseringspakke, and whether it was made after the last change to the child's records. */
  packageAt: string | null;
  packageCurrent: boolean;
  /** What the deletion removes, category by category, and how the package holds each. */
  categories: { key: string; label: string; count: number; held: InventoryCategory['held'] }[];
  /** Things to look at before deleting, e.g. a meeting planned after the child's stop date. */
  flags: string[];
}

function latestPackage(db: Db, childId: string): { fingerprint: string; created_at: string } | null {
  return (stmt(db, 'SELECT fingerprint, created_at FROM journal_packages WHERE child_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(childId) as
    | { fingerprint: string; created_at: string }
    | undefined) ?? null;
}

/** Meetings about the child dated after the stop date (not cancelled): a record that should not exist, or a wrong stop date. */
export function meetingsAfterLeaving(db: Db, childId: string, leftAt: string): { title: string; date: string }[] {
  return stmt(
    db,
    `SELECT title, date FROM meetings
      WHERE (child_id = @c OR id IN (SELECT meeting_id FROM agenda_items WHERE child_id = @c)) AND date > @left AND status != 'aflyst'
      ORDER BY date`,
  ).all({ c: childId, left: leftAt }) as { title: string; date: string }[];
}

/** Children whose deletion periods (kommune setting, months after leaving) have run out, per record type. */
export function retentionCandidates(ctx: Ctx): RetentionCandidate[] {
  const today = todayIso(ctx);
  const months = getKommune(ctx.db).retentionMonths;
  const rows = childrenTable.left(ctx.db);
  return rows
    .map((r) => ({ r, due: RETENTION_KINDS.filter((k) => months[k] !== null && addMonths(r.left_at, months[k]!) <= today) }))
    .filter(({ due }) => due.length > 0)
    .map(({ r, due }) => {
      const pkg = latestPackage(ctx.db, r.id);
      return {
        childId: r.id,
        childName: r.name,
        leftAt: r.left_at,
        due,
        packageAt: pkg?.created_at ?? null,
        packageCurrent: !!pkg && pkg.fingerprint === childFingerprint(ctx.db, r.id),
        categories: deletionInventory(ctx.db, r.id, due).map(({ key, label, count, held }) => ({ key, label, count, held })),
        flags: meetingsAfterLeaving(ctx.db, r.id, r.left_at).map(
          (m) => R.meetingAfterLeaving(m.title, formatLongDate(m.date), formatLongDate(r.left_at)),
        ),
      };
    });
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const HELD_LABELS: Record<InventoryCategory['held'], string> = childText.retention.heldLabels;
const R = childText.retention;

function packageIndex(childName: string, madeAt: string, categories: InventoryCategory[], docs: { fileName: string; documentId: string }[], skipped: string[]): string {
  const section = (c: InventoryCategory) =>
    `<h2>${esc(c.label)} (${c.count})</h2><p>${R.inPackage(HELD_LABELS[c.held])}${c.reason ? `. ${esc(c.reason)}` : ''}</p>${
      c.lines.length ? `<ul>${c.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : `<p>${R.none}</p>`
    }`;
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${esc(R.packageTitle(childName))}</title>
<style>body{font-family:Calibri,Carlito,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.5}h1,h2{margin-top:1.5rem}</style></head><body>
<h1>${esc(R.packageTitle(childName))}</h1>
<p>${esc(R.packageIntro(formatTimestamp(madeAt)))}</p>
${categories.map(section).join('\n')}
<h2>${R.packageDocuments(docs.length)}</h2>${docs.length ? `<ul>${docs.map((d) => `<li>${esc(d.fileName)} (${esc(d.documentId)})</li>`).join('')}</ul>` : `<p>${R.none}</p>`}
${skipped.length ? `<h2>${R.packageSkipped}</h2><ul>${skipped.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}
</body></html>`;
}

/** A journaliseringspakke: the child's documents and a JSON manifest with case number and KLE fields. */
export async function journalPackage(core: Core, childId: string, fields: { sagsnummer: string; kle: string }): Promise<{ path: string; bytes: number } | null> {
  const child = childrenTable.byId(core.db, childId);
  if (!child) throw new AppError('NOT_FOUND', R.childNotFound);
  const { docs, skipped } = await childDocuments(core, childId);
  const due = retentionCandidates(core).find((c) => c.childId === childId)?.due ?? ['barn'];
  const categories = deletionInventory(core.db, childId, due);
  const fingerprint = childFingerprint(core.db, childId);
  const madeAt = nowTs(core);
  const zip = new JSZip();
  for (const d of docs) zip.file(d.fileName, d.buffer);
  zip.file('oversigt.html', packageIndex(child.name, madeAt, categories, docs, skipped));
  const manifest = {
    format: 'tovholder-journaliseringspakke',
    version: 1,
    oprettet: nowTs(core),
    oprettetAf: core.actor(),
    sagsnummer: fields.sagsnummer,
    kle: fields.kle,
    barn: { navn: child.name, foedselsdato: child.birth_date },
    dokumenter: docs.map((d) => ({ fil: d.fileName, dokumentId: d.documentId, type: d.kind, version: d.version, segl: d.seal })),
    oversigt: 'oversigt.html',
    kategorier: categories.map((c) => ({ kategori: c.key, navn: c.label, antal: c.count, medtaget: c.held, ...(c.reason ? { grund: c.reason } : {}) })),
    ikkeMedtaget: [
      ...categories.filter((c) => c.held === 'udeladt').map((c) => `${c.label}: ${c.reason ?? ''}`),
      ...skipped,
    ],
    fingeraftryk: fingerprint,
  };
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const path = await core.opts.dialogs.saveFile({ title: childText.dialogs.saveJournalPackage, defaultName: `journaliseringspakke-${fields.sagsnummer || 'uden-sagsnummer'}.zip`.replace(/[^\w.-]+/g, '-'), filters: [{ name: childText.dialogs.zipFilter, extensions: ['zip'] }] });
  if (!path) return null;
  writeFileAtomic(path, buf);
  core.db.transaction(() => {
    stmt(core.db, 'INSERT INTO journal_packages (id, child_id, fingerprint, categories, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(
      newId(),
      childId,
      fingerprint,
      JSON.stringify(manifest.kategorier),
      madeAt,
      core.actor(),
    );
    audit(core, 'export.document', 'child', childId, R.auditPackage(docs.length, categories.length));
  })();
  return { path, bytes: buf.length };
}

function redactBodies(db: Db, childId: string, part: 'item' | 'handleplan', at: string): number {
  const rows = stmt(db, 'SELECT id, body FROM referat_versions').all() as { id: string; body: string }[];
  let n = 0;
  for (const r of rows) {
    const body = JSON.parse(r.body) as ReferatBody;
    let changed = false;
    if (part === 'item' && body.items.some((i) => i.childId === childId)) {
      body.items = body.items.map((i) =>
        i.childId === childId
          ? { ...i, childId: null, childLabel: R.deletedLabel, anonymous: true, text: R.deletedText, sections: [], decisions: [], followups: [], outcome: null, guests: [], purpose: [] }
          : i,
      );
      changed = true;
    }
    if (part === 'handleplan' && body.handleplan) {
      const owner = stmt(db, 'SELECT 1 FROM referat_versions v JOIN meetings m ON m.id = v.meeting_id WHERE v.id = ? AND m.child_id = ?').get(r.id, childId);
      if (owner) {
        delete body.handleplan;
        changed = true;
      }
    }
    if (changed) {
      stmt(db, 'UPDATE referat_versions SET body = ?, redacted_at = ? WHERE id = ?').run(JSON.stringify(body), at, r.id);
      n++;
    }
  }
  return n;
}

/** The child's items in meetings about several children become anonymous shells; their content is gone. */
function redactItems(db: Db, childId: string): number {
  const items = stmt(db, 'SELECT i.id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.child_id = ? AND (m.child_id IS NULL OR m.child_id != ?)').all(childId, childId) as { id: string }[];
  for (const { id } of items) {
    decisionsTable.removeForItem(db, id);
    followupsTable.removeForItem(db, id);
    stmt(db, 'DELETE FROM preparation_entries WHERE item_id = ?').run(id);
    stmt(db, "UPDATE agenda_items SET child_id = NULL, kind = 'anonym', anon_label = 'Slettet efter slettefrist', notes = '', description = '', outcome_note = '', outcome = NULL, data = '{}', basis = NULL WHERE id = ?").run(id);
  }
  return items.length;
}

/**
 * Deletes what is due for one child – for real: secure_delete overwrites the freed pages, the WAL is checkpointed
 * and truncated and the file vacuumed. The audit log records that it happened, never what was deleted.
 */
export function deleteDue(ctx: Ctx, childId: string, reason?: string): { deleted: RetentionKind[]; meetings: number; items: number } {
  const db = ctx.db;
  const candidate = retentionCandidates(ctx).find((c) => c.childId === childId);
  if (!candidate) throw new AppError('CONFLICT', R.nothingDue);
  // Nothing is deleted that a journaliseringspakke does not hold – unless the user says why, and that is logged.
  const why = reason?.trim() ?? '';
  if (!candidate.packageCurrent && why.length < 10) {
    throw new AppError(
      'CONFIRM_NEEDED',
      candidate.packageAt
        ? R.packageOutdated(formatTimestamp(candidate.packageAt))
        : R.noPackage,
      'reason',
    );
  }
  const due = new Set<RetentionKind>(candidate.due.includes('barn') ? RETENTION_KINDS : candidate.due);
  const at = nowTs(ctx);
  let meetings = 0;
  let items = 0;
  db.transaction(() => {
    withDeletionGrant(db, 'retention', () => {
      if (due.has('samtykke')) stmt(db, 'DELETE FROM consents WHERE child_id = ?').run(childId);
      if (due.has('handleplan')) {
        stmt(db, "DELETE FROM meeting_forms WHERE kind = 'handleplan' AND meeting_id IN (SELECT id FROM meetings WHERE child_id = ?)").run(childId);
        redactBodies(db, childId, 'handleplan', at);
      }
      const types: string[] = [];
      if (due.has('overgangsskema')) types.push('overgangsmoede');
      if (due.has('referat')) types.push('dialogmoede', 'netvaerksmoede', 'trivselsmoede', 'sagsteammoede');
      if (types.length) {
        meetings += stmt(db, 'DELETE FROM meetings WHERE child_id = ? AND type IN (SELECT value FROM json_each(?))').run(childId, JSON.stringify(types)).changes;
      }
      if (due.has('referat')) {
        items += redactItems(db, childId);
        redactBodies(db, childId, 'item', at);
      }
      if (due.has('barn')) {
        meetings += stmt(db, 'DELETE FROM meetings WHERE child_id = ?').run(childId).changes;
        items += redactItems(db, childId);
        redactBodies(db, childId, 'item', at);
        const guardians = stmt(db, 'SELECT person_id FROM guardians WHERE child_id = ?').all(childId) as { person_id: string }[];
        stmt(db, 'DELETE FROM dispatches WHERE child_id = ?').run(childId);
        stmt(db, 'DELETE FROM documents WHERE child_id = ?').run(childId);
        childrenTable.remove(db, childId);
        for (const { person_id } of guardians) {
          const still = stmt(db, 'SELECT 1 FROM guardians WHERE person_id = ? UNION ALL SELECT 1 FROM participants WHERE person_id = ? LIMIT 1').get(person_id, person_id);
          if (!still) peopleTable.remove(db, person_id);
        }
      }
    });
    const basis = candidate.packageCurrent ? R.basisPackage(formatTimestamp(candidate.packageAt!)) : R.basisReason(why);
    audit(ctx, 'retention.delete', 'child', null, R.auditDeleted([...due].join(', '), meetings, items, basis));
  })();
  // The search index is rebuilt from what remains, so no index segment keeps a word of what was deleted
  // (secure-delete, migration 0121, already removes them; the rebuild also covers anything left from before it).
  db.exec("INSERT INTO search_index (search_index) VALUES ('rebuild')");
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
  return { deleted: [...due], meetings, items };
}

/**
 * A retention deletion through the whole installation: the database (deleteDue), then every safety copy a restore
 * left before now – each still holds what was just deleted – overwritten and removed.
 */
export function deleteDueEverywhere(core: Core, childId: string, reason?: string): ReturnType<typeof deleteDue> {
  const res = deleteDue(core, childId, reason);
  const removed = removeSafetyCopiesBefore(core.opts.dataDir, core.now());
  if (removed > 0) {
    core.db.transaction(() => audit(core, 'retention.delete', 'database', null, R.auditSafetyCopies(removed)))();
    core.db.pragma('wal_checkpoint(TRUNCATE)');
  }
  return res;
}
