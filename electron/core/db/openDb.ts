import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { AppError } from '../errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations';
import type { Db, Migration } from './types';
import { dataFileText } from '../../../shared/text/dataFile';

export interface OpenDbOptions {
  /** Path of the database file, or ':memory:'. */
  file: string;
  /** 32 random bytes. Tests pass keys explicitly; the app unwraps it from the OS keychain. */
  key: Buffer;
  /** Path to an Electron-ABI build of the native module (see scripts/ensure-electron-native.mjs). */
  nativeBinding?: string | undefined;
  /** Migrations to run; defaults to all. Tests use a prefix to build older databases. */
  migrations?: readonly Migration[];
}

/** Short, non-secret fingerprint of a key, kept next to the database to tell „wrong key" from „damaged file". */
export function keyFingerprint(key: Buffer): string {
  return createHash('sha256').update('tovholder-key-fingerprint\0').update(key).digest('hex').slice(0, 16);
}

function metaPath(file: string): string {
  return `${file}.meta.json`;
}

function readMeta(file: string): { keyFingerprint?: string } | null {
  try {
    return JSON.parse(readFileSync(metaPath(file), 'utf8')) as { keyFingerprint?: string };
  } catch {
    return null;
  }
}

/**
 * Keeps the sidecar fingerprint current. It is only a helper for error messages, so it is written when it changes
 * and a failure to write it (a full disk) never stops the database from opening.
 */
export function writeMeta(file: string, key: Buffer): void {
  const fp = keyFingerprint(key);
  if (readMeta(file)?.keyFingerprint === fp) return;
  const tmp = `${metaPath(file)}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify({ format: 'tovholder-db-meta', keyFingerprint: fp }, null, 2));
    renameSync(tmp, metaPath(file));
  } catch {
    rmSync(tmp, { force: true });
  }
}

/** SQLCipher raw-key syntax: the 32 random bytes are the key itself, so no slow passphrase KDF runs. */
export function rawKeyLiteral(key: Buffer): string {
  return `"x'${key.toString('hex')}'"`;
}

/** Applies the SQLCipher-compatible cipher settings (SQLCipher 4 defaults) and the raw key. Runs before any read. */
export function applyKey(db: Db, key: Buffer): void {
  if (key.length !== 32) throw new AppError('DB_WRONG_KEY', dataFileText.key.keyLength);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key=${rawKeyLiteral(key)}`);
}

function classifyOpenError(file: string, key: Buffer, err: unknown): AppError {
  const code = (err as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    const meta = readMeta(file);
    if (meta?.keyFingerprint && meta.keyFingerprint !== keyFingerprint(key)) return new AppError('DB_WRONG_KEY');
    if (meta?.keyFingerprint) return new AppError('DB_DAMAGED');
    return new AppError('DB_UNREADABLE');
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new AppError('DB_LOCKED');
  if (code === 'SQLITE_CANTOPEN') return new AppError('IO_ERROR', dataFileText.open.cannotOpen);
  return new AppError('DB_UNREADABLE');
}

/**
 * Opens (or creates) the encrypted database: verifies the key before anything is written, refuses a database
 * newer than the app, then sets WAL, foreign keys, busy timeout and runs pending migrations in one transaction.
 * A wrong key or a damaged file throws an AppError and leaves the file byte-for-byte unchanged.
 */
/** The page cache in KiB, as `PRAGMA cache_size` takes it (negative: a size, not a page count). */
export const PAGE_CACHE_KIB = -65536;

export function openDb(opts: OpenDbOptions): Db {
  const memory = opts.file === ':memory:';
  const db = new Database(opts.file, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
  try {
    // An in-memory database never touches the disk; SQLite3MC refuses keys for it.
    if (!memory) applyKey(db, opts.key);
    // The first read decrypts page 1: this is where a wrong key or a damaged file shows.
    db.prepare('SELECT count(*) AS n FROM sqlite_master').get();
    const version = db.pragma('user_version', { simple: true }) as number;
    const migrations = opts.migrations ?? MIGRATIONS;
    const latest = migrations[migrations.length - 1]?.version ?? 0;
    if (version > Math.max(latest, LATEST_VERSION)) throw new AppError('DB_TOO_NEW');
  } catch (err) {
    db.close();
    throw err instanceof AppError ? err : classifyOpenError(opts.file, opts.key, err);
  }
  if (!memory) db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  // Temporary tables and sort spills stay in memory: no plaintext temp files on disk.
  db.pragma('temp_store = MEMORY');
  // Deleted content is overwritten, not left in free pages.
  db.pragma('secure_delete = ON');
  // A page cache of up to 64 MB (KiB when negative; SQLite's default is 2 MB). Every page read from the encrypted
  // file is decrypted; with a kommune's history (300–900 MB) the default cache let the indexes a screen walks – the
  // person search's terms, the follow-ups, the case – fall out between calls and be decrypted again (issue 17:
  // a full-name person search took 35 ms at 30,000 meetings with 2 MB, 9 ms with 64 MB). Memory, not disk: the
  // pages stay in the process, which holds the key anyway.
  db.pragma(`cache_size = ${PAGE_CACHE_KIB}`);
  migrate(db, opts.migrations ?? MIGRATIONS);
  if (!memory) writeMeta(opts.file, opts.key);
  return db;
}

/** Runs every migration newer than `user_version`, all in one transaction. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return current;
  const run = db.transaction(() => {
    for (const m of pending) {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  run();
  return pending[pending.length - 1]!.version;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}
