import { createDecipheriv } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../electron/core/app/core';
import { createLockGate } from '../../../electron/core/app/lockGate';
import type { SecretProtector } from '../../../electron/core/db/keyStore';
import { createDispatcher } from '../../../electron/core/ipc/dispatch';
import { createHandlers } from '../../../electron/core/ipc/handlers';
import { QueueDialogs, tempDir } from '../../helpers/core';

/** Review of issue 17: a key change when one safety copy has a rotten page (the byte copies carry every page). */
const META = { transport: 'bridge' as const, trustedSender: true };
const PASS = 'hemmelig-kode-1';
type Reply = { ok: boolean; value?: unknown; error?: { code: string; message: string } };

function keychain(): SecretProtector {
  const secret = Buffer.alloc(64, 0x37);
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ secret[i % 64]!));
  return { isAvailable: () => true, encrypt: xor, decrypt: xor };
}

function app(dir: string, protector: SecretProtector | null) {
  const cores: Core[] = [];
  const dialogs = new QueueDialogs();
  const gate = createLockGate({
    dataDir: dir,
    keyPath: join(dir, 'tovholder.key'),
    dbFile: join(dir, 'tovholder.db'),
    protector,
    dialogs,
    open: (key, passphrase) => {
      const core = new Core({ dataDir: dir, key, dialogs, transport: 'bridge', appVersion: 'test', keyStore: { path: join(dir, 'tovholder.key'), protector, passphrase } });
      cores.push(core);
      return createDispatcher(createHandlers(core), { validateOutput: true });
    },
  });
  const call = (channel: string, input: unknown = {}) => gate(channel, input, META) as Promise<Reply>;
  return { call, dialogs, cores, close: () => cores.forEach((c) => c.close()) };
}

const child = (name: string) => ({ name, birthDate: '2022-01-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });

describe('review: key change with a damaged safety copy', { timeout: 60_000 }, () => {

  it('R19 a safety copy with one rotten FREE page: the key change is refused or completes, and the next start opens the data', async () => {
    const dir = tempDir('review-rekey-');
    const a = app(dir, keychain());
    await a.call('child.save', child('Asta Lykke'));
    const backup = join(tempDir(), 'kopi.tovholder');
    a.dialogs.saves.push(backup);
    expect((await a.call('db.backup', { passphrase: PASS, repeat: PASS })).ok).toBe(true);
    await a.call('child.save', child('Bo Nyere'));
    const core0 = a.cores[0] as unknown as { db: { exec(sql: string): void }; opts: { key: Buffer } };
    core0.db.exec('CREATE TABLE scratch(x); INSERT INTO scratch VALUES (randomblob(200000)); DROP TABLE scratch');
    const oldKey = Buffer.from(core0.opts.key);
    a.dialogs.opens.push(backup);
    const c = (await a.call('db.restoreChoose', { passphrase: PASS })).value as { candidateId: string };
    expect((await a.call('db.restore', { candidateId: c.candidateId })).ok).toBe(true);
    await a.call('child.save', child('Cille Efter Gendannelse'));
    // The safety copy is the byte copy of the live file, free pages included; one byte of a free page rots.
    const sc = join(dir, readdirSync(dir).find((f) => f.startsWith('tovholder-foer-gendannelse-') && f.endsWith('.db'))!);
    const free = freeLeafPages(sc, oldKey);
    expect(free.length).toBeGreaterThan(10);
    const bytes = readFileSync(sc);
    const at = (free[Math.floor(free.length / 2)]! - 1) * 4096 + 200;
    bytes[at] = bytes[at]! ^ 0xff;
    writeFileSync(sc, bytes);

    const res = await a.call('security.rekey', {});
    a.close();
    const b = app(dir, keychain());
    const st = (await b.call('app.status')).value as { state: string; reason: string | null };
    const list = await b.call('child.list');
    b.close();
    const keyFiles = readdirSync(dir).filter((f) => f.startsWith('tovholder.key'));
    expect(
      { state: st.state, reason: st.reason },
      `rekey: ${res.ok ? 'ok' : `${res.error?.code}: ${res.error?.message}`}; key files: ${keyFiles.join(', ')}; staged key left: ${existsSync(join(dir, 'tovholder.key.new'))}`,
    ).toEqual({ state: 'ready', reason: null });
    expect(((list.value ?? []) as { name: string }[]).map((x) => x.name).sort()).toEqual(['Asta Lykke', 'Cille Efter Gendannelse']);
  });
});

function freeLeafPages(path: string, key: Buffer): number[] {
  const b = readFileSync(path);
  const ps = 4096;
  const out = Buffer.alloc(b.length);
  for (let off = 0; off < b.length; off += ps) {
    const start = off === 0 ? 16 : 0;
    const d = createDecipheriv('aes-256-cbc', key, b.subarray(off + ps - 80, off + ps - 64));
    d.setAutoPadding(false);
    Buffer.concat([d.update(b.subarray(off + start, off + ps - 80)), d.final()]).copy(out, off + start);
  }
  const leaves: number[] = [];
  let trunk = out.readUInt32BE(32);
  while (trunk) {
    const at = (trunk - 1) * ps;
    const n = out.readUInt32BE(at + 4);
    for (let i = 0; i < n; i++) leaves.push(out.readUInt32BE(at + 8 + 4 * i));
    trunk = out.readUInt32BE(at);
  }
  return leaves;
}
