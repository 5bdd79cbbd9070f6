import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../errors';
import { LATEST_VERSION } from './migrations';
import { PAGE_CACHE_KIB, rawKeyLiteral } from './openDb';
import { safetyCopyName } from './safetyCopies';
import type { Db } from './types';
import { dataFileText } from '../../../shared/text/dataFile';

/** How a candidate file is opened: a backup by the passphrase it was given, a safety copy by the database key. */
export type Secret = { passphrase: string } | { key: Buffer };

export interface CandidateSummary {
  children: number;
  people: number;
  meetings: number;
  /** Date of the newest meeting (YYYY-MM-DD), or null. */
  newestMeeting: string | null;
  /** When the file was written (its modification time). */
  madeAt: string;
  /** The newest entry in the audit log, i.e. the last change recorded in it. */
  lastChange: string | null;
  schemaVersion: number;
  bytes: number;
}

/** Tables every Tovholder database has had since the first migration. */
const TOVHOLDER_TABLES = ['settings', 'people', 'children', 'meetings', 'agenda_items', 'referat_versions', 'audit_log'];
/** A SQLCipher database is at least one 4 KiB page; anything shorter was cut off or never was a backup. */
const MIN_BYTES = 4096;

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export function keyPragma(secret: Secret): string {
  return 'key' in secret ? rawKeyLiteral(secret.key) : sqlString(secret.passphrase.normalize('NFC'));
}

