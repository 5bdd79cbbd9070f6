import Database from 'better-sqlite3-multiple-ciphers';
import { join } from 'node:path';
import { AppError } from '../errors';
import type { Db } from './types';

export const LOCK_FILE_NAME = 'tovholder.lock';

export interface FolderLock {
  readonly path: string;
  release(): void;
}

/**
 * One process per data folder. The lock is SQLite's own exclusive file lock (fcntl on Linux and macOS, LockFileEx on
 * Windows, and the same over SMB/NFS), held on a small, empty lock file beside the database for the life of the
 * process. The operating system releases it when the process ends, however it ends, so a crash never leaves a
 * stale lock – and a second process (a second bridge, another user session, another computer on a network drive)
 * is refused with a Danish message. It is a separate file so that restore and key change can replace the database
 * file without ever letting go of the folder.
 */
export function acquireFolderLock(dataDir: string, nativeBinding?: string): FolderLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  let db: Db;
  try {
    db = new Database(path, { timeout: 0, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch {
    throw new AppError('DATA_DIR_IN_USE');
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = DELETE');
    // The first write takes the exclusive lock; in EXCLUSIVE locking mode it is held until the connection closes.
    db.exec('BEGIN EXCLUSIVE; PRAGMA user_version = 1; COMMIT');
  } catch {
    db.close();
    throw new AppError('DATA_DIR_IN_USE');
  }
  return {
    path,
    release: () => {
      if (db.open) db.close();
    },
  };
}
