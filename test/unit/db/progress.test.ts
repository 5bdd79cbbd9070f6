import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Core } from '../../../electron/core/app/core';
import { loadOrCreateKey } from '../../../electron/core/db/keyStore';
import { createDispatcher } from '../../../electron/core/ipc/dispatch';
import { createHandlers } from '../../../electron/core/ipc/handlers';
import type { Progress } from '../../../shared/ipc/events';
import { makeCore, QueueDialogs, tempDir } from '../../helpers/core';

const META = { transport: 'bridge' as const, trustedSender: true };

async function seed(tc: ReturnType<typeof makeCore>, name: string) {
  return tc.call('child.save', { name, birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: 'Frøen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
}

/** Steps in the order reported, each with a fraction that never goes back, ending in `done` at 1. */
function expectSteps(progress: Progress[], operation: Progress['operation'], steps: Progress['step'][]) {
  const mine = progress.filter((p) => p.operation === operation);
  expect(mine.map((p) => p.step)).toEqual(steps);
  const fractions = mine.map((p) => p.fraction);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  expect(fractions.at(-1)).toBe(1);
  expect(fractions.every((f) => f >= 0 && f <= 1)).toBe(true);
}

// Long operations report their steps (issue 17, item 3): the screen shows a bar with the step, not a frozen window.
describe('progress of backup, restore and key change', { timeout: 30_000 }, () => {
  it('a backup and a restore through the handler table report every step in order, ending in done', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const target = join(tempDir(), 'kopi.tovholder');
    tc.dialogs.saves.push(target);
    await tc.call('db.backup', { passphrase: 'hemmelig-kode-1', repeat: 'hemmelig-kode-1' });
    expectSteps(tc.progress, 'backup', ['copy', 'encrypt', 'verify', 'swap', 'done']);

    await seed(tc, 'Efterfølgende Barn');
    tc.dialogs.opens.push(target);
    const candidate = await tc.call('db.restoreChoose', { passphrase: 'hemmelig-kode-1' });
    await tc.call('db.restore', { candidateId: candidate!.candidateId });
    expectSteps(tc.progress, 'restore', ['copy', 'verify', 'safetyCopy', 'done']);
    // The same restore as before the steps were reported: the backup's data, nothing else.
    expect((await tc.call('child.list', {})).map((c) => c.name)).toEqual(['Villads Kragelund']);
    tc.close();
  });

  it('a report leaves before the next phase runs: between steps the event loop gets its turn', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    tc.dialogs.saves.push(join(tempDir(), 'kopi.tovholder'));
    const seen: string[] = [];
    const ticker = setInterval(() => seen.push('tick'), 0);
    const origin = tc.progress.push.bind(tc.progress);
    tc.progress.push = (...p: Progress[]) => {
      seen.push(p[0]!.step);
      return origin(...p);
    };
    await tc.call('db.backup', { passphrase: 'hemmelig-kode-1', repeat: 'hemmelig-kode-1' });
    clearInterval(ticker);
    // A timer ran after the first report and before the backup finished: the window was never frozen through it.
    expect(seen.indexOf('tick', seen.indexOf('copy'))).toBeGreaterThan(seen.indexOf('copy'));
    expect(seen.indexOf('tick', seen.indexOf('copy'))).toBeLessThan(seen.indexOf('done'));
    tc.close();
  });

  it('a failed backup reports no done, so the bar does not claim it finished', async () => {
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    tc.dialogs.saves.push(join(tempDir(), 'findes-ikke', 'mappe', 'kopi.tovholder'));
    const res = await tc.raw('db.backup', { passphrase: 'hemmelig-kode-1', repeat: 'hemmelig-kode-1' });
    expect(res.ok).toBe(false);
    expect(tc.progress.some((p) => p.step === 'done')).toBe(false);
    tc.close();
  });

  it('a key change reports its copy and done, and the data stay readable', async () => {
    const dir = tempDir();
    const keyPath = join(dir, 'tovholder.key');
    const { key } = loadOrCreateKey(keyPath, { protector: null, passphrase: 'lampe regn violin' });
    const progress: Progress[] = [];
    const core = new Core({ dataDir: dir, key, dialogs: new QueueDialogs(), transport: 'bridge', appVersion: 'test', keyStore: { path: keyPath, protector: null, passphrase: 'lampe regn violin' }, onProgress: (p) => progress.push(p) });
    const dispatch = createDispatcher(createHandlers(core), { validateOutput: true });
    await dispatch('child.save', { name: 'Sigurd Rekey', birthDate: '2022-01-01', institution: '', stue: '', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null }, META);
    expect(await dispatch('security.rekey', {}, META)).toEqual({ ok: true, value: { ok: true } });
    expectSteps(progress, 'rekey', ['copy', 'done']);
    expect(await dispatch('child.list', {}, META)).toMatchObject({ ok: true, value: [{ name: 'Sigurd Rekey' }] });
    core.close();
  });
});
