import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { contract } from '../../../shared/ipc/contract';
import { ERROR_MESSAGES } from '../../../shared/text/errors';
import { normalizeNfc } from '../../../shared/text/normalize';
import { AppError } from '../errors';
import { randomBytes } from 'node:crypto';
import { resolveKey } from '../db/keyResolution';
import { commitNewKey, discardNewKey, kdfIsOld, keyFileProtection, rewrapKey, stageNewKey, type SecretProtector } from '../db/keyStore';
import { safetyCopiesForScreen } from '../db/safetyCopies';
import type { CallMeta, Dispatch } from '../ipc/dispatch';
import { replaceDatabase, RestoreCandidates } from './restoreFlow';
import type { Dialogs } from './core';
import { dataFileText } from '../../../shared/text/dataFile';

export type LockStatus = { state: 'ready'; mode: null; reason: null } | { state: 'locked'; mode: 'choose' | 'enter' | 'restore'; reason: string };

const ENTER_MESSAGE = dataFileText.lock.enter;
const CHOOSE_MESSAGE = dataFileText.lock.choose;
const KEYCHAIN_GONE = dataFileText.lock.keychainGone;

/**
 * Before the database is open, the app serves only what the lock screen needs: `app.status`, `app.unlock` and
 * restore (from a backup file or a safety copy). The status names the real cause – a passphrase is asked for only
 * when a passphrase protects the key; a missing key file, a missing keychain and a damaged file each have their
 * own message and lead to restore, not to a passphrase field. A key is never created while a database exists.
 */
