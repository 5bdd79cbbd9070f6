import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../../electron/core/db/migrations';
import { makeCore, tempDir } from '../../helpers/core';

/** Issue 18, item 4: „Om Tovholder“ answers through the handler table (`app.about`), as the renderer calls it. */

function buildDir(): string {
  const dir = tempDir('tovholder-build-');
  mkdirSync(join(dir, 'notices'));
  writeFileSync(join(dir, 'build-info.json'), JSON.stringify({ version: '0.1.0', builtAt: '2026-11-29T21:14:00.000Z' }));
  writeFileSync(
    join(dir, 'notices', 'third-party.json'),
    JSON.stringify({ app: { name: 'Tovholder', version: '0.1.0', licence: 'MPL-2.0' }, packages: [{ name: 'zod', version: '4.6.7', licence: 'MIT', text: 'MIT License\n\nCopyright (c) 2025 Colin McDonnell' }] }),
  );
  return dir;
}

describe('app.about', () => {
  it('names the version, build date, data folder, database format, encryption, licence and the licence notices', async () => {
    const tc = makeCore({ extra: { buildDir: buildDir() } });
    const about = await tc.call('app.about', {});
    expect(about).toMatchObject({ name: 'Tovholder', version: 'test', builtAt: '2026-11-29T21:14:00.000Z', dataFolder: tc.dir, dataFile: join(tc.dir, 'tovholder.db'), licence: 'MPL-2.0', keyProtection: 'explicit' });
    // The database format is the newest migration, the one the file is at.
    expect(about.schemaVersion).toBe(LATEST_VERSION);
    expect(about.schemaVersion).toBe(tc.core.db.pragma('user_version', { simple: true }));
    expect(about.encryption).toMatch(/^SQLCipher 4 \(AES-256/);
    // … and the file really is encrypted: no plain SQLite header.
    expect(readFileSync(about.dataFile).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(about.thirdParty).toEqual([{ name: 'zod', version: '4.6.7', licence: 'MIT', text: 'MIT License\n\nCopyright (c) 2025 Colin McDonnell' }]);
    tc.close();
  });

  it('run from sources without a build: the facts it has, and no invented build date or notices', async () => {
    const tc = makeCore();
    const about = await tc.call('app.about', {});
    expect(about.builtAt).toBeNull();
    expect(about.thirdParty).toBeNull();
    expect(about.licence).toBeNull();
    expect(about.dataFolder).toBe(tc.dir);
    tc.close();
  });

  it('takes no input: anything else is refused at the door', async () => {
    const tc = makeCore();
    const res = await tc.raw('app.about', { path: '/etc/passwd' });
    expect(res.ok).toBe(false);
    expect(res.error?.code).toBe('INVALID_INPUT');
    tc.close();
  });
});
