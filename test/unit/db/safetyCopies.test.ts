import { mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSafetyCopies, pruneSafetyCopies, safetyCopiesForScreen, safetyCopyFile, safetyCopyName } from '../../../electron/core/db/safetyCopies';
import { tempDir } from '../../helpers/core';

/** Issue 12: one list of safety copies, for the restore screen, for expiry and for a key change. */
describe('the one list of safety copies', () => {
  it('lists every copy newest first, dated by its name (a renamed copy by its file time), and nothing else', () => {
    const dir = tempDir('sikkerhedskopier-');
    const older = safetyCopyName(new Date('2026-12-01T08:00:00Z'));
    const newer = safetyCopyName(new Date('2026-12-10T08:00:00.123Z'));
    const renamed = 'tovholder-foer-gendannelse-omdøbt.db';
    writeFileSync(join(dir, older), 'a');
    writeFileSync(join(dir, newer), 'bcd');
    writeFileSync(join(dir, renamed), 'e');
    utimesSync(join(dir, renamed), new Date('2026-12-05T00:00:00Z'), new Date('2026-12-05T00:00:00Z'));
    for (const other of ['tovholder.db', 'tovholder-foer-gendannelse-x.db-wal', 'kopi.tovholder']) writeFileSync(join(dir, other), 'x');
    mkdirSync(join(dir, 'tovholder-foer-gendannelse-mappe.db'));

    const copies = listSafetyCopies(dir);
    expect(copies.map((c) => c.name)).toEqual([newer, renamed, older]);
    expect(copies[0]).toEqual({ name: newer, path: join(dir, newer), madeAt: new Date('2026-12-10T08:00:00.123Z'), bytes: 3 });
    expect(copies[1]!.madeAt.toISOString()).toBe('2026-12-05T00:00:00.000Z');
    // The screen gets the same list, by name, never a path.
    expect(safetyCopiesForScreen(dir)).toEqual(copies.map((c) => ({ name: c.name, madeAt: c.madeAt.toISOString(), bytes: c.bytes })));
    // Expiry works on the same dates the screen shows.
    expect(pruneSafetyCopies(dir, new Date('2026-12-12T08:00:00Z'), 5)).toBe(2);
    expect(safetyCopiesForScreen(dir).map((c) => c.name)).toEqual([newer]);
  });

  it('a missing folder has no copies; a name from outside the list is refused', () => {
    expect(listSafetyCopies(join(tempDir(), 'findes-ikke'))).toEqual([]);
    for (const name of ['../tovholder.db', 'tovholder.db', '/etc/passwd', 'tovholder-foer-gendannelse-x/../../y.db']) {
      expect(() => safetyCopyFile('/data', name)).toThrow(/findes ikke/);
    }
    expect(safetyCopyFile('/data', safetyCopyName(new Date('2026-12-01T08:00:00Z')))).toBe('/data/tovholder-foer-gendannelse-2026-12-01T08-00-00-000Z.db');
  });
});
