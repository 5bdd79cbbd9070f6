import { existsSync } from 'node:fs';
import { AppError } from '../errors';
import { candidateKeys, commitNewKey, keyFileProtection, type SecretProtector } from '../db/keyStore';
import type { CallMeta, Dispatch } from '../ipc/dispatch';

export type LockStatus = { state: 'ready'; mode: null; reason: null } | { state: 'locked'; mode: 'choose' | 'enter'; reason: string };

const LOCKED_MESSAGE = 'Tovholder er låst. Skriv adgangskoden for at åbne datafilen.';

/**
 * Before the database key is available, the app serves only `app.status` and `app.unlock`. The key is unwrapped by
 * the OS keychain when it can be; when the keychain is missing (or the user added a passphrase), the user is asked
 * for a passphrase – a plain key is never stored.
 */
export function createLockGate(opts: {
  keyPath: string;
  protector: SecretProtector | null;
  /** Opens the core with the key and returns its full dispatcher. */
  open: (key: Buffer, passphrase: string | undefined) => Dispatch;
}): Dispatch {
  let ready: Dispatch | null = null;

  function status(): LockStatus {
    if (ready) return { state: 'ready', mode: null, reason: null };
    const osOk = opts.protector?.isAvailable() ?? false;
    if (!existsSync(opts.keyPath)) {
      return osOk
        ? { state: 'locked', mode: 'enter', reason: LOCKED_MESSAGE }
        : { state: 'locked', mode: 'choose', reason: 'Computerens sikre nøglering er ikke tilgængelig. Vælg en adgangskode, som beskytter datafilens nøgle. Skriv den ned et sikkert sted – uden den kan data ikke åbnes.' };
    }
    return { state: 'locked', mode: 'enter', reason: LOCKED_MESSAGE };
  }

  /** The current key, then a staged one if a key change was interrupted (see Core.rekey). */
  function tryOpen(passphrase?: string): void {
    const keys = candidateKeys(opts.keyPath, { protector: opts.protector, passphrase });
    let lastError: unknown = null;
    for (const [i, key] of keys.entries()) {
      try {
        ready = opts.open(key, passphrase);
        if (i > 0) commitNewKey(opts.keyPath);
        return;
      } catch (err) {
        lastError = err;
        // With a staged key, the sidecar fingerprint may still name the old key: any unreadable answer means „try the next".
        if (!(err instanceof AppError) || !['DB_WRONG_KEY', 'DB_DAMAGED', 'DB_UNREADABLE'].includes(err.code)) throw err;
      }
    }
    throw lastError;
  }

  // Without a passphrase in play, unlock at once.
  try {
    const protection = existsSync(opts.keyPath) ? keyFileProtection(opts.keyPath) : null;
    if ((protection === 'os' || protection === null) && opts.protector?.isAvailable()) tryOpen();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
  }

  return async function gate(channel: unknown, raw: unknown, meta: CallMeta) {
    if (ready) {
      if (channel === 'app.status') return { ok: true, value: status() };
      return ready(channel, raw, meta);
    }
    if (!meta.trustedSender) return { ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'Kaldet blev afvist.' } };
    if (channel === 'app.status') return { ok: true, value: status() };
    if (channel === 'app.unlock') {
      const passphrase = (raw as { passphrase?: unknown } | null)?.passphrase;
      if (typeof passphrase !== 'string' || passphrase.length < 8 || passphrase.length > 200) {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'Adgangskoden skal have mindst 8 tegn.', field: 'passphrase' } };
      }
      try {
        tryOpen(passphrase);
        return { ok: true, value: status() };
      } catch (err) {
        const e = err instanceof AppError ? err : new AppError('INTERNAL');
        return { ok: false, error: { code: e.code, message: e.message } };
      }
    }
    return { ok: false, error: { code: 'LOCKED', message: LOCKED_MESSAGE } };
  };
}
