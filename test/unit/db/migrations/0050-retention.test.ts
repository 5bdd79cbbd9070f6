import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { withDeletionGrant } from '../../../../electron/core/db/deletionGrant';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0050 retention', () => {
  it('upgrades a version-40 database; a sealed version may then be redacted under a retention grant, and nothing else', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 40) });
    old.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
              VALUES ('m1', 't', 1, '{}', 'T', 'ressourceteam', 'Møde', '2026-01-01', '09:00', '10:00', 'x', 'x');
              INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, seal, created_at) VALUES ('v1', 'm1', 1, 'forseglet', '{"a":1}', 'TH-1', 'S', 'x');`);
    old.close();

    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 50) });
    expect(db.pragma('user_version', { simple: true })).toBe(50);
    expect(db.prepare("SELECT body, redacted_at FROM referat_versions WHERE id = 'v1'").get()).toEqual({ body: '{"a":1}', redacted_at: null });
    const redact = "UPDATE referat_versions SET body = '{}', redacted_at = '2031-01-01' WHERE id = 'v1'";
    // Without a grant, and under a grant for another reason, a sealed version stays as it is.
    expect(() => db.exec(redact)).toThrow(/SEALED/);
    expect(() => db.transaction(() => withDeletionGrant(db, 'test', () => db.exec(redact)))()).toThrow(/SEALED/);
    // Under a retention grant: redaction yes, but never a change of seal or status, and never without the mark.
    expect(() => db.transaction(() => withDeletionGrant(db, 'retention: test', () => db.exec("UPDATE referat_versions SET seal = 'X', redacted_at = 'y' WHERE id = 'v1'")))()).toThrow(/SEALED/);
    expect(() => db.transaction(() => withDeletionGrant(db, 'retention: test', () => db.exec("UPDATE referat_versions SET body = '{}' WHERE id = 'v1'")))()).toThrow(/SEALED/);
    db.transaction(() => withDeletionGrant(db, 'retention: test', () => db.exec(redact)))();
    expect(db.prepare("SELECT body, redacted_at, seal FROM referat_versions WHERE id = 'v1'").get()).toEqual({ body: '{}', redacted_at: '2031-01-01', seal: 'S' });
    db.close();
  });
});
