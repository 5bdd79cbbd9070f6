import { closeSync, fsyncSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The encrypted safety copies a restore leaves next to the database („tovholder-foer-gendannelse-<tid>.db"), so a
 * restore can itself be undone. They hold everything the database held, so they expire after the kommune's number of
 * days, and a retention deletion removes every copy made before it (issue 13, item 2).
 */
export const SAFETY_COPY_PREFIX = 'tovholder-foer-gendannelse-';

export function safetyCopyPath(dataDir: string, at: Date): string {
  return join(dataDir, `${SAFETY_COPY_PREFIX}${at.toISOString().replace(/[:.]/g, '-')}.db`);
}

/** When a copy was made: from its name (2026-12-15T10-00-00-000Z), else the file's modification time. */
function madeAt(dir: string, name: string): Date {
  const m = /^tovholder-foer-gendannelse-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/.exec(name);
  if (m) return new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return statSync(join(dir, name)).mtime;
}

export function listSafetyCopies(dataDir: string): { path: string; madeAt: Date }[] {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return [];
  }
  return names.filter((n) => n.startsWith(SAFETY_COPY_PREFIX) && n.endsWith('.db')).map((n) => ({ path: join(dataDir, n), madeAt: madeAt(dataDir, n) }));
}

/** Overwrites a file with zeros and removes it (and a journal or WAL beside it). */
export function shredFile(path: string): void {
  for (const p of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) {
    let size: number;
    try {
      size = statSync(p).size;
    } catch {
      continue;
    }
    const fd = openSync(p, 'r+');
    try {
      const zeros = Buffer.alloc(Math.min(size, 1 << 20));
      for (let at = 0; at < size; at += zeros.length) writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    rmSync(p, { force: true });
  }
}

/** Removes the copies older than `days` days. Returns how many. */
export function pruneSafetyCopies(dataDir: string, now: Date, days: number): number {
  const limit = now.getTime() - days * 24 * 60 * 60 * 1000;
  const expired = listSafetyCopies(dataDir).filter((c) => c.madeAt.getTime() < limit);
  for (const c of expired) shredFile(c.path);
  return expired.length;
}

/** Removes every copy made before `at` (they still hold what a retention deletion just deleted). Returns how many. */
export function removeSafetyCopiesBefore(dataDir: string, at: Date): number {
  const old = listSafetyCopies(dataDir).filter((c) => c.madeAt.getTime() <= at.getTime());
  for (const c of old) shredFile(c.path);
  return old.length;
}
