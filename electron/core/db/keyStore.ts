import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { AppError } from '../errors';

/**
 * The database key is 32 random bytes generated on first run. It never lies on disk in the clear: it is wrapped by
 * the OS keychain (Electron safeStorage, passed in as a SecretProtector), by a passphrase, or by both.
 */
export interface SecretProtector {
  isAvailable(): boolean;
  encrypt(plain: Buffer): Buffer;
  decrypt(sealed: Buffer): Buffer;
}

export type KeyProtection = 'os' | 'passphrase' | 'os+passphrase';

interface KeyFile {
  format: 'tovholder-key';
  version: 1;
  protection: KeyProtection;
  /** base64 of the (possibly doubly) wrapped key. */
  wrapped: string;
  salt?: string;
  createdAt: string;
}

const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

function passphraseWrap(key: Buffer, passphrase: string, salt: Buffer): Buffer {
  const kek = scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function passphraseUnwrap(blob: Buffer, passphrase: string, salt: Buffer): Buffer {
  const kek = scryptSync(passphrase.normalize('NFC'), salt, 32, SCRYPT);
  const decipher = createDecipheriv('aes-256-gcm', kek, blob.subarray(0, 12));
  decipher.setAuthTag(blob.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
  } catch {
    throw new AppError('KEY_WRONG_PASSPHRASE');
  }
}

export interface KeyOptions {
  protector: SecretProtector | null;
  passphrase?: string | undefined;
}

function wrap(key: Buffer, opts: KeyOptions): KeyFile {
  const osOk = opts.protector?.isAvailable() ?? false;
  if (!osOk && !opts.passphrase) throw new AppError('KEY_NEEDS_PASSPHRASE');
  let blob: Buffer = key;
  let salt: Buffer | undefined;
  if (opts.passphrase) {
    salt = randomBytes(16);
    blob = passphraseWrap(blob, opts.passphrase, salt);
  }
  if (osOk) blob = opts.protector!.encrypt(blob);
  const protection: KeyProtection = osOk && opts.passphrase ? 'os+passphrase' : osOk ? 'os' : 'passphrase';
  const file: KeyFile = { format: 'tovholder-key', version: 1, protection, wrapped: blob.toString('base64'), createdAt: new Date().toISOString() };
  if (salt) file.salt = salt.toString('base64');
  return file;
}

function unwrap(file: KeyFile, opts: KeyOptions): Buffer {
  let blob: Buffer = Buffer.from(file.wrapped, 'base64');
  if (file.protection !== 'passphrase') {
    if (!opts.protector?.isAvailable()) throw new AppError('KEY_NEEDS_PASSPHRASE', 'Styresystemets nøglering er ikke tilgængelig, så datafilens nøgle kan ikke låses op. Filen er ikke ændret.');
    try {
      blob = opts.protector.decrypt(blob);
    } catch {
      throw new AppError('KEY_FILE_DAMAGED');
    }
  }
  if (file.protection !== 'os') {
    if (!opts.passphrase) throw new AppError('KEY_WRONG_PASSPHRASE', 'Skriv adgangskoden for at låse datafilen op.');
    blob = passphraseUnwrap(blob, opts.passphrase, Buffer.from(file.salt ?? '', 'base64'));
  }
  if (blob.length !== 32) throw new AppError('KEY_FILE_DAMAGED');
  return blob;
}

function readKeyFile(path: string): KeyFile {
  let parsed: KeyFile;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  } catch {
    throw new AppError('KEY_FILE_DAMAGED');
  }
  if (parsed.format !== 'tovholder-key' || typeof parsed.wrapped !== 'string') throw new AppError('KEY_FILE_DAMAGED');
  return parsed;
}

function writeKeyFile(path: string, file: KeyFile): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, JSON.stringify(file, null, 2), { mode: 0o600 });
  renameSync(tmp, path);
}

export function keyFileProtection(path: string): KeyProtection | null {
  return existsSync(path) ? readKeyFile(path).protection : null;
}

/** Loads the key, or creates and stores a new one on first run. */
export function loadOrCreateKey(path: string, opts: KeyOptions): { key: Buffer; created: boolean; protection: KeyProtection } {
  if (existsSync(path)) {
    const file = readKeyFile(path);
    return { key: unwrap(file, opts), created: false, protection: file.protection };
  }
  const key = randomBytes(32);
  const file = wrap(key, opts);
  writeKeyFile(path, file);
  return { key, created: true, protection: file.protection };
}

/**
 * Stages a new key next to the current one (`.new`), so that a crash in the middle of a rekey never locks the
 * user out: at start-up both are tried (see candidateKeys).
 */
export function stageNewKey(path: string, key: Buffer, opts: KeyOptions): void {
  writeKeyFile(`${path}.new`, wrap(key, opts));
}

export function commitNewKey(path: string): void {
  renameSync(`${path}.new`, path);
}

export function discardNewKey(path: string): void {
  rmSync(`${path}.new`, { force: true });
}

/** The current key first, then a staged key if a rekey was interrupted. */
export function candidateKeys(path: string, opts: KeyOptions): Buffer[] {
  const keys = [loadOrCreateKey(path, opts).key];
  if (existsSync(`${path}.new`)) {
    try {
      keys.push(unwrap(readKeyFile(`${path}.new`), opts));
    } catch {
      /* a half-written staged key is ignored; the current key still opens the database */
    }
  }
  return keys;
}

/** Re-wraps the same key with new protection (e.g. adding a passphrase). The database is untouched. */
export function rewrapKey(path: string, key: Buffer, opts: KeyOptions): KeyProtection {
  const file = wrap(key, opts);
  writeKeyFile(path, file);
  return file.protection;
}
