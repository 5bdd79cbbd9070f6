import { copyFileSync, existsSync, readFileSync, statSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { applySecret, rekeyFileAtomically } from '../../../electron/core/db/restore';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../electron/core/app/core';
import { createLockGate } from '../../../electron/core/app/lockGate';
import { openDb } from '../../../electron/core/db/openDb';
import { loadOrCreateKey, stageNewKey, type SecretProtector } from '../../../electron/core/db/keyStore';
import { createDispatcher } from '../../../electron/core/ipc/dispatch';
import { createHandlers } from '../../../electron/core/ipc/handlers';
import { QueueDialogs, tempDir, testKey } from '../../helpers/core';

function fakeKeychain(available = true): SecretProtector {
  const secret = Buffer.alloc(64, 0x37);
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ secret[i % 64]!));
  return { isAvailable: () => available, encrypt: xor, decrypt: xor };
}

const META = { transport: 'bridge' as const, trustedSender: true };

function gateFor(dir: string, protector: SecretProtector | null) {
  const cores: Core[] = [];
  const gate = createLockGate({
    dataDir: dir,
    keyPath: join(dir, 'tovholder.key'),
    dbFile: join(dir, 'tovholder.db'),
    dialogs: new QueueDialogs(),
    protector,
    open: (key, passphrase) => {
      const core = new Core({ dataDir: dir, key, dialogs: new QueueDialogs(), transport: 'bridge', appVersion: 'test', keyStore: { path: join(dir, 'tovholder.key'), protector, passphrase } });
      cores.push(core);
      return createDispatcher(createHandlers(core), { validateOutput: true });
    },
  });
  return { gate, cores, close: () => cores.forEach((c) => c.close()) };
}

