import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { removeDbFile } from './restore';

/**
 * Interrupted operations leave temporary files. Each kind, and what start-up does with it (docs/architecture.md):
 * - `.tovholder-restore-*.tmp`, `.tovholder-rekey-*.tmp`, `.tovholder-safety-*.tmp` (+ SQLite journals, and a safety
 *   copy's WAL not yet renamed beside it) in the data folder: a restore, key change or safety copy that never reached its rename. The live database was not touched,
 *   so the file is removed (rolled back).
 * - `.tovholder-backup-*.tmp` in the folder the user chose for a backup: recorded by a marker
 *   `.tovholder-pending-*.json` in the data folder before it is written; the marker names it, so start-up can find
 *   it in a folder it otherwise knows nothing about and remove it.
 * - `tovholder.key.tmp`, `tovholder.key.new.tmp`, `tovholder.db.meta.json.tmp`: half-written small files, replaced by rename; removed.
 * - `.<name>.<8 hex>.tmp`: a small file written by `writeFileAtomic` (files.ts) – the audit log's anchor
 *   `tovholder.db.revisionsanker.json` above all, rewritten after every change – that never reached its rename; the
 *   file it was to replace is whole, so the temporary one is removed.
 * - `tovholder.key.new`: a staged key. It is not touched here: opening the database decides (keyResolution.ts) –
 *   if the new key opens it, the key change is finished; if the old key does, the staged key is discarded.
 */
const TEMP_IN_DATA_DIR = /^\.tovholder-(restore|rekey|safety)-[0-9a-f]+\.tmp(-wal|-shm|-journal)?$/;
const PENDING_MARKER = /^\.tovholder-pending-[0-9a-f]+\.json$/;
const BACKUP_TEMP = /^\.tovholder-backup-[0-9a-f]+\.tmp$/;
const SMALL_TEMPS = ['tovholder.key.tmp', 'tovholder.key.new.tmp', 'tovholder.db.meta.json.tmp'];
const ATOMIC_WRITE_TEMP = /^\..+\.[0-9a-f]{8}\.tmp$/;

export function cleanLeftovers(dataDir: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (TEMP_IN_DATA_DIR.test(name)) {
      removeDbFile(join(dataDir, name));
      removed.push(name);
    } else if (SMALL_TEMPS.includes(name) || ATOMIC_WRITE_TEMP.test(name)) {
      rmSync(join(dataDir, name), { force: true });
      removed.push(name);
    } else if (PENDING_MARKER.test(name)) {
      try {
        const { tmp } = JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as { tmp?: unknown };
        if (typeof tmp === 'string' && BACKUP_TEMP.test(basename(tmp))) {
          removeDbFile(tmp);
          removed.push(tmp);
        }
      } catch {
        /* an unreadable marker names nothing we may remove */
      }
      rmSync(join(dataDir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}

/** Records a temporary file written outside the data folder, so an interrupted operation can be cleaned at start. */
export function markPending(dataDir: string, tmp: string): string {
  const marker = join(dataDir, `.tovholder-pending-${randomBytes(6).toString('hex')}.json`);
  writeFileSync(marker, JSON.stringify({ tmp }));
  return marker;
}

export function clearPending(marker: string): void {
  rmSync(marker, { force: true });
}
