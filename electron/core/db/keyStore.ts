import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { AppError } from '../errors';
import { dataFileText } from '../../../shared/text/dataFile';

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

interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

interface KeyFile {
  format: 'tovholder-key';
  /** 1: scrypt N=2^15 (implied). 2: the parameters are stored in `kdf`. */
  version: 1 | 2;
  kdf?: { name: 'scrypt' } & ScryptParams;
  protection: KeyProtection;
  /** base64 of the (possibly doubly) wrapped key. */
  wrapped: string;
  salt?: string;
  createdAt: string;
}

/**
 * The passphrase KDF. OWASP's Password Storage Cheat Sheet (2023 and later) asks for scrypt with N ≥ 2^17, r = 8,
 * p = 1 (128 MiB). The unlock time is measured in `npm run bench`. Key files written with the earlier N = 2^15 still
 * open and are re-wrapped with these parameters on the next unlock (upgradeKdf).
 */
export const SCRYPT_PARAMS: ScryptParams = { N: 1 << 17, r: 8, p: 1 };
const LEGACY_SCRYPT: ScryptParams = { N: 1 << 15, r: 8, p: 1 };

function kek(passphrase: string, salt: Buffer, params: ScryptParams): Buffer {
  return scryptSync(passphrase.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r + 16 * 1024 * 1024 });
}

function passphraseWrap(key: Buffer, passphrase: string, salt: Buffer): Buffer {
  const kekBytes = kek(passphrase, salt, SCRYPT_PARAMS);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kekBytes, iv);
  const body = Buffer.concat([cipher.update(key), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function passphraseUnwrap(blob: Buffer, passphrase: string, salt: Buffer, params: ScryptParams): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', kek(passphrase, salt, params), blob.subarray(0, 12));
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
  const file: KeyFile = { format: 'tovholder-key', version: 2, protection, wrapped: blob.toString('base64'), createdAt: new Date().toISOString() };
  if (salt) {
    file.salt = salt.toString('base64');
    file.kdf = { name: 'scrypt', ...SCRYPT_PARAMS };
  }
  return file;
}

function unwrap(file: KeyFile, opts: KeyOptions): Buffer {
  let blob: Buffer = Buffer.from(file.wrapped, 'base64');
  if (file.protection !== 'passphrase') {
    if (!opts.protector?.isAvailable()) throw new AppError('KEY_NEEDS_PASSPHRASE', dataFileText.key.keychainUnavailable);
    try {
      blob = opts.protector.decrypt(blob);
    } catch {
      throw new AppError('KEY_FILE_DAMAGED');
    }
  }
  if (file.protection !== 'os') {
    if (!opts.passphrase) throw new AppError('KEY_WRONG_PASSPHRASE', dataFileText.key.passphraseNeeded);
    const params = file.kdf ? { N: file.kdf.N, r: file.kdf.r, p: file.kdf.p } : LEGACY_SCRYPT;
    blob = passphraseUnwrap(blob, opts.passphrase, Buffer.from(file.salt ?? '', 'base64'), params);
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
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeFileSync(fd, JSON.stringify(file, null, 2));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export function keyFileProtection(path: string): KeyProtection | null {
  return existsSync(path) ? readKeyFile(path).protection : null;
}

/**
 * Loads the key, or creates and stores a new one on first run. A new key is never made while a database exists
 * (`dbFile`): a new key cannot open it, and writing one would hide the real cause – the key file is missing.
 */
export function loadOrCreateKey(path: string, opts: KeyOptions & { dbFile?: string }): { key: Buffer; created: boolean; protection: KeyProtection } {
  if (existsSync(path)) {
    const file = readKeyFile(path);
    return { key: unwrap(file, opts), created: false, protection: file.protection };
  }
  if (opts.dbFile && existsSync(opts.dbFile)) throw new AppError('KEY_FILE_MISSING');
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

/** True when the key file was written with a weaker KDF than SCRYPT_PARAMS and a passphrase protects it. */
export function kdfIsOld(path: string): boolean {
  if (!existsSync(path)) return false;
  const file = readKeyFile(path);
  return file.protection !== 'os' && (file.kdf?.N ?? LEGACY_SCRYPT.N) < SCRYPT_PARAMS.N;
}

/** The current key first, then a staged key if a rekey was interrupted. */
export function candidateKeys(path: string, opts: KeyOptions & { dbFile?: string }): Buffer[] {
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
