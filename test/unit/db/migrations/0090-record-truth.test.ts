import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0090 record-truth', () => {
  it('upgrades a version-80 database: follow-ups keep their owner and gain an external name; withdrawals need a reason', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 80) });
    old.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
              VALUES ('m1', 't', 1, '{}', 'T', 'dialogmoede', 'Møde', '2026-01-01', '09:00', '10:00', 'x', 'x');
              INSERT INTO followups (id, meeting_id, owner_initials, text, created_at) VALUES ('f1', 'm1', 'BÅ', 'Ring', 'x');
              INSERT INTO referat_versions (id, meeting_id, version, status, body, document_id, created_at) VALUES ('v1', 'm1', 1, 'godkendt', '{}', 'D', 'x');`);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 90) });
    expect(db.pragma('user_version', { simple: true })).toBe(90);
    expect(db.prepare('SELECT owner_initials, owner_external_name FROM followups').get()).toEqual({ owner_initials: 'BÅ', owner_external_name: null });
    const add = db.prepare("INSERT INTO approval_withdrawals (id, referat_version_id, reason, signatures_removed, withdrawn_at, withdrawn_by) VALUES (?, 'v1', ?, 0, 'x', 'BSk')");
    expect(() => add.run('w0', '')).toThrow(/CHECK/);
    add.run('w1', 'Forkert deltagerliste');
    expect(db.prepare('SELECT reason FROM approval_withdrawals').all()).toEqual([{ reason: 'Forkert deltagerliste' }]);
    db.close();
  });
});
