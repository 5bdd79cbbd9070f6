import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../errors';
import {
  checkPrepared,
  copyUnderKey,
  inspectCandidate,
  removeDbFile,
  swapInDatabase,
  writeSafetyCopy,
  type CandidateSummary,
  type Secret,
} from '../db/restore';
import { safetyCopyFile } from '../db/safetyCopies';
import type { Db } from '../db/types';
import type { StepReporter } from '../db/backup';
import { dataFileText } from '../../../shared/text/dataFile';

interface Candidate {
  path: string;
  secret: Secret;
  kind: 'backup' | 'safetyCopy';
  /** What the user was shown; the restore refuses a file that no longer holds it. Absent: not chosen on a screen. */
  shown?: CandidateSummary;
}

export interface InspectedCandidate {
  candidateId: string;
  name: string;
  kind: 'backup' | 'safetyCopy';
  summary: CandidateSummary;
}

/**
 * The two steps of a restore. `inspect` checks a chosen file and remembers it under an id; the user sees what it
 * holds and confirms; `restore` takes the id (never a path from the screen), checks the file again and replaces the
 * database. Shared by the open core and the lock screen.
 */
export class RestoreCandidates {
  private readonly byId = new Map<string, Candidate>();

  /**
   * Step 1: the file decrypts, every page is readable and every b-tree well formed (`quick_check`), it is Tovholder
   * and holds data. The full `integrity_check` (every index against its table) is step 2's, on the copy that will
   * become the database: run here too, it cost the user 3.6 s more of a 300 MB file (issue 17).
   */
  inspect(path: string, secret: Secret, kind: Candidate['kind'], nativeBinding?: string): InspectedCandidate {
    const summary = inspectCandidate(path, secret, nativeBinding, { check: 'quick_check' });
    const candidateId = randomBytes(9).toString('base64url');
    this.byId.clear();
    this.byId.set(candidateId, { path, secret, kind, shown: summary });
    return { candidateId, name: basename(path), kind, summary };
  }

  inspectSafetyCopy(dataDir: string, name: string, key: Buffer | null, nativeBinding?: string): InspectedCandidate {
    const path = safetyCopyFile(dataDir, name);
    if (!existsSync(path)) throw new AppError('NOT_FOUND', dataFileText.restore.copyGone);
    if (!key) throw new AppError('RESTORE_BAD_FILE', dataFileText.restore.lockedWithDataKey);
    try {
      return this.inspect(path, { key }, 'safetyCopy', nativeBinding);
    } catch (err) {
      if (err instanceof AppError && err.code === 'RESTORE_BAD_FILE') {
        throw new AppError('RESTORE_BAD_FILE', dataFileText.restore.notWithCurrentKey);
      }
      throw err;
    }
  }

  take(candidateId: string): Candidate {
    const c = this.byId.get(candidateId);
    if (!c) throw new AppError('NOT_FOUND', dataFileText.restore.choiceExpired);
    this.byId.delete(candidateId);
    return c;
  }
}

/**
 * Replaces the database with a checked candidate: a copy under `dbKey`, checked in full, is written first (the
 * order of `prepareRestore`, in steps the progress bar shows), then the current
 * database is kept as a safety copy, then – with the connection closed and its WAL checkpointed – one atomic
 * rename. A kill at any moment leaves either the old database or the restored one, both openable with `dbKey`.
 * `beforeSwap` runs just before the rename (the lock screen stages a new key there).
 */
export async function replaceDatabase(opts: {
  dbFile: string;
  dataDir: string;
  candidate: Candidate;
  dbKey: Buffer;
  db: Db | null;
  now: Date;
  nativeBinding?: string | undefined;
  beforeSwap?: () => void;
  onStep?: StepReporter | undefined;
}): Promise<{ safetyCopy: string | null; summary: CandidateSummary }> {
  const step = opts.onStep ?? (async () => {});
  const { path, secret } = opts.candidate;
  // The candidate is read again, not trusted from the choice: it may have changed since the user looked at it.
  await step('copy', 0);
  const summary = inspectCandidate(path, secret, opts.nativeBinding, { check: 'none' });
  if (opts.candidate.shown && !sameContent(opts.candidate.shown, summary)) {
    throw new AppError('RESTORE_BAD_FILE', dataFileText.restore.changedSinceChosen(summary.children, summary.meetings));
  }
  const prepared = copyUnderKey(path, secret, opts.dbKey, opts.dataDir, opts.nativeBinding);
  let safetyCopy: string | null = null;
  try {
    // The full check runs on the copy that will become the database (see prepareRestore for why that suffices).
    await step('verify', 0.55);
    checkPrepared(prepared, opts.dbKey, opts.nativeBinding);
    // The last report: from the safety copy to the swap nothing yields, so no write can land between the two.
    await step('safetyCopy', 0.9);
    if (existsSync(opts.dbFile)) safetyCopy = writeSafetyCopy(opts.db, opts.dbFile, opts.now);
    if (opts.db?.open) {
      const res = opts.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (res[0]?.busy) throw new AppError('DB_LOCKED', dataFileText.restore.readerHoldsLog);
      opts.db.close();
    }
    opts.beforeSwap?.();
  } catch (err) {
    removeDbFile(prepared);
    // Refused before the swap: the safety copy of data that stay in place is not kept either.
    if (safetyCopy) removeDbFile(join(dirname(opts.dbFile), safetyCopy));
    throw err;
  }
  swapInDatabase(opts.dbFile, prepared);
  return { safetyCopy, summary };
}

/** The same file content as the user was shown (not its time: a copy of the same file may be newer). */
function sameContent(a: CandidateSummary, b: CandidateSummary): boolean {
  return (
    a.children === b.children &&
    a.people === b.people &&
    a.meetings === b.meetings &&
    a.newestMeeting === b.newestMeeting &&
    a.lastChange === b.lastChange &&
    a.schemaVersion === b.schemaVersion &&
    a.bytes === b.bytes
  );
}

export function safetyCopyFullPath(dataDir: string, name: string | null): string | null {
  return name ? join(dataDir, name) : null;
}
