import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import type { Db } from '../../../../electron/core/db/types';
import { tempDir, testKey } from '../../../helpers/core';

/** The FTS5 segments as stored (read with the key), lower-cased. */
function segments(db: Db): string {
  return (db.prepare('SELECT block FROM search_index_data').raw().all() as [Buffer | number][])
    .map(([b]) => (Buffer.isBuffer(b) ? b.toString('utf8') : String(b)))
    .join('\n')
    .toLowerCase();
}

describe('migration 0121 fts-secure-delete', () => {
  it('upgrades a version-120 database: words of changed and deleted rows leave the index segments, now and from then on', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 120) });
    old.exec("INSERT INTO children (id, name, birth_date, created_at) VALUES ('c1', 'Tilde Krageskov', '2022-03-01', 'x')");
    old.exec("UPDATE children SET name = 'Alma Testesen' WHERE id = 'c1'");
    expect(segments(old)).toContain('krageskov'); // the old name lingers in a segment before 0121
    old.close();

    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 121) });
    expect(db.pragma('user_version', { simple: true })).toBe(121);
    expect(segments(db)).not.toContain('krageskov');
    expect(segments(db)).toContain('testesen');
    db.exec("INSERT INTO children (id, name, birth_date, created_at) VALUES ('c2', 'Viggo Pilebæk', '2022-03-01', 'x')");
    db.exec("DELETE FROM children WHERE id = 'c2'");
    expect(segments(db)).not.toContain('pilebæk');
    expect(db.prepare("SELECT count(*) AS n FROM search_index WHERE search_index MATCH 'testesen'").get()).toEqual({ n: 1 });
    db.close();
  });
});
