import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0020 documents-and-forms', () => {
  it('upgrades a version-10 database, keeping its data, and adds forms, documents and dispatches', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 10) });
    old.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
              VALUES ('m1', 't', 1, '{}', 'T', 'overgangsmoede', 'Møde', '2026-01-01', '09:00', '10:00', 'x', 'x')`);
    expect(old.pragma('user_version', { simple: true })).toBe(10);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 20) });
    expect(db.pragma('user_version', { simple: true })).toBe(20);
    expect(db.prepare('SELECT title FROM meetings').get()).toEqual({ title: 'Møde' });
    db.prepare("INSERT INTO meeting_forms (meeting_id, kind, data, updated_at) VALUES ('m1', 'overgangsskema', '{}', 'x')").run();
    expect(() => db.prepare("INSERT INTO meeting_forms (meeting_id, kind, data, updated_at) VALUES ('m1', 'andet', '{}', 'x')").run()).toThrow(/CHECK/);
    for (const t of ['documents', 'dispatches']) expect(db.prepare('SELECT name FROM sqlite_master WHERE name = ?').get(t)).toBeDefined();
    db.close();
  });
});
