import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Core } from '../../../electron/core/app/core';
import { createLockGate } from '../../../electron/core/app/lockGate';
import type { SecretProtector } from '../../../electron/core/db/keyStore';
import { createDispatcher } from '../../../electron/core/ipc/dispatch';
import { createHandlers } from '../../../electron/core/ipc/handlers';
import { QueueDialogs, tempDir } from '../../helpers/core';
import { buildTrustWorker, runWorker, type WorkerRun } from '../../helpers/trustWorker';

const ROOT = resolve(__dirname, '..', '..', '..');
const REKEY_KILLS = Number(process.env['TOVHOLDER_REKEY_KILLS'] ?? 200);
const BACKUP_KILLS = Number(process.env['TOVHOLDER_BACKUP_KILLS'] ?? 40);
const RESTORE_KILLS = Number(process.env['TOVHOLDER_RESTORE_KILLS'] ?? 40);
const META = { transport: 'bridge' as const, trustedSender: true };

function fakeKeychain(): SecretProtector {
  const secret = Buffer.alloc(64, 0x37);
  const xor = (b: Buffer) => Buffer.from(b.map((x, i) => x ^ secret[i % 64]!));
  return { isAvailable: () => true, encrypt: xor, decrypt: xor };
}

/** Opens the folder exactly as the app does at start (lock gate, keychain stand-in) and hands the core to `use`. */
async function withApp<T>(dir: string, use: (core: Core) => T): Promise<{ opened: true; value: T } | { opened: false; reason: string | null }> {
  let core: Core | null = null;
  const dialogs = new QueueDialogs();
  const gate = createLockGate({
    dataDir: dir,
    keyPath: join(dir, 'tovholder.key'),
    dbFile: join(dir, 'tovholder.db'),
    protector: fakeKeychain(),
    dialogs,
    open: (key) => {
      core = new Core({ dataDir: dir, key, dialogs, transport: 'bridge', appVersion: 'test', keyStore: { path: join(dir, 'tovholder.key'), protector: fakeKeychain() } });
      return createDispatcher(createHandlers(core), { validateOutput: false });
    },
  });
  const st = (await gate('app.status', {}, META)) as { value: { state: string; reason: string | null } };
  if (st.value.state !== 'ready' || !core) return { opened: false, reason: st.value.reason };
  const c = core as Core;
  try {
    return { opened: true, value: use(c) };
  } finally {
    c.close();
  }
}

async function openAfterCrash(dir: string): Promise<{ opened: boolean; reason: string | null; names: Set<string>; integrity: string | null; leftovers: string[]; audit: string | null }> {
  const res = await withApp(dir, (c) => ({
    names: new Set((c.db.prepare('SELECT name FROM children').all() as { name: string }[]).map((r) => r.name)),
    integrity: c.db.pragma('integrity_check', { simple: true }) as string,
    // A kill must never make the untouched audit log look tampered with (its anchor follows the key, issue 13 item 5).
    audit: c.auditAtStart.ok ? null : c.auditAtStart.message,
  }));
  if (!res.opened) return { opened: false, reason: res.reason, names: new Set(), integrity: null, leftovers: [], audit: null };
  const leftovers = readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.endsWith('.new') || f.startsWith('.tovholder-pending'));
  return { opened: true, reason: null, ...res.value, leftovers };
}

/** A database of a few MB, so that a key change or a backup takes long enough for kills to land in every step. */
async function seedFolder(dir: string): Promise<void> {
  const res = await withApp(dir, (c) => c.db.prepare("INSERT INTO settings (key, value) VALUES ('ballast', ?)").run(JSON.stringify(randomBytes(1_000_000).toString('base64'))));
  expect(res.opened).toBe(true);
}

const metrics: Record<string, number> = { unopenable: 0 };

/**
 * Times one full round (save + operation) on this machine, so that kills land anywhere from the start to just past
 * the end of the operation – in the copy, the re-encryption, the check, the swap and the key commit alike.
 */
async function calibrate(dir: string, mode: string, committed: Set<string>, backupFile = '-'): Promise<() => number> {
  const run = await runWorker(script, [mode, dir, backupFile, 'once'], null);
  expect(run.exit.code, run.stderr).toBe(0);
  run.acked.forEach((n) => committed.add(n));
  const span = Math.max(50, (run.firstOpMs ?? 200) * 1.3);
  return () => Math.random() * span;
}

