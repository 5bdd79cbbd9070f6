import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppError } from '../errors';
import { LATEST_VERSION } from './migrations';
import { applyKey, rawKeyLiteral } from './openDb';
import type { Db } from './types';

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function tempSibling(path: string, tag: string): string {
  return join(dirname(path), `.${tag}-${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes an encrypted copy of the database to `target`, protected by a passphrase so that it can be restored on
 * another computer. `VACUUM INTO` is used because it works on encrypted databases (`db.backup()` does not).
 * The copy is written to a temporary file first and renamed into place, so a failure never leaves half a file.
 */
export function backupTo(db: Db, dbKey: Buffer, target: string, passphrase: string, nativeBinding?: string): { path: string; bytes: number } {
  const tmp = tempSibling(target, 'tovholder-backup');
  try {
    db.prepare('VACUUM INTO ?').run(tmp);
    const copy = new Database(tmp, nativeBinding ? { nativeBinding } : {});
    try {
      // VACUUM INTO keeps the database key; re-key the copy to the passphrase (SQLCipher KDF with its own salt).
      applyKey(copy, dbKey);
      copy.pragma('journal_mode = DELETE');
      copy.pragma(`rekey=${sqlString(passphrase.normalize('NFC'))}`);
    } finally {
      copy.close();
    }
    fsyncFile(tmp);
    renameSync(tmp, target);
    return { path: target, bytes: statSync(target).size };
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new AppError('DISK_FULL');
    throw new AppError('BACKUP_FAILED');
  }
}

/**
 * Reads a backup made by backupTo, checks it, and writes a copy encrypted with `dbKey` to a temporary file in
 * `intoDir`. The source file is opened read-only and never changed. Returns the temporary file's path.
 */
export function prepareRestore(source: string, passphrase: string, dbKey: Buffer, intoDir: string, nativeBinding?: string): string {
  let src: Db;
  try {
    src = new Database(source, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch {
    throw new AppError('RESTORE_BAD_FILE');
  }
  const tmp = join(intoDir, `.tovholder-restore-${randomBytes(6).toString('hex')}.tmp`);
  try {
    src.pragma(`cipher='sqlcipher'`);
    src.pragma('legacy=4');
    src.pragma(`key=${sqlString(passphrase.normalize('NFC'))}`);
    const check = src.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new AppError('RESTORE_BAD_FILE');
    const version = src.pragma('user_version', { simple: true }) as number;
    if (version > LATEST_VERSION) throw new AppError('DB_TOO_NEW');
    src.prepare('VACUUM INTO ?').run(tmp);
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new AppError('DISK_FULL');
    throw new AppError('RESTORE_BAD_FILE');
  } finally {
    src.close();
  }
  try {
    const copy = new Database(tmp, nativeBinding ? { nativeBinding } : {});
    try {
      copy.pragma(`cipher='sqlcipher'`);
      copy.pragma('legacy=4');
      copy.pragma(`key=${sqlString(passphrase.normalize('NFC'))}`);
      copy.pragma('journal_mode = DELETE');
      copy.pragma(`rekey=${rawKeyLiteral(dbKey)}`);
    } finally {
      copy.close();
    }
    fsyncFile(tmp);
    return tmp;
  } catch (err) {
    rmSync(tmp, { force: true });
    throw err instanceof AppError ? err : new AppError('RESTORE_BAD_FILE');
  }
}