describe('the key lives in the OS keychain; a passphrase when there is none', { timeout: 60_000 }, () => {
  it('opens at once with the keychain, and the key file holds no plain key', async () => {
    const dir = tempDir();
    const g = gateFor(dir, fakeKeychain());
    expect(await g.gate('app.status', {}, META)).toEqual({ ok: true, value: { state: 'ready', mode: null, reason: null } });
    const key = loadOrCreateKey(join(dir, 'tovholder.key'), { protector: fakeKeychain() }).key;
    expect(readFileSync(join(dir, 'tovholder.key'), 'utf8')).not.toContain(key.toString('hex'));
    g.close();
  });

  it('without a keychain the app says so, asks for a passphrase, and stores no plain key', async () => {
    const dir = tempDir();
    const g = gateFor(dir, fakeKeychain(false));
    const st = (await g.gate('app.status', {}, META)) as { value: { state: string; mode: string; reason: string } };
    expect(st.value).toMatchObject({ state: 'locked', mode: 'choose' });
    expect(st.value.reason).toMatch(/nøglering er ikke tilgængelig/);
    expect((await g.gate('person.list', {}, META)) as object).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(existsSync(join(dir, 'tovholder.key'))).toBe(false);
    expect(await g.gate('app.unlock', { passphrase: 'hemmeligt kodeord' }, META)).toMatchObject({ ok: true, value: { state: 'ready' } });
    expect(JSON.parse(readFileSync(join(dir, 'tovholder.key'), 'utf8')).protection).toBe('passphrase');
    g.close();
    const again = gateFor(dir, fakeKeychain(false));
    expect((await again.gate('app.unlock', { passphrase: 'forkert kodeord' }, META)) as object).toMatchObject({ ok: false, error: { code: 'KEY_WRONG_PASSPHRASE' } });
    expect((await again.gate('app.unlock', { passphrase: 'hemmeligt kodeord' }, META)) as object).toMatchObject({ ok: true });
    again.close();
  });

  it('an optional passphrase adds a second factor on top of the keychain', async () => {
    const dir = tempDir();
    const g = gateFor(dir, fakeKeychain());
    expect(await g.gate('security.setPassphrase', { passphrase: 'anden faktor' }, META)).toMatchObject({ ok: true, value: { protection: 'os+passphrase' } });
    g.close();
    const next = gateFor(dir, fakeKeychain());
    expect((await next.gate('app.status', {}, META)) as object).toMatchObject({ value: { state: 'locked', mode: 'enter' } });
    expect((await next.gate('app.unlock', { passphrase: 'anden faktor' }, META)) as object).toMatchObject({ ok: true });
    expect((await next.gate('person.list', {}, META)) as object).toMatchObject({ ok: true });
    next.close();
  });

  it('a key change re-encrypts every page; the old key no longer opens the file', async () => {
    const dir = tempDir();
    const g = gateFor(dir, fakeKeychain());
    await g.gate('child.save', { name: 'Sigurd Rekey', birthDate: '2022-01-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null }, META);
    const oldKey = loadOrCreateKey(join(dir, 'tovholder.key'), { protector: fakeKeychain() }).key;
    expect(await g.gate('security.rekey', {}, META)).toEqual({ ok: true, value: { ok: true } });
    expect(((await g.gate('child.list', {}, META)) as { value: { name: string }[] }).value.map((c) => c.name)).toEqual(['Sigurd Rekey']);
    g.close();
    const newKey = loadOrCreateKey(join(dir, 'tovholder.key'), { protector: fakeKeychain() }).key;
    expect(newKey.equals(oldKey)).toBe(false);
    expect(() => openDb({ file: join(dir, 'tovholder.db'), key: oldKey })).toThrow(/nøglen passer ikke/);
    const db = openDb({ file: join(dir, 'tovholder.db'), key: newKey });
    expect(db.prepare('SELECT name FROM children').all()).toEqual([{ name: 'Sigurd Rekey' }]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('after key changes the audit log still reads as intact and anchored at the next start, and the anchor follows new entries', async () => {
    const dir = tempDir();
    const g = gateFor(dir, fakeKeychain());
    await g.gate('child.save', { name: 'Karla Ankersen', birthDate: '2022-03-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null }, META);
    expect(await g.gate('security.rekey', {}, META)).toEqual({ ok: true, value: { ok: true } });
    await g.gate('child.save', { name: 'Malte Ankersen', birthDate: '2022-04-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null }, META);
    expect(await g.gate('security.rekey', {}, META)).toEqual({ ok: true, value: { ok: true } });
    await g.gate('child.save', { name: 'Ida Ankersen', birthDate: '2022-05-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null }, META);
    await Promise.resolve(); // the anchor follows the committed head
    const entries = g.cores.at(-1)!.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number };
    g.close();
    const again = gateFor(dir, fakeKeychain());
    expect((await again.gate('app.status', {}, META)) as object).toMatchObject({ value: { state: 'ready' } });
    const core = again.cores.at(-1)!;
    expect(core.auditAtStart).toMatchObject({ ok: true, entries: entries.n });
    expect(core.auditAtStart.message).toMatch(/ankeret/);
    again.close();
  });

  it('a kill just after a key change\'s swap, mid-write with a hot journal under the new key, still opens with the new key and loses nothing', async () => {
    const dir = tempDir();
    const keyPath = join(dir, 'tovholder.key');
    const g = gateFor(dir, fakeKeychain());
    await g.gate('child.save', { name: 'Vigga Journalsen', birthDate: '2022-06-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null }, META);
    g.close();
    const oldKey = loadOrCreateKey(keyPath, { protector: fakeKeychain() }).key;
    const next = testKey();
    // The state Core.rekey leaves between the swap and the key commit: the file is under the new key, the new key staged.
    stageNewKey(keyPath, next, { protector: fakeKeychain() });
    rekeyFileAtomically(join(dir, 'tovholder.db'), oldKey, next);
    // The new connection starts writing (rollback journal, pages spilled to the file) and the process dies: copy the
    // folder mid-transaction, so the copy holds a hot journal written under the new key.
    const writer = new Database(join(dir, 'tovholder.db'));
    applySecret(writer, { key: next });
    writer.pragma('journal_mode = DELETE');
    writer.pragma('cache_size = 2');
    writer.exec('BEGIN');
    const ins = writer.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
    for (let i = 0; i < 200; i++) ins.run(`ballast-${i}`, 'x'.repeat(2000));
    const crashed = tempDir();
    for (const f of ['tovholder.db', 'tovholder.db-journal', 'tovholder.db.meta.json', 'tovholder.key', 'tovholder.key.new']) copyFileSync(join(dir, f), join(crashed, f));
    writer.exec('ROLLBACK');
    writer.close();
    expect(statSync(join(crashed, 'tovholder.db-journal')).size).toBeGreaterThan(0);

    const after = gateFor(crashed, fakeKeychain());
    expect((await after.gate('app.status', {}, META)) as object).toMatchObject({ value: { state: 'ready' } });
    expect(((await after.gate('child.list', {}, META)) as { value: { name: string }[] }).value.map((c) => c.name)).toEqual(['Vigga Journalsen']);
    const core = after.cores.at(-1)!;
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(core.db.prepare("SELECT count(*) AS n FROM settings WHERE key LIKE 'ballast-%'").get()).toEqual({ n: 0 });
    after.close();
    expect(existsSync(join(crashed, 'tovholder.key.new'))).toBe(false);
    expect(loadOrCreateKey(join(crashed, 'tovholder.key'), { protector: fakeKeychain() }).key.equals(next)).toBe(true);
  });

  it('a key change interrupted after the new key was staged still opens (the staged key is tried)', async () => {
    const dir = tempDir();
    const keyPath = join(dir, 'tovholder.key');
    const g = gateFor(dir, fakeKeychain());
    await g.gate('child.save', { name: 'Halvt Skiftet', birthDate: '2022-01-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null }, META);
    g.close();
    // Simulate a crash after the database was re-keyed but before the new key file replaced the old one.
    const next = testKey();
    stageNewKey(keyPath, next, { protector: fakeKeychain() });
    const db = openDb({ file: join(dir, 'tovholder.db'), key: loadOrCreateKey(keyPath, { protector: fakeKeychain() }).key });
    db.pragma('journal_mode = DELETE');
    db.pragma(`rekey="x'${next.toString('hex')}'"`);
    db.close();
    const after = gateFor(dir, fakeKeychain());
    expect(((await after.gate('child.list', {}, META)) as { value: { name: string }[] }).value.map((c) => c.name)).toEqual(['Halvt Skiftet']);
    expect(loadOrCreateKey(keyPath, { protector: fakeKeychain() }).key.equals(next)).toBe(true);
    after.close();
  });
});
