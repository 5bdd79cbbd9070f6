import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0220 added-signers', () => {
  it('keeps the chair’s added signers per referat version: once per role and name, none on a sealed version, gone with the version', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 190) });
    old.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, place, status, created_at, updated_at)
              VALUES ('m1', 't', 1, '{}', 'T', 'x', 'Møde', '2026-12-03', '12:30', '14:00', '', 'afholdt', 'x', 'x');
              INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, created_at) VALUES ('v1', 'm1', 1, 'godkendt', '{}', 'TH-1', 'x');
              INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, created_at) VALUES ('v0', 'm1', 0, 'forseglet', '{}', 'TH-0', 'x');`);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 220) });
    expect(db.pragma('user_version', { simple: true })).toBe(220);
    const put = db.prepare("INSERT INTO referat_added_signers (id, referat_version_id, label, name, person_id, added_at, added_by) VALUES (?, ?, ?, ?, NULL, 'x', 'y')");
    put.run('a1', 'v1', 'PPR-psykolog', 'Henriette van Dalen');
    expect(() => put.run('a2', 'v1', 'PPR-psykolog', 'Henriette van Dalen')).toThrow(/UNIQUE/);
    expect(() => put.run('a3', 'v1', ' ', 'Peter Holm')).toThrow(/CHECK/);
    expect(() => put.run('a4', 'v0', 'Forælder', 'Peter Holm')).toThrow(/SEALED/);
    db.exec("DELETE FROM referat_versions WHERE id = 'v1'");
    expect(db.prepare('SELECT count(*) AS n FROM referat_added_signers').get()).toEqual({ n: 0 });
    db.close();
  });
});
