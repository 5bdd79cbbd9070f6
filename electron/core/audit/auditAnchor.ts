import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { t } from '../../../shared/text/da';
import type { Db } from '../db/types';
import { writeFileAtomic } from '../files';
import { verifyAuditChain } from './auditLog';

/**
 * The audit chain's anchor (issue 13, item 5). The hash chain alone shows a change only to someone who cannot
 * recompute it; with the key and a SQLite tool, the newest entries can be deleted, or one rewritten and every later
 * hash recomputed. The anchor is the head of the chain (its number and hash) kept outside the database, in a file
 * beside it, with an HMAC whose key is derived from the database key. A truncated or rewritten chain no longer
 * reaches the anchored entry, and the anchor is never moved onto a chain that does not.
 */
interface Anchor {
  seq: number;
  hash: string;
}

interface Registered {
  file: string;
  macKey: Buffer;
  pending: boolean;
}

const registered = new WeakMap<Db, Registered>();

function macKeyFrom(dbKey: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', dbKey, Buffer.alloc(0), 'tovholder revisionslog anker v1', 32));
}

function mac(key: Buffer, a: Anchor): string {
  return createHmac('sha256', key).update(`${a.seq}:${a.hash}`).digest('hex');
}

type ReadAnchor = { state: 'ok'; anchor: Anchor } | { state: 'mangler' } | { state: 'forfalsket' };

function readAnchor(r: Registered): ReadAnchor {
  let raw: string;
  try {
    raw = readFileSync(r.file, 'utf8');
  } catch {
    return { state: 'mangler' };
  }
  try {
    const v = JSON.parse(raw) as { seq?: unknown; hash?: unknown; mac?: unknown; macNext?: unknown };
    if (typeof v.seq !== 'number' || typeof v.hash !== 'string' || typeof v.mac !== 'string') return { state: 'forfalsket' };
    const anchor = { seq: v.seq, hash: v.hash };
    const want = Buffer.from(mac(r.macKey, anchor), 'hex');
    const matches = (m: unknown) => {
      if (typeof m !== 'string') return false;
      const got = Buffer.from(m, 'hex');
      return got.length === want.length && timingSafeEqual(got, want);
    };
    // `macNext`: written just before a key change swaps the database (stageAnchorForKeyChange), so a kill anywhere
    // in the change leaves an anchor that the key the database opens with – old or new – can check.
    return matches(v.mac) || matches(v.macNext) ? { state: 'ok', anchor } : { state: 'forfalsket' };
  } catch {
    return { state: 'forfalsket' };
  }
}

function head(db: Db): Anchor | null {
  return (db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Anchor | undefined) ?? null;
}

/** Does the chain in the database still reach the anchored entry unchanged? */
function reaches(db: Db, a: Anchor): boolean {
  const row = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(a.seq) as { hash: string } | undefined;
  return row?.hash === a.hash;
}

function write(r: Registered, a: Anchor): void {
  writeFileAtomic(r.file, Buffer.from(JSON.stringify({ seq: a.seq, hash: a.hash, mac: mac(r.macKey, a) })));
}

/** Moves the anchor to the committed head – only when the chain still reaches the current anchor. */
function advance(db: Db, r: Registered): void {
  if (!db.open) return;
  if (db.inTransaction) {
    setImmediate(() => advance(db, r));
    return;
  }
  const h = head(db);
  if (!h) return;
  const cur = readAnchor(r);
  if (cur.state === 'forfalsket' || (cur.state === 'ok' && !reaches(db, cur.anchor))) return; // keep the evidence
  if (cur.state === 'ok' && cur.anchor.seq === h.seq && cur.anchor.hash === h.hash) return;
  write(r, h);
}

/** Connects a database to its anchor file; `reset` anchors the current head (a restore brings a different log). */
export function registerAuditAnchor(db: Db, file: string, dbKey: Buffer, opts: { reset?: boolean } = {}): void {
  const r: Registered = { file, macKey: macKeyFrom(dbKey), pending: false };
  registered.set(db, r);
  if (opts.reset) {
    const h = head(db);
    if (h) write(r, h);
  }
}

/** Called by audit(): after the surrounding transaction has committed, the anchor follows the new head. */
export function scheduleAnchor(db: Db): void {
  const r = registered.get(db);
  if (!r || r.pending) return;
  r.pending = true;
  queueMicrotask(() => {
    r.pending = false;
    advance(db, r);
  });
}

/**
 * Before a key change swaps the database: the anchor gets a second MAC under the new key (`macNext`), so that a kill
 * after the swap but before `reanchor` does not make the untouched log look forged at the next start. Nothing is
 * written to the log between this and the swap. Rolled back, the old key's MAC still holds.
 */
export function stageAnchorForKeyChange(db: Db, nextKey: Buffer): void {
  const r = registered.get(db);
  if (!r) return;
  const prev = readAnchor(r);
  const h = head(db);
  if (!h || (prev.state === 'ok' && !reaches(db, prev.anchor)) || prev.state === 'forfalsket') return; // keep the evidence
  const next = macKeyFrom(nextKey);
  writeFileAtomic(r.file, Buffer.from(JSON.stringify({ seq: h.seq, hash: h.hash, mac: mac(r.macKey, h), macNext: mac(next, h) })));
}

/** Writes the anchor now (after a key change, its MAC key changes too). */
export function reanchor(db: Db, dbKey: Buffer): void {
  const r = registered.get(db);
  if (!r) return;
  const prev = readAnchor(r);
  const next: Registered = { ...r, macKey: macKeyFrom(dbKey) };
  registered.set(db, next);
  const h = head(db);
  if (h && (prev.state !== 'ok' || reaches(db, prev.anchor))) write(next, h);
}

export interface ChainState {
  ok: boolean;
  entries: number;
  brokenAt: number | null;
  message: string;
}

/** The chain checked link by link, and against its anchor. The message is Danish, for the audit view. */
export function checkAuditChain(db: Db): ChainState {
  const chain = verifyAuditChain(db);
  if (!chain.ok) return { ok: false, entries: chain.entries, brokenAt: chain.brokenAt, message: t.auditChain.broken(chain.brokenAt) };
  const r = registered.get(db);
  if (!r) return { ok: true, entries: chain.entries, brokenAt: null, message: t.auditChain.intact(chain.entries) };
  const a = readAnchor(r);
  if (a.state === 'forfalsket') {
    return { ok: false, entries: chain.entries, brokenAt: null, message: t.auditChain.anchorForged };
  }
  if (a.state === 'mangler') {
    if (chain.entries > 0) advance(db, r);
    return { ok: true, entries: chain.entries, brokenAt: null, message: t.auditChain.anchorCreated(chain.entries) };
  }
  const row = db.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(a.anchor.seq) as { hash: string } | undefined;
  if (!row) {
    return { ok: false, entries: chain.entries, brokenAt: null, message: t.auditChain.truncated(a.anchor.seq, chain.entries) };
  }
  if (row.hash !== a.anchor.hash) {
    return { ok: false, entries: chain.entries, brokenAt: a.anchor.seq, message: t.auditChain.rewritten(a.anchor.seq) };
  }
  return { ok: true, entries: chain.entries, brokenAt: null, message: t.auditChain.anchored(chain.entries) };
}