export function createLockGate(opts: {
  dataDir: string;
  keyPath: string;
  dbFile: string;
  protector: SecretProtector | null;
  dialogs: Dialogs;
  nativeBinding?: string | undefined;
  now?: () => Date;
  /** Opens the core with the key and returns its full dispatcher. */
  open: (key: Buffer, passphrase: string | undefined) => Dispatch;
}): Dispatch {
  let ready: Dispatch | null = null;
  /** Why the last attempt to open failed, if it did. */
  let failure: AppError | null = null;
  /** A key that was unwrapped although the database did not open with it (a damaged file): restore reuses it. */
  let unwrappedKey: Buffer | null = null;
  const candidates = new RestoreCandidates();
  const osOk = () => opts.protector?.isAvailable() ?? false;

  function status(): LockStatus {
    if (ready) return { state: 'ready', mode: null, reason: null };
    if (failure && failure.code !== 'KEY_WRONG_PASSPHRASE') {
      const reason = failure.code === 'KEY_NEEDS_PASSPHRASE' ? KEYCHAIN_GONE : failure.message;
      return { state: 'locked', mode: 'restore', reason };
    }
    if (!existsSync(opts.keyPath)) {
      if (existsSync(opts.dbFile)) return { state: 'locked', mode: 'restore', reason: ERROR_MESSAGES.KEY_FILE_MISSING };
      return osOk() ? { state: 'locked', mode: 'enter', reason: ENTER_MESSAGE } : { state: 'locked', mode: 'choose', reason: CHOOSE_MESSAGE };
    }
    return { state: 'locked', mode: 'enter', reason: ENTER_MESSAGE };
  }

  function tryOpen(passphrase?: string): void {
    unwrappedKey = null;
    const key = resolveKey(opts.keyPath, { protector: opts.protector, passphrase, dbFile: opts.dbFile, nativeBinding: opts.nativeBinding });
    unwrappedKey = key;
    ready = opts.open(key, passphrase);
    failure = null;
    // A key file wrapped with the older, weaker KDF is re-wrapped now that the passphrase is known.
    if (passphrase && kdfIsOld(opts.keyPath)) rewrapKey(opts.keyPath, key, { protector: opts.protector, passphrase });
  }

  function attempt(passphrase?: string): void {
    try {
      tryOpen(passphrase);
    } catch (err) {
      failure = err instanceof AppError ? err : new AppError('INTERNAL');
      throw failure;
    }
  }

  // Without a passphrase in play, unlock at once.
  try {
    const protection = existsSync(opts.keyPath) ? keyFileProtection(opts.keyPath) : null;
    if (protection === 'os' || (protection === null && (osOk() || existsSync(opts.dbFile)))) attempt();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }

  /**
   * Restore while locked. The restored data are encrypted with the key that was unwrapped (the file was damaged),
   * or with a new key protected by the keychain – staged as `tovholder.key.new` before the swap, like a key change,
   * so a kill never leaves a database without its key. The old key file is kept beside it.
   */
  async function restoreLocked(candidateId: string, passphraseForKey: string | undefined): Promise<{ restored: true; safetyCopy: string | null }> {
    const candidate = candidates.take(candidateId);
    let key = unwrappedKey;
    let staged = false;
    if (!key) {
      if (!osOk()) {
        throw new AppError('KEY_NEEDS_PASSPHRASE', dataFileText.lock.restoreNeedsKeychain);
      }
      key = randomBytes(32);
      staged = true;
    }
    const now = opts.now?.() ?? new Date();
    const newKey = key;
    const res = await replaceDatabase({
      dbFile: opts.dbFile,
      dataDir: opts.dataDir,
      candidate,
      dbKey: key,
      db: null,
      now,
      nativeBinding: opts.nativeBinding,
      beforeSwap: staged
        ? () => {
            if (existsSync(opts.keyPath)) copyFileSync(opts.keyPath, `${opts.keyPath}.foer-gendannelse-${now.toISOString().replace(/[:.]/g, '-')}`);
            stageNewKey(opts.keyPath, newKey, { protector: opts.protector, passphrase: passphraseForKey });
          }
        : undefined,
    });
    if (staged) commitNewKey(opts.keyPath);
    else discardNewKey(opts.keyPath);
    failure = null;
    ready = opts.open(key, passphraseForKey);
    return { restored: true, safetyCopy: res.safetyCopy ? join(opts.dataDir, res.safetyCopy) : null };
  }

  async function lockedRestoreCall(channel: string, raw: unknown): Promise<unknown> {
    if (channel === 'db.safetyCopies') return safetyCopiesForScreen(opts.dataDir);
    if (channel === 'db.restoreChoose') {
      const { passphrase } = contract['db.restoreChoose'].input.parse(raw);
      const source = await opts.dialogs.openFile({ title: dataFileText.dialogs.chooseBackup, filters: [{ name: dataFileText.dialogs.backupFilter, extensions: ['tovholder'] }] });
      if (!source) return null;
      return candidates.inspect(source, { passphrase }, 'backup', opts.nativeBinding);
    }
    if (channel === 'db.restoreSafetyCopy') {
      const { name } = contract['db.restoreSafetyCopy'].input.parse(raw);
      return candidates.inspectSafetyCopy(opts.dataDir, name, unwrappedKey, opts.nativeBinding);
    }
    const { candidateId } = contract['db.restore'].input.parse(raw);
    return restoreLocked(candidateId, undefined);
  }

  return async function gate(channel: unknown, raw: unknown, meta: CallMeta) {
    if (ready) {
      if (channel === 'app.status') return { ok: true, value: status() };
      return ready(channel, raw, meta);
    }
    if (!meta.trustedSender) return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: dataFileText.lockGate.refused } };
    const input = normalizeNfc(raw);
    if (channel === 'app.status') return { ok: true, value: status() };
    if (channel === 'app.unlock') {
      const passphrase = (input as { passphrase?: unknown } | null)?.passphrase;
      if (typeof passphrase !== 'string' || passphrase.length < 8 || passphrase.length > 200) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: dataFileText.lockGate.passphraseShort, field: 'passphrase' } };
      }
      try {
        attempt(passphrase);
        return { ok: true, value: status() };
      } catch (err) {
        const e = err instanceof AppError ? err : new AppError('INTERNAL');
        return { ok: false, error: { code: e.code, message: e.message } };
      }
    }
    if (channel === 'db.safetyCopies' || channel === 'db.restoreChoose' || channel === 'db.restoreSafetyCopy' || channel === 'db.restore') {
      try {
        return { ok: true, value: await lockedRestoreCall(channel, input) };
      } catch (err) {
        const e = err instanceof AppError ? err : new AppError(err instanceof Error && err.name === 'ZodError' ? 'INVALID_INPUT' : 'INTERNAL');
        return { ok: false, error: { code: e.code, message: e.message } };
      }
    }
    return { ok: false, error: { code: 'LOCKED', message: status().reason ?? ERROR_MESSAGES.LOCKED } };
  };
}
