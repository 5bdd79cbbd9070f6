import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { openDb } from '../../../../electron/core/db/openDb';
import { MIGRATIONS } from '../../../../electron/core/db/migrations';
import { tempDir, testKey } from '../../../helpers/core';

describe('migration 0142 planned-date', () => {
  it('upgrades a version-141 database: meetings held before were held as planned (no planned date)', () => {
    const file = join(tempDir(), 'old.db');
    const key = testKey();
    const old = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 141) });
    old.exec(`INSERT INTO meetings (id, template_id, template_version, template_json, template_name, type, title, date, start_time, end_time, created_at, updated_at)
              VALUES ('m1', 't', 1, '{}', 'T', 'ressourceteam', 'Ressourceteam', '2026-11-05', '13:00', '15:00', 'x', 'x')`);
    old.close();
    const db = openDb({ file, key, migrations: MIGRATIONS.filter((m) => m.version <= 142) });
    expect(db.pragma('user_version', { simple: true })).toBe(142);
    expect(db.prepare('SELECT date, planned_date FROM meetings').get()).toEqual({ date: '2026-11-05', planned_date: null });
    db.close();
  });
});
