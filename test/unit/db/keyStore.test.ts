import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateKeys, commitNewKey, loadOrCreateKey, stageNewKey, type SecretProtector } from '../../../electron/core/db/keyStore';
import { tempDir, testKey } from '../../helpers/core';

/** Stands in for Electron safeStorage: XOR with a machine secret, enough to prove the key is never stored raw. */
function fakeProtector(available = true): SecretProtector {
  const secret = Buffer.alloc(64, 0x5c);
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ secret[i % secret.length]!));
  return { isAvailable: () => available, encrypt: xor, decrypt: xor };
}

describe('key store', () => {
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
