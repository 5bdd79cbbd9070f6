import { createHash } from 'node:crypto';
import type { Ctx } from '../context';
import { stmt } from '../db/stmt';
import type { Db } from '../db/types';
import { scheduleAnchor } from './auditAnchor';
import { AUDIT_ACTION_LABELS } from '../../../shared/text/auditText';

export const AUDIT_ACTIONS = AUDIT_ACTION_LABELS;
export type AuditAction = keyof typeof AUDIT_ACTIONS;

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  prevHash: string;
  hash: string;
}

const GENESIS = '0'.repeat(64);

function entryHash(prevHash: string, e: Omit<AuditEntry, 'hash' | 'prevHash' | 'seq'> & { seq: number }): string {
  const canonical = JSON.stringify([e.seq, e.at, e.actor, e.action, e.entityType, e.entityId, e.summary]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}

/**
 * Appends one entry. The summary names what happened, never sensitive content (no notes, no child names).
 * Must be called inside the same transaction as the change it records.
 */
export function audit(ctx: Ctx, action: AuditAction, entityType: string, entityId: string | null, summary: string = AUDIT_ACTIONS[action]): void {
  const db = ctx.db;
  const last = stmt(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const seq = (last?.seq ?? 0) + 1;
  const prevHash = last?.hash ?? GENESIS;
  const at = ctx.now().toISOString();
  const actor = ctx.actor();
  const hash = entryHash(prevHash, { seq, at, actor, action, entityType, entityId, summary });
  stmt(
    db,
    'INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, summary, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  ).run(seq, at, actor, action, entityType, entityId, summary, prevHash, hash);
  scheduleAnchor(db);
}

interface AuditRow {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  summary: string;
  prev_hash: string;
  hash: string;
}

function toEntry(r: AuditRow): AuditEntry {
  return {
    seq: r.seq,
    at: r.at,
    actor: r.actor,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    summary: r.summary,
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}

export function listAudit(db: Db, opts: { entityType?: string; entityId?: string; limit?: number } = {}): AuditEntry[] {
  const rows = db
    .prepare(
      `SELECT * FROM audit_log
        WHERE (@type IS NULL OR entity_type = @type) AND (@id IS NULL OR entity_id = @id)
        ORDER BY seq DESC LIMIT @limit`,
    )
    .all({ type: opts.entityType ?? null, id: opts.entityId ?? null, limit: opts.limit ?? 500 }) as AuditRow[];
  return rows.map(toEntry);
}

/** Walks the whole chain. Returns the first broken entry, or null when every link holds. */
export function verifyAuditChain(db: Db): { ok: true; entries: number } | { ok: false; brokenAt: number; entries: number } {
  let prev = GENESIS;
  let expectedSeq = 1;
  let count = 0;
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>) {
    count++;
    const e = toEntry(r);
    if (e.seq !== expectedSeq || e.prevHash !== prev || entryHash(prev, e) !== e.hash) return { ok: false, brokenAt: e.seq, entries: count };
    prev = e.hash;
    expectedSeq++;
  }
  return { ok: true, entries: count };
}

/** The whole log as JSON lines – one entry per line, oldest first – with the chain check at the end. */
export function auditJsonLines(db: Db): string {
  const rows = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
  const chain = verifyAuditChain(db);
  return [...rows.map((r) => JSON.stringify(toEntry(r))), JSON.stringify({ kaede: chain.ok ? 'intakt' : `brudt ved post ${(chain as { brokenAt: number }).brokenAt}`, poster: chain.entries })].join('\n') + '\n';
}
