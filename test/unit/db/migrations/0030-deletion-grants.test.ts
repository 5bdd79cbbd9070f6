import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { withDeletionGrant } from '../../../../electron/core/db/deletionGrant';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0030 deletion-grants', () => {
  it('upgrades a version-20 database; a sealed referat can then be deleted only under a grant, never updated', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 20) });
    old.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
              VALUES ('m1', 't', 1, '{}', 'T', 'dialogmoede', 'Møde', '2026-01-01', '09:00', '10:00', 'x', 'x');
              INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, created_at) VALUES ('v1', 'm1', 1, 'forseglet', '{}', 'TH-1', 'x');`);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 30) });
    expect(db.pragma('user_version', { simple: true })).toBe(30);
    expect(() => db.exec("DELETE FROM referat_versions WHERE id = 'v1'")).toThrow(/SEALED/);
    expect(() => db.transaction(() => withDeletionGrant(db, 'test', () => db.exec("UPDATE referat_versions SET body = '[]' WHERE id = 'v1'")))()).toThrow(/SEALED/);
    db.transaction(() => withDeletionGrant(db, 'test', () => db.exec("DELETE FROM meetings WHERE id = 'm1'")))();
    expect(db.prepare('SELECT count(*) AS n FROM referat_versions').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM deletion_grants').get()).toEqual({ n: 0 });
    db.close();
  });
});
