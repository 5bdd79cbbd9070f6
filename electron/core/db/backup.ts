import { realpathSync, renameSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { dataFileText } from '../../../shared/text/dataFile';
import { AppError } from '../errors';
import { clearPending, markPending } from './leftovers';
import { copyOpenDatabase, fsyncDir, fsyncFile, inspectCandidate, rekeyCopy, removeDbFile, tempIn } from './restore';
import type { Db } from './types';
import type { ProgressStep } from '../../../shared/ipc/events';

/**
 * Called between the phases of a long operation with the step about to start and the share of the work done; the
 * caller reports it (the `progress` event) and yields, so the report reaches the screen before the next phase.
 */
export type StepReporter = (step: ProgressStep, fraction: number) => Promise<void>;

/**
 * Writes an encrypted copy of the database to `target`, protected by a passphrase so that it can be restored on
 * another computer. The copy – the checkpointed file's bytes, or `VACUUM INTO` when a checkpoint cannot finish
 * (`copyOpenDatabase`; `db.backup()` does not work on encrypted databases) – is written to a temporary file
 * (recorded by a marker in the data folder, so start-up removes it if the app is killed), re-keyed to the
 * passphrase (`rekeyCopy`: through VACUUM INTO when a page that holds no data is damaged), then test-opened as a
 * restore opens it – decrypt, the full integrity_check, Tovholder schema, holds data – fsynced, and only then renamed
 * into place. A typo-free passphrase is the
 * screen's job (typed twice); a backup reported as made can always be opened with the passphrase it was given.
 * Throws AppError BACKUP_FAILED (also for a target in the data folder, with its own message) or DISK_FULL.
 */
/** Whether two folder paths name the same folder (through links too, where they exist). */
function sameFolder(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

export async function backupTo(
  db: Db,
  dbKey: Buffer,
  target: string,
  passphrase: string,
  opts: { dataDir: string; nativeBinding?: string | undefined; onStep?: StepReporter | undefined },
): Promise<{ path: string; bytes: number }> {
  // Never into the data folder: a backup saved over tovholder.db, its key or a safety copy would replace them.
  if (sameFolder(dirname(target), opts.dataDir)) throw new AppError('BACKUP_FAILED', dataFileText.backup.notInDataFolder);
  const tmp = tempIn(dirname(target), 'backup');
  const marker = markPending(opts.dataDir, tmp);
  const step = opts.onStep ?? (async () => {});
  try {
    await step('copy', 0);
    copyOpenDatabase(db, db.name, tmp);
    await step('encrypt', 0.1);
    // The copy keeps the database key; re-key it to the passphrase (SQLCipher's KDF).
    rekeyCopy(tmp, { key: dbKey }, { passphrase }, opts.nativeBinding, () => db.prepare('VACUUM INTO ?').run(tmp));
    await step('verify', 0.6);
    // Opens as a restore would – decrypt with the passphrase, the full integrity_check, Tovholder schema, holds data –
    // so a backup reported as made is one the restore accepts (an index that no longer matches its table is found
    // here, not on the day the backup is needed).
    inspectCandidate(tmp, { passphrase }, opts.nativeBinding, { check: 'integrity_check' });
    await step('swap', 0.95);
    fsyncFile(tmp);
    renameSync(tmp, target);
    fsyncDir(dirname(target));
    return { path: target, bytes: statSync(target).size };
  } catch (err) {
    removeDbFile(tmp);
    if (err instanceof AppError && err.code === 'DISK_FULL') throw err;
    const code = (err as { code?: string }).code;
    if (code === 'SQLITE_FULL' || code === 'ENOSPC') throw new AppError('DISK_FULL');
    throw new AppError('BACKUP_FAILED');
  } finally {
    clearPending(marker);
  }
}
