import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { candidateKeys, commitNewKey, discardNewKey, type KeyOptions } from './keyStore';
import { writeMeta } from './openDb';
import { mainFileOpensWith, opensWith, rekeyFileAtomically } from './restore';
import { listSafetyCopies } from './safetyCopies';

/**
 * Picks the key that opens the database and finishes or rolls back an interrupted key change:
 * - the current key opens it: a staged `tovholder.key.new` is a key change that never reached its swap – discarded;
 * - the staged key opens it: the swap happened – safety copies still under the old key are re-encrypted, the
 *   sidecar fingerprint is updated and the staged key becomes the key.
 * When neither opens it (or there is no database yet), the current key is returned and opening reports the cause.
 */
export function resolveKey(keyPath: string, opts: KeyOptions & { dbFile: string; nativeBinding?: string | undefined }): Buffer {
  const keys = candidateKeys(keyPath, opts);
  const [current, staged] = keys as [Buffer, Buffer | undefined];
  if (!existsSync(opts.dbFile)) {
    discardNewKey(keyPath);
    return current;
  }
  if (opensWith(opts.dbFile, current, opts.nativeBinding)) {
    if (existsSync(`${keyPath}.new`)) discardNewKey(keyPath);
    return current;
  }
  if (staged && opensWith(opts.dbFile, staged, opts.nativeBinding)) {
    finishKeyChange(opts.dbFile, current, staged, opts.nativeBinding);
    commitNewKey(keyPath);
    return staged;
  }
  // Neither opens read-only. After a kill just past the swap a hot journal (or a WAL to recover) written under the
  // new key can make a read-only open fail whatever the key; the main file alone tells which key it has, and the
  // real open then replays the journal with that key.
  if (staged && !mainFileOpensWith(opts.dbFile, current, opts.nativeBinding) && mainFileOpensWith(opts.dbFile, staged, opts.nativeBinding)) {
    finishKeyChange(opts.dbFile, current, staged, opts.nativeBinding);
    commitNewKey(keyPath);
    return staged;
  }
  return current;
}

/** The steps of a key change after the database itself was swapped: safety copies, then the sidecar. Idempotent. */
export function finishKeyChange(dbFile: string, oldKey: Buffer, newKey: Buffer, nativeBinding?: string): void {
  const dir = dirname(dbFile);
  for (const { path } of listSafetyCopies(dir)) {
    if (!opensWith(path, newKey, nativeBinding) && opensWith(path, oldKey, nativeBinding)) rekeyFileAtomically(path, oldKey, newKey, nativeBinding);
  }
  writeMeta(dbFile, newKey);
}
