import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markPending } from '../../../electron/core/db/leftovers';
import { makeCore, tempDir } from '../../helpers/core';
import { keychain, lockGateApp} from '../../helpers/lockGateApp';

const PASS = 'hemmelig-kode-1';

const child = (name: string) => ({ name, birthDate: '2022-01-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });

/** A data folder with a child in it and a backup of it, made through the app. */
async function folderWithBackup(protector = keychain()) {
  const dir = tempDir('lock-screen-');
  const a = lockGateApp(dir, protector);
  await a.call('child.save', child('Asta Lykke'));
  const backup = join(tempDir(), 'kopi.tovholder');
  a.dialogs.saves.push(backup);
  expect((await a.call('db.backup', { passphrase: PASS, repeat: PASS })).ok).toBe(true);
  a.close();
  return { dir, backup };
}

async function status(a: ReturnType<typeof lockGateApp>) {
  return (await a.call('app.status')).value as { state: string; mode: string | null; reason: string | null };
}

describe('the lock screen gives the real reason, one message per cause', () => {
  it('a damaged data file: says so, asks for no passphrase, and restores from the lock screen', async () => {
    const { dir, backup } = await folderWithBackup();
    const db = join(dir, 'tovholder.db');
    const bytes = readFileSync(db);
    randomBytes(4096).copy(bytes, 0);
    writeFileSync(db, bytes);
    const a = lockGateApp(dir, keychain());
    const st = await status(a);
    expect(st).toMatchObject({ state: 'locked', mode: 'restore' });
    expect(st.reason).toMatch(/beskadiget/);
    expect(st.reason).not.toMatch(/Skriv adgangskoden/);
    expect((await a.call('child.list')).error?.code).toBe('LOCKED');

    a.dialogs.opens.push(backup);
    const candidate = (await a.call('db.restoreChoose', { passphrase: PASS })).value as { candidateId: string; summary: { children: number } };
    expect(candidate.summary.children).toBe(1);
    const res = await a.call('db.restore', { candidateId: candidate.candidateId });
    expect(res).toMatchObject({ ok: true, value: { restored: true } });
    expect(await status(a)).toMatchObject({ state: 'ready' });
    expect(((await a.call('child.list')).value as { name: string }[]).map((c) => c.name)).toEqual(['Asta Lykke']);
    // The damaged file is kept, byte for byte, as a safety copy.
    const copies = (await a.call('db.safetyCopies')).value as { name: string }[];
    expect(readFileSync(join(dir, copies[0]!.name)).equals(bytes)).toBe(true);
    a.close();
  });

  it('a missing key file: named as the cause; no new key is written beside the database', async () => {
    const { dir, backup } = await folderWithBackup();
    rmSync(join(dir, 'tovholder.key'));
    const a = lockGateApp(dir, keychain());
    const st = await status(a);
    expect(st).toMatchObject({ state: 'locked', mode: 'restore' });
    expect(st.reason).toMatch(/Nøglefilen \(tovholder.key\) mangler/);
    expect(existsSync(join(dir, 'tovholder.key'))).toBe(false);
    expect((await a.call('app.unlock', { passphrase: 'et forsøg mere' })).ok).toBe(false);
    expect(existsSync(join(dir, 'tovholder.key'))).toBe(false);

    // Restoring from the lock screen makes a new key (kept by the keychain) for the restored data, and only then.
    a.dialogs.opens.push(backup);
    const candidate = (await a.call('db.restoreChoose', { passphrase: PASS })).value as { candidateId: string };
    expect((await a.call('db.restore', { candidateId: candidate.candidateId })).ok).toBe(true);
    expect(existsSync(join(dir, 'tovholder.key'))).toBe(true);
    a.close();
    const again = lockGateApp(dir, keychain());
    expect(((await again.call('child.list')).value as { name: string }[]).map((c) => c.name)).toEqual(['Asta Lykke']);
    again.close();
  });

  it('a missing keychain: says the keychain is unavailable, not „Skriv adgangskoden"', async () => {
    const { dir } = await folderWithBackup();
    const a = lockGateApp(dir, keychain(false));
    const st = await status(a);
    expect(st).toMatchObject({ state: 'locked', mode: 'restore' });
    expect(st.reason).toMatch(/nøgleringen er ikke tilgængelig/);
    expect(st.reason).not.toMatch(/Skriv adgangskoden/);
    a.close();
  });

  it('a passphrase-protected key: asks for the passphrase, and a wrong one stays on that question', async () => {
    const dir = tempDir('lock-screen-');
    const a = lockGateApp(dir, keychain(false));
    expect(await status(a)).toMatchObject({ mode: 'choose' });
    expect((await a.call('app.unlock', { passphrase: 'lampe regn violin' })).ok).toBe(true);
    a.close();
    const b = lockGateApp(dir, keychain(false));
    expect(await status(b)).toMatchObject({ mode: 'enter', reason: expect.stringMatching(/Skriv adgangskoden/) });
    expect((await b.call('app.unlock', { passphrase: 'forkert kodeord' })).error?.code).toBe('KEY_WRONG_PASSPHRASE');
    expect(await status(b)).toMatchObject({ mode: 'enter' });
    // The same passphrase typed decomposed (another keyboard) opens.
    expect((await b.call('app.unlock', { passphrase: 'lampe regn violin'.normalize('NFD') })).ok).toBe(true);
    b.close();
  }, 60_000);
});

describe('leftovers of interrupted operations are cleaned at start', () => {
  it('temporary restore, key-change and safety-copy files, half-written small files and a backup temp file elsewhere', async () => {
    const { dir } = await folderWithBackup();
    const backupDir = tempDir('backup-folder-');
    const leftovers = [
      '.tovholder-restore-0a1b2c3d4e5f.tmp',
      '.tovholder-rekey-0a1b2c3d4e5f.tmp',
      '.tovholder-rekey-0a1b2c3d4e5f.tmp-journal',
      '.tovholder-safety-0a1b2c3d4e5f.tmp',
      'tovholder.key.tmp',
      'tovholder.key.new.tmp',
      'tovholder.db.meta.json.tmp',
      '.tovholder.db.revisionsanker.json.63e5692a.tmp',
    ];
    for (const f of leftovers) writeFileSync(join(dir, f), randomBytes(1000));
    const backupTmp = join(backupDir, '.tovholder-backup-0a1b2c3d4e5f.tmp');
    writeFileSync(backupTmp, randomBytes(1000));
    markPending(dir, backupTmp);
    // A file of the user's in the backup folder is not ours and stays.
    writeFileSync(join(backupDir, 'min-fil.txt'), 'behold mig');
    // A staged key from a key change that never reached its swap: the current key opens the data, so it is discarded.
    writeFileSync(join(dir, 'tovholder.key.new'), readFileSync(join(dir, 'tovholder.key')));

    const a = lockGateApp(dir, keychain());
    expect(await status(a)).toMatchObject({ state: 'ready' });
    expect(readdirSync(dir).filter((f) => f.startsWith('.') || f.endsWith('.tmp') || f.endsWith('.new'))).toEqual([]);
    expect(readdirSync(backupDir)).toEqual(['min-fil.txt']);
    expect(((await a.call('child.list')).value as unknown[]).length).toBe(1);
    a.close();
  });
});

describe('a key change on the test bridge', () => {
  it('is refused with a clear message, and the data still open with the key the bridge was given', async () => {
    const tc = makeCore();
    await tc.call('child.save', child('Bro Barn'));
    const res = await tc.raw('security.rekey', {});
    expect(res.error?.code).toBe('REKEY_UNAVAILABLE');
    expect(res.error?.message).toMatch(/testbroen.*Intet er ændret/);
    tc.close();
    const again = makeCore({ dir: tc.dir, key: tc.key });
    expect((await again.call('child.list', {})).map((c) => c.name)).toEqual(['Bro Barn']);
    again.close();
  });
});