export function applySecret(db: Db, secret: Secret): void {
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key=${keyPragma(secret)}`);
}

/**
 * The checks read every page, and integrity_check seeks each index for every row: with SQLite's 2 MB default the
 * pages are decrypted again and again (issue 17: 9.9 s instead of 3.6 s for a 300 MB file). Set once the key is
 * known to open the file (the pragma reads the header, and a wrong key must fail where it is classified).
 */
function checkCache(db: Db): void {
  db.pragma(`cache_size = ${PAGE_CACHE_KIB}`);
}

/**
 * Flushes a file this code wrote to the disk. An error (EIO, ENOSPC) is thrown: the bytes may never have reached the
 * disk, and a re-key runs without fsync of its own (`rekeyTemporary`), so this is what makes a copy durable before it
 * is renamed into place and reported as made.
 */
export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder after a rename in it. Some file systems (and Windows) cannot; the rename is still atomic. */
export function fsyncDir(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    /* see above */
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Opens `path` read-only, runs `use` and closes it. A file in WAL mode (a safety copy, the data file) makes SQLite
 * create `-wal` and `-shm` beside it even for reading; those this open created are removed again, so looking at a
 * file leaves its folder as it was. A `-wal` that was there before is never touched.
 */
export function withReadOnly<T>(path: string, nativeBinding: string | undefined, use: (db: Db) => T): T {
  const created = ['-wal', '-shm'].filter((s) => !existsSync(path + s));
  const db = new Database(path, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  try {
    return use(db);
  } finally {
    db.close();
    for (const s of created) {
      try {
        if (s === '-shm' || statSync(path + s).size === 0) rmSync(path + s, { force: true });
      } catch {
        /* not created after all */
      }
    }
  }
}

export function tempIn(dir: string, tag: string): string {
  return join(dir, `.tovholder-${tag}-${randomBytes(6).toString('hex')}.tmp`);
}

/** Removes a temporary database file together with any journal SQLite left beside it. */
export function removeDbFile(path: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(path + suffix, { force: true });
}

function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/**
 * How thoroughly a candidate's pages are read: `integrity_check` (every page, every index against its table),
 * `quick_check` (every page decrypts and every b-tree is well formed; no index-to-table comparison), or `none` (only
 * the header and the schema: that it decrypts, is Tovholder, is not too new and holds data).
 */
export type CandidateCheck = 'integrity_check' | 'quick_check' | 'none';

/**
 * Opens a candidate for restore read-only and checks, in this order, that it decrypts, that `opts.check`
 * (default `integrity_check`) is clean, that it is a Tovholder database no newer than this app, and that it holds
 * data. Each failure has its own Danish message; nothing is changed anywhere. Returns what the candidate holds, for
 * the user to confirm.
 */
export function inspectCandidate(path: string, secret: Secret, nativeBinding?: string, opts: { check?: CandidateCheck } = {}): CandidateSummary {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new AppError('RESTORE_BAD_FILE', dataFileText.restore.fileGone);
  }
  if (!st.isFile()) throw new AppError('RESTORE_EMPTY', dataFileText.restore.notAFile);
  if (st.size === 0) throw new AppError('RESTORE_EMPTY', dataFileText.restore.emptyFile);
  if (st.size < MIN_BYTES) {
    throw new AppError('RESTORE_DAMAGED', dataFileText.restore.truncated(st.size));
  }
  let opened = false;
  try {
    return withReadOnly(path, nativeBinding, (db) => {
      opened = true;
      return summarise(db, secret, st, opts.check ?? 'integrity_check');
    });
  } catch (err) {
    if (!opened) throw new AppError('RESTORE_BAD_FILE');
    throw err;
  }
}

function summarise(db: Db, secret: Secret, st: { size: number; mtime: Date }, mode: CandidateCheck): CandidateSummary {
  applySecret(db, secret);
  try {
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
  } catch (err) {
    // „Not a database" is what a wrong key looks like; anything else means the first pages decrypted but are broken.
    throw new AppError((err as { code?: string }).code === 'SQLITE_NOTADB' ? 'RESTORE_BAD_FILE' : 'RESTORE_DAMAGED');
  }
  if (mode !== 'none') {
    let check: unknown;
    try {
      checkCache(db);
      check = db.pragma(mode, { simple: true });
    } catch {
      check = 'error';
    }
    if (check !== 'ok') throw new AppError('RESTORE_DAMAGED');
  }
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0 || TOVHOLDER_TABLES.some((t) => !tables.has(t))) throw new AppError('RESTORE_NOT_TOVHOLDER');
  if (version > LATEST_VERSION) throw new AppError('RESTORE_TOO_NEW');
  const children = count(db, 'children');
  const people = count(db, 'people');
  const meetings = count(db, 'meetings');
  const auditEntries = count(db, 'audit_log');
  if (children + people + meetings + auditEntries === 0) throw new AppError('RESTORE_EMPTY');
  const newest = db.prepare('SELECT max(date) AS d FROM meetings').get() as { d: string | null };
  const last = db.prepare('SELECT max(at) AS at FROM audit_log').get() as { at: string | null };
  return { children, people, meetings, newestMeeting: newest.d, madeAt: st.mtime.toISOString(), lastChange: last.at, schemaVersion: version, bytes: st.size };
}

/**
 * Opens `path` – always a temporary file of our own – with `secret`, changes its key to `next` and closes it. No
 * rollback journal (SQLCipher refuses WAL for a rekey; a journal would write every page twice): a crash leaves a
 * half-written temporary file, which is never renamed into place and is removed as a leftover. No fsync either
 * (`synchronous = OFF`, 1–1.5 s of a 300 MB re-key, issue 17): every caller fsyncs the finished file itself before
 * it renames it into place. SQLite's default page cache is kept: a larger one made the re-key twice as slow.
 */
export function rekeyTemporary(path: string, secret: Secret, next: Secret, nativeBinding?: string): void {
  const db = new Database(path, nativeBinding ? { nativeBinding } : {});
  try {
    applySecret(db, secret);
    db.pragma('journal_mode = DELETE');
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma(`rekey=${keyPragma(next)}`);
  } finally {
    db.close();
  }
}

/** Opens `path` with `key` and runs `quick_check`; throws if either fails. */
export function verifyWithKey(path: string, key: Buffer, nativeBinding?: string): void {
  withReadOnly(path, nativeBinding, (db) => {
    applySecret(db, { key });
    checkCache(db);
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw new AppError('RESTORE_DAMAGED');
  });
}

function diskFull(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'SQLITE_FULL' || code === 'ENOSPC' || (err instanceof AppError && err.code === 'DISK_FULL');
}

/**
 * Re-keys `tmp` – a byte copy – from `secret` to `next`. A byte copy carries every free page, and the re-key
 * decrypts and authenticates each: one damaged page that holds no data would make the file impossible to copy,
 * though SQLite calls it sound. Then the copy is made again by `viaSqlite` (VACUUM INTO, which reads only the pages
 * that hold data, under the same key) and re-keyed. Damage in a page that holds data fails both ways.
 */
export function rekeyCopy(tmp: string, secret: Secret, next: Secret, nativeBinding: string | undefined, viaSqlite: () => void): void {
  try {
    rekeyTemporary(tmp, secret, next, nativeBinding);
    return;
  } catch (err) {
    if (diskFull(err)) throw err;
    removeDbFile(tmp);
  }
  viaSqlite();
  rekeyTemporary(tmp, secret, next, nativeBinding);
}

/** `VACUUM INTO` from a closed file opened read-only with `secret` (it reads a WAL beside it too). */
function vacuumClosed(source: string, secret: Secret, tmp: string, nativeBinding: string | undefined): void {
  withReadOnly(source, nativeBinding, (src) => {
    applySecret(src, secret);
    src.prepare('VACUUM INTO ?').run(tmp);
  });
}

function mapWriteError(err: unknown, fallback: AppError): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') return new AppError('DISK_FULL');
  return fallback;
}

/** Whether a non-empty write-ahead log lies beside `path`. */
function hasWal(path: string): boolean {
  try {
    return statSync(`${path}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * Writes the candidate's copy under `dbKey` to a temporary file in `intoDir` and checks that copy in full; returns
 * the temporary file and what the candidate holds. The candidate itself is opened read-only and never changed.
 *
 * Order (issue 17: a restore of 300 MB in well under 10 s, verification included):
 * 1. the candidate is opened with its secret and its schema read – a file that is gone, empty, cut off, under
 *    another passphrase, not Tovholder, too new or empty is refused with its own message before anything is written;
 * 2. its bytes are copied (through SQLite when a WAL lies beside it) and re-keyed to `dbKey`. The re-key decrypts
 *    and authenticates every page of the candidate (SQLCipher's HMAC): a damaged page fails here as RESTORE_DAMAGED;
 * 3. `integrity_check` runs on the copy, opened with `dbKey` – the file that will become the database. It proves the
 *    same of the candidate's content (the re-key changes only the encryption of each page) and that the data key
 *    opens it, so neither the candidate nor the copy is read a third time.
 * Throws AppError: RESTORE_BAD_FILE, RESTORE_EMPTY, RESTORE_DAMAGED, RESTORE_NOT_TOVHOLDER, RESTORE_TOO_NEW,
 * DISK_FULL. On any failure the temporary file is removed.
 */
export function prepareRestore(source: string, secret: Secret, dbKey: Buffer, intoDir: string, nativeBinding?: string): { prepared: string; summary: CandidateSummary } {
  const summary = inspectCandidate(source, secret, nativeBinding, { check: 'none' });
  const prepared = copyUnderKey(source, secret, dbKey, intoDir, nativeBinding);
  try {
    checkPrepared(prepared, dbKey, nativeBinding);
    return { prepared, summary };
  } catch (err) {
    removeDbFile(prepared);
    throw err;
  }
}

/**
 * Step 2 of `prepareRestore`: a copy of the candidate, re-encrypted with `dbKey`, in a temporary file in `intoDir`
 * (returned). A page that does not decrypt is RESTORE_DAMAGED; a full disk DISK_FULL.
 */
export function copyUnderKey(source: string, secret: Secret, dbKey: Buffer, intoDir: string, nativeBinding?: string): string {
  const tmp = tempIn(intoDir, 'restore');
  try {
    if (hasWal(source)) {
      // Content may still sit in the candidate's WAL: a consistent copy through SQLite.
      vacuumClosed(source, secret, tmp, nativeBinding);
      rekeyTemporary(tmp, secret, { key: dbKey }, nativeBinding);
    } else {
      // A closed file (a backup holds no WAL): its bytes are the copy.
      copyFileSync(source, tmp);
      rekeyCopy(tmp, secret, { key: dbKey }, nativeBinding, () => vacuumClosed(source, secret, tmp, nativeBinding));
    }
    return tmp;
  } catch (err) {
    removeDbFile(tmp);
    throw mapWriteError(err, new AppError('RESTORE_DAMAGED'));
  }
}

/** Step 3 of `prepareRestore`: the full check of the prepared copy under the data key, then fsync. */
export function checkPrepared(prepared: string, dbKey: Buffer, nativeBinding?: string): void {
  inspectCandidate(prepared, { key: dbKey }, nativeBinding, { check: 'integrity_check' });
  fsyncFile(prepared);
}

/**
 * Writes a copy of the open database, re-encrypted with `next`, to a temporary file beside it and verifies that
 * `next` opens it (`quick_check`). Used by the key change: the live file is never re-encrypted in place. The copy is
 * `copyOpenDatabase`'s: the checkpointed file's bytes (issue 17: VACUUM INTO cost 3.5–4.5 s more of 300 MB).
 */
export function writeRekeyedCopy(db: Db, current: Buffer, next: Buffer, dbFile: string, nativeBinding?: string): string {
  const tmp = tempIn(dirname(dbFile), 'rekey');
  try {
    copyOpenDatabase(db, dbFile, tmp);
    rekeyCopy(tmp, { key: current }, { key: next }, nativeBinding, () => db.prepare('VACUUM INTO ?').run(tmp));
    verifyWithKey(tmp, next, nativeBinding);
    fsyncFile(tmp);
    return tmp;
  } catch (err) {
    removeDbFile(tmp);
    throw mapWriteError(err, new AppError('INTERNAL', dataFileText.key.rekeyFailed));
  }
}

/** Re-encrypts a closed file (a safety copy) to `next` through a verified copy and an atomic rename. */
export function rekeyFileAtomically(path: string, current: Buffer, next: Buffer, nativeBinding?: string): void {
  const tmp = tempIn(dirname(path), 'rekey');
  try {
    const viaSqlite = () => vacuumClosed(path, { key: current }, tmp, nativeBinding);
    if (hasWal(path)) {
      // A safety copy kept with the WAL of a data file that could not be opened (the lock screen): read through SQLite.
      viaSqlite();
      rekeyTemporary(tmp, { key: current }, { key: next }, nativeBinding);
    } else {
      copyFileSync(path, tmp);
      rekeyCopy(tmp, { key: current }, { key: next }, nativeBinding, viaSqlite);
    }
    verifyWithKey(tmp, next, nativeBinding);
    fsyncFile(tmp);
    for (const suffix of ['-wal', '-shm']) rmSync(path + suffix, { force: true });
    renameSync(tmp, path);
    fsyncDir(dirname(path));
  } catch (err) {
    removeDbFile(tmp);
    throw err;
  }
}

/**
 * Is the main file encrypted with `key`, judged from the main file alone? Used when a read-only open cannot answer:
 * a kill just after a key change's swap can leave a hot rollback journal (or a WAL needing recovery) that a read-only
 * connection may not replay, so both keys would seem wrong. The main file – never its journal – is copied to a
 * temporary file and opened read-only there: `PRAGMA user_version` decrypts with the right key and fails with
 * SQLITE_NOTADB with any other. The data file is not touched; its journal is replayed later by the real open, with
 * the key that wrote it. (Rare path: only after a kill in a key change; the copy costs about a second per 300 MB.)
 */
export function mainFileOpensWith(path: string, key: Buffer, nativeBinding?: string): boolean {
  const tmp = tempIn(dirname(path), 'rekey');
  try {
    copyFileSync(path, tmp);
    const db = new Database(tmp, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    try {
      applySecret(db, { key });
      db.pragma('user_version', { simple: true });
      return true;
    } finally {
      db.close();
    }
  } catch {
    return false;
  } finally {
    removeDbFile(tmp);
  }
}

/** Does `key` open this file? (Read-only; nothing is written.) */
export function opensWith(path: string, key: Buffer, nativeBinding?: string): boolean {
  try {
    return withReadOnly(path, nativeBinding, (db) => {
      applySecret(db, { key });
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      return true;
    });
  } catch {
    return false;
  }
}

/**
 * Puts a prepared file in place of the (closed) database: the old WAL and shared-memory files are removed first, so
 * no journal written under another key is ever applied to the new file, then one atomic rename.
 */
export function swapInDatabase(dbFile: string, prepared: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) rmSync(dbFile + suffix, { force: true });
  renameSync(prepared, dbFile);
  fsyncDir(dirname(dbFile));
}

/**
 * Writes a consistent copy of the open database `db` (its file `dbFile`) to `tmp`, under the same key. A full
 * checkpoint moves every change into the file; then its bytes are a consistent copy: the core is the only writer
 * (the folder lock keeps other processes out), and nothing runs on this thread between the checkpoint and the end
 * of the copy. If the checkpoint cannot finish, or the database lives in memory, `VACUUM INTO` takes the copy
 * instead. A byte copy of 300 MB takes 0.2–0.5 s, `VACUUM INTO` 3.5–4.5 s (issue 17). Deleted rows leave nothing
 * behind in either: the database runs with `secure_delete`, so free pages hold zeros.
 */
export function copyOpenDatabase(db: Db, dbFile: string, tmp: string): void {
  const checkpointed = !db.memory && (db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[])[0]?.busy === 0;
  if (checkpointed) copyFileSync(dbFile, tmp);
  else db.prepare('VACUUM INTO ?').run(tmp);
}

/**
 * Keeps the current database as a safety copy before it is replaced: written to a temporary file and renamed, so a
 * half-written safety copy never carries the real name. With the database open, `copyOpenDatabase` takes a
 * consistent copy. A database that cannot be opened (restore from the lock screen, perhaps after a crash) is copied
 * byte for byte together with its WAL, which may hold the newest commits: the copy's `-wal` keeps them, and a
 * restore or key change reads the pair through SQLite. Returns the copy's name.
 */
export function writeSafetyCopy(db: Db | null, dbFile: string, at: Date): string {
  const dir = dirname(dbFile);
  const name = safetyCopyName(at);
  const tmp = tempIn(dir, 'safety');
  const withWal = !db && hasWal(dbFile);
  try {
    if (db) copyOpenDatabase(db, dbFile, tmp);
    else copyFileSync(dbFile, tmp);
    fsyncFile(tmp);
    if (withWal) {
      copyFileSync(`${dbFile}-wal`, `${tmp}-wal`);
      fsyncFile(`${tmp}-wal`);
    }
    renameSync(tmp, join(dir, name));
    // A kill between the two renames leaves the copy without its log (an older, consistent state) and the log as a
    // leftover that start-up removes (db/leftovers.ts).
    if (withWal) renameSync(`${tmp}-wal`, join(dir, `${name}-wal`));
    fsyncDir(dir);
    return name;
  } catch (err) {
    removeDbFile(tmp);
    throw mapWriteError(err, new AppError('IO_ERROR', dataFileText.restore.safetyCopyFailed));
  }
}
