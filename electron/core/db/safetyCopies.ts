import { closeSync, fsyncSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../errors';
import { dataFileText } from '../../../shared/text/dataFile';

/**
 * The encrypted safety copies a restore leaves next to the database („tovholder-foer-gendannelse-<tid>.db"), so a
 * restore can itself be undone. They hold everything the database held, so they expire after the kommune's number of
 * days, and a retention deletion removes every copy made before it (issue 13, item 2).
 */
export const SAFETY_COPY_PREFIX = 'tovholder-foer-gendannelse-';

/** The name a safety copy made at `at` gets: „tovholder-foer-gendannelse-2026-12-15T10-00-00-000Z.db". */
export function safetyCopyName(at: Date): string {
  return `${SAFETY_COPY_PREFIX}${at.toISOString().replace(/[:.]/g, '-')}.db`;
}

/** A safety copy by name – only a plain name as the list gives it, never a path. */
export function safetyCopyFile(dataDir: string, name: string): string {
  if (basename(name) !== name || !name.startsWith(SAFETY_COPY_PREFIX) || !name.endsWith('.db')) throw new AppError('NOT_FOUND', dataFileText.restore.copyGone);
  return join(dataDir, name);
}

export interface SafetyCopy {
  name: string;
  path: string;
  /** When the copy was made: from its name, else (a renamed copy) the file's modification time. */
  madeAt: Date;
  bytes: number;
}

const NAMED_TIME = /^tovholder-foer-gendannelse-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db$/;

/**
 * Every safety copy in the data folder, newest first. The one list: the restore screen shows it, expiry and a
 * retention deletion remove from it, a key change re-encrypts it.
 */
export function listSafetyCopies(dataDir: string): SafetyCopy[] {
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return [];
  }
  const copies: SafetyCopy[] = [];
  for (const name of names) {
    if (!name.startsWith(SAFETY_COPY_PREFIX) || !name.endsWith('.db')) continue;
    const path = join(dataDir, name);
    let st;
    try {
      st = statSync(path);
    } catch {
      continue; // removed meanwhile
    }
    if (!st.isFile()) continue;
    const m = NAMED_TIME.exec(name);
    const madeAt = m ? new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`) : st.mtime;
    copies.push({ name, path, madeAt, bytes: st.size });
  }
  return copies.sort((a, b) => b.madeAt.getTime() - a.madeAt.getTime() || b.name.localeCompare(a.name));
}

/** The list as the restore screen gets it (contract `db.safetyCopies`): names, never paths. */
export function safetyCopiesForScreen(dataDir: string): { name: string; madeAt: string; bytes: number }[] {
  return listSafetyCopies(dataDir).map((c) => ({ name: c.name, madeAt: c.madeAt.toISOString(), bytes: c.bytes }));
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