/** Figures for test-results/summary.json "trust" (scripts/test.mjs merges trust-*.json); `unopenable` sums all loops. */
function writeMetrics(value: Record<string, number>, unopenable: number): void {
  Object.assign(metrics, value);
  metrics['unopenable']! += unopenable;
  mkdirSync(join(ROOT, 'test-results', 'metrics'), { recursive: true });
  writeFileSync(join(ROOT, 'test-results', 'metrics', 'trust-dataOperations.json'), JSON.stringify(metrics));
}

let script: string;
beforeAll(async () => {
  script = await buildTrustWorker();
}, 120_000);

describe('a second Tovholder on the same data folder', () => {
  it('is refused with a Danish message while the first runs, and may start once the first has ended', async () => {
    const dir = tempDir('lock-');
    await seedFolder(dir);
    // A holds the folder (a separate process), B tries.
    let killHolder: () => void = () => undefined;
    let holder!: Promise<WorkerRun>;
    await new Promise<void>((ready) => {
      holder = runWorker(script, ['hold', dir], null, (kill) => {
        killHolder = kill;
        ready();
      });
    });
    const second: WorkerRun = await runWorker(script, ['rekey', dir], null);
    expect(second.exit.code).toBe(4);
    expect(second.stderr).toMatch(/datamappe er allerede i brug af et andet Tovholder-vindue/);
    expect(second.acked).toEqual([]);
    killHolder();
    expect((await holder).exit.signal).toBe('SIGKILL');
    // The kernel released the lock with the killed process: no stale lock, the next start opens.
    expect((await openAfterCrash(dir)).opened).toBe(true);
  }, 60_000);

  it('in the same process, a second core on the folder is refused too', () => {
    const dir = tempDir('lock-');
    const a = new Core({ dataDir: dir, key: randomBytes(32), dialogs: new QueueDialogs(), transport: 'bridge', appVersion: 'test' });
    expect(() => new Core({ dataDir: dir, key: randomBytes(32), dialogs: new QueueDialogs(), transport: 'bridge', appVersion: 'test' })).toThrow(/allerede i brug/);
    a.close();
    new Core({ dataDir: dir, key: a.opts.key, dialogs: new QueueDialogs(), transport: 'bridge', appVersion: 'test' }).close();
  });
});

