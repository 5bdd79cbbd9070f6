import { renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../errors';
import { clearPending, markPending } from './leftovers';
import { copyOpenDatabase, fsyncPath, inspectCandidate, rekeyTemporary, removeDbFile, tempIn } from './restore';
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
 * (recorded by a marker in the data folder, so start-up removes it if the app is killed), re-keyed to the passphrase, then test-opened as a restore would open it – decrypt, every page
 * readable, Tovholder schema, holds data – and only then renamed into place. A typo-free passphrase is the
 * screen's job (typed twice); a backup reported as made can always be opened with the passphrase it was given.
 */
export async function backupTo(
  db: Db,
  dbKey: Buffer,
  target: string,
  passphrase: string,
  opts: { dataDir: string; nativeBinding?: string | undefined; onStep?: StepReporter | undefined },
): Promise<{ path: string; bytes: number }> {
  const tmp = tempIn(dirname(target), 'backup');
  const marker = markPending(opts.dataDir, tmp);
  const step = opts.onStep ?? (async () => {});
  try {
    await step('copy', 0);
    copyOpenDatabase(db, db.name, tmp);
    await step('encrypt', 0.1);
    // The copy keeps the database key; re-key it to the passphrase (SQLCipher's KDF).
    rekeyTemporary(tmp, { key: dbKey }, { passphrase }, opts.nativeBinding);
    await step('verify', 0.65);
    // Opens as a restore would – decrypt with the passphrase, every page readable (quick_check), Tovholder schema,
    // holds data. The full integrity_check (indexes against tables) is the restore's, on the copy it makes: here
    // it would cost 3.6 s more of a 300 MB file (issue 17), on pages the re-key has just decrypted and authenticated.
    inspectCandidate(tmp, { passphrase }, opts.nativeBinding, { check: 'quick_check' });
    await step('swap', 0.95);
    fsyncPath(tmp);
    renameSync(tmp, target);
    fsyncPath(dirname(target));
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
