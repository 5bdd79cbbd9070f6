import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateKeys, commitNewKey, kdfIsOld, loadOrCreateKey, stageNewKey, type SecretProtector } from '../../../electron/core/db/keyStore';
import { tempDir, testKey } from '../../helpers/core';

/** Stands in for Electron safeStorage: XOR with a machine secret, enough to prove the key is never stored raw. */
function fakeProtector(available = true): SecretProtector {
  const secret = Buffer.alloc(64, 0x5c);
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ secret[i % secret.length]!));
  return { isAvailable: () => available, encrypt: xor, decrypt: xor };
}

// scrypt at OWASP strength (N=2^17, 128 MiB) takes about half a second per wrap or unwrap; more on a loaded CI machine.
describe('key store', { timeout: 60_000 }, () => {
  it('generates a key on first run, stores it wrapped, and loads the same key later', () => {
    const path = join(tempDir(), 'tovholder.key');
    const first = loadOrCreateKey(path, { protector: fakeProtector() });
    expect(first.created).toBe(true);
    expect(first.key).toHaveLength(32);
    expect(readFileSync(path, 'utf8')).not.toContain(first.key.toString('base64'));
    expect(readFileSync(path, 'utf8')).not.toContain(first.key.toString('hex'));
    const again = loadOrCreateKey(path, { protector: fakeProtector() });
    expect(again.created).toBe(false);
    expect(again.key.equals(first.key)).toBe(true);
  });

  it('asks for a passphrase instead of storing a plain key when the keychain is unavailable', () => {
    const path = join(tempDir(), 'tovholder.key');
    expect(() => loadOrCreateKey(path, { protector: fakeProtector(false) })).toThrow(/adgangskode/);
    expect(existsSync(path)).toBe(false);
    const withPass = loadOrCreateKey(path, { protector: fakeProtector(false), passphrase: 'lang adgangskode' });
    expect(withPass.protection).toBe('passphrase');
    expect(loadOrCreateKey(path, { protector: null, passphrase: 'lang adgangskode' }).key.equals(withPass.key)).toBe(true);
    expect(() => loadOrCreateKey(path, { protector: null, passphrase: 'forkert' })).toThrow(/forkert/);
  });

  it('a passphrase can be a second factor on top of the keychain', () => {
    const path = join(tempDir(), 'tovholder.key');
    const k = loadOrCreateKey(path, { protector: fakeProtector(), passphrase: 'to faktorer' });
    expect(k.protection).toBe('os+passphrase');
    expect(() => loadOrCreateKey(path, { protector: fakeProtector() })).toThrow(/adgangskoden/);
    expect(loadOrCreateKey(path, { protector: fakeProtector(), passphrase: 'to faktorer' }).key.equals(k.key)).toBe(true);
  });

  it('a staged new key is tried too, so an interrupted rekey never locks the user out', () => {
    const path = join(tempDir(), 'tovholder.key');
    const old = loadOrCreateKey(path, { protector: fakeProtector() }).key;
    const next = testKey();
    stageNewKey(path, next, { protector: fakeProtector() });
    const keys = candidateKeys(path, { protector: fakeProtector() });
    expect(keys.map((k) => k.toString('hex'))).toEqual([old.toString('hex'), next.toString('hex')]);
    commitNewKey(path);
    expect(loadOrCreateKey(path, { protector: fakeProtector() }).key.equals(next)).toBe(true);
  });
});

describe('the passphrase KDF', { timeout: 60_000 }, () => {
  it('wraps new keys with scrypt at OWASP strength (N = 2^17, r = 8, p = 1) and records the parameters', () => {
    const path = join(tempDir(), 'tovholder.key');
    loadOrCreateKey(path, { protector: null, passphrase: 'lampe regn violin' });
    const file = JSON.parse(readFileSync(path, 'utf8')) as { version: number; kdf: { name: string; N: number; r: number; p: number } };
    expect(file.version).toBe(2);
    expect(file.kdf).toEqual({ name: 'scrypt', N: 131072, r: 8, p: 1 });
    expect(kdfIsOld(path)).toBe(false);
  });

  it('a key file from before (N = 2^15, no parameters stored) still opens and is known to be old', () => {
    const path = join(tempDir(), 'tovholder.key');
    const key = randomBytes(32);
    const salt = randomBytes(16);
    const kek = scryptSync('lampe regn violin', salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', kek, iv);
    const body = Buffer.concat([cipher.update(key), cipher.final()]);
    const wrapped = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    writeFileSync(path, JSON.stringify({ format: 'tovholder-key', version: 1, protection: 'passphrase', wrapped, salt: salt.toString('base64'), createdAt: '2026-01-01T00:00:00Z' }));
    expect(kdfIsOld(path)).toBe(true);
    expect(loadOrCreateKey(path, { protector: null, passphrase: 'lampe regn violin' }).key.equals(key)).toBe(true);
  });

  it('the same passphrase typed composed or decomposed unwraps the key', () => {
    const path = join(tempDir(), 'tovholder.key');
    const { key } = loadOrCreateKey(path, { protector: null, passphrase: 'blåbærgrød på tirsdag'.normalize('NFC') });
    expect(loadOrCreateKey(path, { protector: null, passphrase: 'blåbærgrød på tirsdag'.normalize('NFD') }).key.equals(key)).toBe(true);
  });

  it('never creates a key while a database exists: a missing key file is named as the cause', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tovholder.db'), randomBytes(8192));
    expect(() => loadOrCreateKey(join(dir, 'tovholder.key'), { protector: null, passphrase: 'lampe regn violin', dbFile: join(dir, 'tovholder.db') })).toThrow(/Nøglefilen \(tovholder.key\) mangler/);
    expect(existsSync(join(dir, 'tovholder.key'))).toBe(false);
  });
});