describe('kills during key change, backup and restore', () => {
  it(`a key change survives ${REKEY_KILLS} kills at random moments: one of the two keys always opens, no committed row lost`, async () => {
    const dir = tempDir('rekey-kill-');
    await seedFolder(dir);
    let unopenable = 0;
    const failures: string[] = [];
    let lost = 0;
    let rekeysDone = 0;
    const committed = new Set<string>();
    const killAt = await calibrate(dir, 'rekey', committed);
    for (let k = 0; k < REKEY_KILLS; k++) {
      const run = await runWorker(script, ['rekey', dir], killAt);
      expect(run.exit.signal, run.stderr).toBe('SIGKILL');
      run.acked.forEach((n) => committed.add(n));
      rekeysDone += run.events.filter((e) => e === 'DONE rekey').length;
      const after = await openAfterCrash(dir);
      if (!after.opened || after.integrity !== 'ok') {
        unopenable++;
        failures.push(`kill ${k + 1}: ${after.opened ? `integrity_check: ${after.integrity}` : `opens not: ${after.reason}`}; ${run.events.join(', ')}`);
        continue;
      }
      lost += [...committed].filter((n) => !after.names.has(n)).length;
      expect(after.leftovers).toEqual([]);
      expect(after.audit, `kill ${k + 1}: ${run.events.join(', ')}`).toBeNull();
    }
    writeMetrics({ rekeyKills: REKEY_KILLS, rekeysCompleted: rekeysDone, rekeyUnopenable: unopenable, rekeyCommittedRowsLost: lost }, unopenable);
    expect(unopenable, failures.join('\n')).toBe(0);
    expect(lost).toBe(0);
    expect(rekeysDone).toBeGreaterThan(0);
  }, 900_000);

  it(`a backup survives ${BACKUP_KILLS} kills: the data file is untouched and no temporary file is left behind`, async () => {
    const dir = join(tempDir('backup-kill-'), 'data');
    mkdirSync(dir);
    mkdirSync(join(dir, '..', 'kopier'));
    await seedFolder(dir);
    let unopenable = 0;
    const failures: string[] = [];
    let lost = 0;
    const committed = new Set<string>();
    const killAt = await calibrate(dir, 'backup', committed);
    for (let k = 0; k < BACKUP_KILLS; k++) {
      const run = await runWorker(script, ['backup', dir], killAt);
      expect(run.exit.signal, run.stderr).toBe('SIGKILL');
      run.acked.forEach((n) => committed.add(n));
      const after = await openAfterCrash(dir);
      if (!after.opened || after.integrity !== 'ok') {
        unopenable++;
        failures.push(`kill ${k + 1}: ${after.opened ? `integrity_check: ${after.integrity}` : `opens not: ${after.reason}`}; ${run.events.join(', ')}`);
        continue;
      }
      lost += [...committed].filter((n) => !after.names.has(n)).length;
      expect(after.leftovers).toEqual([]);
      // The backup folder holds the finished backup or nothing – never a half-written temporary file.
      expect(readdirSync(join(dir, '..', 'kopier')).filter((f) => f !== 'kopi.tovholder')).toEqual([]);
    }
    writeMetrics({ backupKills: BACKUP_KILLS, backupUnopenable: unopenable, backupCommittedRowsLost: lost }, unopenable);
    expect(unopenable, failures.join('\n')).toBe(0);
    expect(lost).toBe(0);
  }, 600_000);

  it(`a restore survives ${RESTORE_KILLS} kills: the folder holds either the data before or the backup, never nothing`, async () => {
    const base = tempDir('restore-kill-');
    const dir = join(base, 'data');
    mkdirSync(dir);
    mkdirSync(join(base, 'kopier'));
    await seedFolder(dir);
    // The backup to restore: made once, by a run that is allowed to finish its first backup.
    const maker = await runWorker(script, ['backup', dir, '-', 'once'], null);
    expect(maker.exit.code, maker.stderr).toBe(0);
    const backupFile = join(base, 'kopier', 'kopi.tovholder');
    expect(existsSync(backupFile)).toBe(true);
    const inBackup = (await openAfterCrash(dir)).names;
    let unopenable = 0;
    const failures: string[] = [];
    let lost = 0;
    let restoresDone = 0;
    let sinceRestore = new Set<string>();
    const killAt = await calibrate(dir, 'restore', new Set(), backupFile);
    for (let k = 0; k < RESTORE_KILLS; k++) {
      const run = await runWorker(script, ['restore', dir, backupFile], killAt);
      expect(run.exit.signal, run.stderr).toBe('SIGKILL');
      for (const e of run.events) {
        if (e.startsWith('ACK ')) sinceRestore.add(e.slice(4));
        if (e === 'DONE restore') {
          restoresDone++;
          sinceRestore = new Set();
        }
      }
      const after = await openAfterCrash(dir);
      if (!after.opened || after.integrity !== 'ok') {
        unopenable++;
        failures.push(`kill ${k + 1}: ${after.opened ? `integrity_check: ${after.integrity}` : `opens not: ${after.reason}`}; ${run.events.join(', ')}`);
        continue;
      }
      // Either the restore did not happen (everything acknowledged since the last restore is there) or it did (exactly the backup).
      const before = [...sinceRestore].every((n) => after.names.has(n)) && [...inBackup].every((n) => after.names.has(n));
      const restored = after.names.size === inBackup.size && [...inBackup].every((n) => after.names.has(n));
      if (!before && !restored) lost++;
      if (restored) sinceRestore = new Set();
      expect(after.leftovers).toEqual([]);
    }
    writeMetrics({ restoreKills: RESTORE_KILLS, restoresCompleted: restoresDone, restoreUnopenable: unopenable, restoreCommittedRowsLost: lost }, unopenable);
    expect(unopenable, failures.join('\n')).toBe(0);
    expect(lost).toBe(0);
  }, 600_000);
});
