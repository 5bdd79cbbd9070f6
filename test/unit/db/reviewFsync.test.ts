import type * as FsModule from 'node:fs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { makeCore, tempDir, type TestCore } from '../../helpers/core';

/**
 * Review of issue 17: the re-key runs with `synchronous = OFF`, so the callers' fsync (fsyncPath) is the only barrier
 * between the re-keyed bytes and the rename. fsyncSync is replaced by one that fails with EIO for our temporary files.
 */
const fsyncFails = { on: false, thrown: 0 };
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof FsModule>();
  // fsync of one of our temporary files fails with EIO (a failing USB stick or network drive).
  const fsyncSync = (fd: number) => {
    if (fsyncFails.on) {
      let target = '';
      try {
        target = fs.readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        /* not Linux */
      }
      if (/\.tovholder-(backup|restore|rekey|safety)-[0-9a-f]+\.tmp$/.test(target)) {
        fsyncFails.thrown++;
        throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      }
    }
    return fs.fsyncSync(fd);
  };
  return { ...fs, fsyncSync, default: { ...fs, fsyncSync } };
});

const PASS = 'hemmelig-kode-1';
async function seed(tc: TestCore, name: string) {
  return tc.call('child.save', { name, birthDate: '2022-03-04', institution: 'Børnehuset Kastanjen', stue: 'Frøen', socialSag: false, cpr: null, language: 'dansk', tovholderPersonId: null });
}

describe('review: a failing fsync', { timeout: 60_000 }, () => {
  it('R17 backup: an fsync of the re-keyed file that fails (EIO) is not reported as a backup made', async () => {
    // Since issue 17 the re-key runs with synchronous = OFF: SQLite no longer syncs the file, so fsyncPath is the only
    // barrier – and fsyncPath swallows every error.
    const tc = makeCore();
    await seed(tc, 'Villads Kragelund');
    const dir = tempDir();
    tc.dialogs.saves.push(join(dir, 'kopi.tovholder'));
    fsyncFails.on = true;
    const res = await tc.raw('db.backup', { passphrase: PASS, repeat: PASS });
    fsyncFails.on = false;
    expect(fsyncFails.thrown, 'the failing fsync was reached').toBeGreaterThan(0);
    expect({ ok: res.ok, files: readdirSync(dir) }, 'a backup whose bytes may never have reached the disk is reported as made').toEqual({ ok: false, files: [] });
    tc.close();
  });
});
